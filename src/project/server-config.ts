import { serverConfigFiles } from '../knowledge/server-settings.js';
import type { ContractServer } from '../knowledge/servers.js';
import { type Fact, fact } from './fact.js';
import type { ProjectFiles } from './files.js';

/** What server configuration states, each fact with its file and line. */
export interface ServerSettings {
  servers: Fact<ContractServer>[];
  ports: Fact<number>[];
  workers: Fact<number>[];
}

// Server settings from outside the start command: a server's own configuration file, and the
// `A=1 B=2` pairs of a Dockerfile ENV line.

/**
 * gunicorn's own configuration file (`gunicorn.conf.py`, which gunicorn reads from the working
 * directory without `-c`, or `gunicorn_config.py`): `bind` gives the port, `workers` the workers,
 * each with its file and line. A Dockerfile or Procfile command that states them wins (read first).
 */
export async function readServerConfig(files: ProjectFiles): Promise<ServerSettings> {
  const h: ServerSettings = { servers: [], ports: [], workers: [] };
  for (const { server, files: names } of serverConfigFiles) {
    const file = names.find((f) => files.has(f));
    const text = file ? await files.read(file) : undefined;
    if (!file || text === undefined) continue;
    h.servers.push(fact(server, file, 1, `${file} configures ${server}`));
    readGunicornStyle(text, file, h);
  }
  return h;
}

/** `bind = "0.0.0.0:8000"` and `workers = 3` lines of a Python configuration file. */
function readGunicornStyle(text: string, file: string, h: ServerSettings): void {
  text.split('\n').forEach((line, i) => {
    const bind = /^bind\s*=\s*\[?\s*["']([^"']+)["']/.exec(line);
    const port = bind ? Number(/:(\d{1,5})$/.exec(bind[1])?.[1]) : Number.NaN;
    if (port > 0 && port < 65536) h.ports.push(fact(port, file, i + 1, `bind = "${bind![1]}"`));
    const workers = /^workers\s*=\s*(\d+)\s*(?:#.*)?$/.exec(line);
    if (workers && Number(workers[1]) > 0)
      h.workers.push(fact(Number(workers[1]), file, i + 1, `workers = ${workers[1]}`));
  });
}

/** `A=1 B="2"` of an ENV line (the legacy `ENV A 1` form too). */
export function envPairs(text: string): [string, string][] {
  const legacy = /^([A-Za-z_]\w*)\s+([^=\s]\S*)$/.exec(text.trim());
  if (legacy) return [[legacy[1], legacy[2]]];
  return [...text.matchAll(/([A-Za-z_]\w*)=("([^"]*)"|'([^']*)'|(\S*))/g)].map((m) => [
    m[1],
    m[3] ?? m[4] ?? m[5] ?? '',
  ]);
}
