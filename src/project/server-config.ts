import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { interfaceOf, serverConfigFiles } from '../knowledge/server-settings.js';
import type { ContractServer } from '../knowledge/servers.js';
import { type Fact, fact } from './fact.js';
import type { ProjectFiles } from './files.js';

/** What server configuration states, each fact with its file and line. */
export interface ServerSettings {
  servers: Fact<ContractServer>[];
  ports: Fact<number>[];
  workers: Fact<number>[];
  interfaces: Fact<'asgi' | 'wsgi'>[];
  warnings: string[];
}

// Server settings from outside the start command: a server's own configuration file, and the
// `A=1 B=2` pairs of a Dockerfile ENV line.

/**
 * The configuration files start commands name (`gunicorn -c conf/gunicorn.py`, `hypercorn --config
 * hypercorn.toml`), then the ones a server reads on its own from the working directory
 * (`gunicorn.conf.py`): `bind` gives the port, `workers` the workers, each with its file and line.
 * A command that states them itself wins (its hints are read first).
 */
export async function readServerConfig(
  files: ProjectFiles,
  named: Fact<string>[] = [],
): Promise<ServerSettings> {
  const h: ServerSettings = { servers: [], ports: [], workers: [], interfaces: [], warnings: [] };
  const read = new Set<string>();
  for (const ref of named) {
    const file = projectPath(files, ref.value);
    if (!file) {
      h.warnings.push(
        `${ref.file}:${ref.line}: ${ref.note ?? ref.value} names ${ref.value}, which is not in the project; its settings are unknown`,
      );
      continue;
    }
    if (read.has(file)) continue;
    read.add(file);
    readConfigFile(file, (await files.read(file)) ?? '', h);
  }
  for (const { server, files: names } of serverConfigFiles) {
    const file = names.find((f) => files.has(f));
    const text = file && !read.has(file) ? await files.read(file) : undefined;
    if (!file || text === undefined) continue;
    h.servers.push(fact(server, file, 1, `${file} configures ${server}`));
    readConfigFile(file, text, h);
  }
  return h;
}

/**
 * Where a path a command names is in the project: as written (relative to the project, or to the
 * image's working directory when absolute), else the one file of that name.
 */
function projectPath(files: ProjectFiles, named: string): string | undefined {
  const rel = path.posix.normalize(named.replace(/^\.\//, ''));
  if (files.has(rel)) return rel;
  const parts = rel.replace(/^\/+/, '').split('/');
  // `/app/conf/gunicorn.py` with WORKDIR /app: drop leading folders until the rest exists.
  for (let i = 1; i < parts.length; i++)
    if (files.has(parts.slice(i).join('/'))) return parts.slice(i).join('/');
  const same = files.paths.filter((p) => path.posix.basename(p) === path.posix.basename(rel));
  return same.length === 1 ? same[0] : undefined;
}

function readConfigFile(file: string, text: string, h: ServerSettings): void {
  if (file.endsWith('.toml')) readTomlConfig(file, text, h);
  else readPythonConfig(file, text, h);
}

/** `bind = "0.0.0.0:8000"` (or a list) and `workers = 3` lines of a Python configuration file. */
function readPythonConfig(file: string, text: string, h: ServerSettings): void {
  text.split('\n').forEach((line, i) => {
    const bind = /^bind\s*=\s*\[?\s*["']([^"']+)["']/.exec(line);
    const port = bind ? Number(/:(\d{1,5})$/.exec(bind[1])?.[1]) : Number.NaN;
    if (port > 0 && port < 65536) h.ports.push(fact(port, file, i + 1, `bind = "${bind![1]}"`));
    const workers = /^workers\s*=\s*(\d+)\s*(?:#.*)?$/.exec(line);
    if (workers && Number(workers[1]) > 0)
      h.workers.push(fact(Number(workers[1]), file, i + 1, `workers = ${workers[1]}`));
    // worker_class = "uvicorn.workers.UvicornWorker": gunicorn then serves the ASGI app.
    const workerClass = /^worker_class\s*=\s*["']([^"']+)["']/.exec(line);
    const selected = workerClass ? interfaceOf(workerClass[1]) : undefined;
    if (selected) h.interfaces.push(fact(selected, file, i + 1, `worker_class = "${workerClass![1]}"`));
  });
}

/** hypercorn's TOML configuration: `bind = ["0.0.0.0:8000"]`, `workers = 2`. */
function readTomlConfig(file: string, text: string, h: ServerSettings): void {
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    h.warnings.push(
      `${file}: not valid TOML (${(error as Error).message.split('\n')[0]}); its settings are unknown`,
    );
    return;
  }
  const lineOf = (key: string) =>
    text.split('\n').findIndex((l) => new RegExp(`^\\s*${key}\\s*=`).test(l)) + 1 || 1;
  const binds = ([] as unknown[]).concat(data.bind ?? []).map(String);
  const port = binds.map((b) => Number(/:(\d{1,5})$/.exec(b)?.[1])).find((p) => p > 0 && p < 65536);
  if (port) h.ports.push(fact(port, file, lineOf('bind'), `bind = ${JSON.stringify(data.bind)}`));
  const workers = Number(data.workers);
  if (Number.isInteger(workers) && workers > 0)
    h.workers.push(fact(workers, file, lineOf('workers'), `workers = ${workers}`));
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
