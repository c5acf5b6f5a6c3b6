import { parse as parseToml } from 'smol-toml';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { DEV_TASK, FLY_FILE, RAILWAY_FILES, RENDER_FILES, taskTables } from '../knowledge/platforms.js';
import { escapeRegExp } from '../regex.js';
import { parseServerCommand, portFrom, shellWords } from './command.js';
import { fact, lineOfNode } from './fact.js';
import type { ProjectFiles } from './files.js';
import { READINESS } from './health.js';
import { addCommand, type Hints } from './hint-list.js';

// What hosting platforms' files (Fly.io, Railway, Render) and pyproject.toml's task tables say
// about the start command, the port and the health check path, each with its file and line.

/** A platform's health check path: a readiness path by its name, else the liveness path. */
function healthPath(h: Hints, path: unknown, file: string, line: number, note: string): void {
  if (typeof path !== 'string' || !path.startsWith('/')) return;
  (READINESS.test(path) ? h.readiness : h.liveness).push(fact(path, file, line, note));
}

/** 1-based line of `key =` (TOML) or `"key":` (JSON) at or after line `from`; `from` when absent. */
function keyLine(text: string, key: string, from = 1): number {
  const lines = text.split('\n');
  const pattern = new RegExp(`^\\s*(?:${key}\\s*=|"${key}"\\s*:)`);
  for (let i = from - 1; i < lines.length; i++) if (pattern.test(lines[i])) return i + 1;
  return from;
}

/** 1-based line of a TOML table header (`[http_service]`, `[[services]]`), 1 when absent. */
function tableLine(text: string, name: string): number {
  const i = text.split('\n').findIndex((l) => l.trim() === `[${name}]` || l.trim() === `[[${name}]]`);
  return i + 1 || 1;
}

function readToml(text: string, file: string, h: Hints): Record<string, unknown> | undefined {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    h.warnings.push(`${file}: not valid TOML (${(error as Error).message.split('\n')[0]}); not read`);
    return undefined;
  }
}

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** fly.toml: internal_port of http_service or services, the app process, HTTP check paths. */
async function flyHints(files: ProjectFiles, h: Hints): Promise<void> {
  const text = files.has(FLY_FILE) ? await files.read(FLY_FILE) : undefined;
  const data = text === undefined ? undefined : readToml(text, FLY_FILE, h);
  if (!text || !data) return;
  const processes = record(data.processes);
  const app = processes.app ?? Object.values(processes)[0];
  const cmd = app ?? record(data.experimental).cmd;
  if (typeof cmd === 'string' || Array.isArray(cmd)) {
    const words = typeof cmd === 'string' ? shellWords(cmd) : cmd.map(String);
    const line = app ? keyLine(text, 'app', tableLine(text, 'processes')) : keyLine(text, 'cmd');
    addCommand(h, parseServerCommand(words), FLY_FILE, line, app ? '[processes]' : '[experimental] cmd');
  }
  const http = record(data.http_service);
  const services = Array.isArray(data.services) ? data.services.map(record) : [];
  for (const [section, port] of [
    ['http_service', http.internal_port],
    ['services', services[0]?.internal_port],
  ] as const) {
    const n = portFrom(String(port ?? ''));
    if (n)
      h.ports.push(
        fact(
          n,
          FLY_FILE,
          keyLine(text, 'internal_port', tableLine(text, section)),
          `[${section}] internal_port = ${n}`,
        ),
      );
  }
  const checks = [
    ...(Array.isArray(http.checks) ? http.checks.map(record) : []),
    ...Object.values(record(data.checks)).map(record),
  ];
  for (const check of checks) healthPath(h, check.path, FLY_FILE, keyLine(text, 'path'), 'fly.toml check');
}

/** railway.json / railway.toml: deploy.startCommand and deploy.healthcheckPath. */
async function railwayHints(files: ProjectFiles, h: Hints): Promise<void> {
  const file = RAILWAY_FILES.find((f) => files.has(f));
  const text = file ? await files.read(file) : undefined;
  if (!file || text === undefined) return;
  let data: Record<string, unknown> | undefined;
  if (file.endsWith('.json')) {
    try {
      data = record(JSON.parse(text));
    } catch (error) {
      h.warnings.push(`${file}: not valid JSON (${(error as Error).message}); not read`);
    }
  } else data = readToml(text, file, h);
  const deploy = record(data?.deploy);
  if (typeof deploy.startCommand === 'string')
    addCommand(
      h,
      parseServerCommand(shellWords(deploy.startCommand)),
      file,
      keyLine(text, 'startCommand'),
      'startCommand',
    );
  healthPath(h, deploy.healthcheckPath, file, keyLine(text, 'healthcheckPath'), 'healthcheckPath');
}

/** render.yaml: the web service's startCommand, healthCheckPath and a PORT in envVars. */
async function renderHints(files: ProjectFiles, h: Hints): Promise<void> {
  const file = RENDER_FILES.find((f) => files.has(f));
  const text = file ? await files.read(file) : undefined;
  if (!file || text === undefined) return;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const services = doc.get('services', true);
  if (!isSeq(services)) return;
  const web = services.items.find((s) => isMap(s) && s.get('type') === 'web');
  if (!isMap(web)) return;
  const line = (n: unknown) => lineOfNode(lc, n as Node);
  const start = web.get('startCommand', true);
  if (isScalar(start) && typeof start.value === 'string')
    addCommand(h, parseServerCommand(shellWords(start.value)), file, line(start), 'startCommand');
  const health = web.get('healthCheckPath', true);
  if (isScalar(health)) healthPath(h, health.value, file, line(health), 'healthCheckPath');
  const vars = web.get('envVars', true);
  for (const v of isSeq(vars) ? vars.items : []) {
    if (!isMap(v) || v.get('key') !== 'PORT') continue;
    const port = portFrom(String(v.get('value') ?? ''));
    if (port) h.ports.push(fact(port, file, line(v.get('value', true)), `envVars PORT=${port}`));
  }
}

/** A parsed pyproject.toml and its text (for lines), as dependencies.ts read it. */
export interface Pyproject {
  data: Record<string, unknown>;
  text: string;
}

/** Named commands in pyproject.toml (poe, pdm, taskipy, rye, hatch) that start a server. */
function taskHints(h: Hints, pyproject: Pyproject | undefined): void {
  if (!pyproject) return; // none, or one that does not parse (dependencies.ts reports it)
  const { data } = pyproject;
  const lines = pyproject.text.split('\n');
  const found: { name: string; words: string[]; line: number; what: string }[] = [];
  for (const { tool, path } of taskTables) {
    const tasks = record(path.reduce<unknown>((t, k) => record(t)[k], data));
    for (const [name, task] of Object.entries(tasks)) {
      const t = record(task);
      const cmd = typeof task === 'string' || Array.isArray(task) ? task : (t.cmd ?? t.shell ?? t.call);
      const line = lines.findIndex((l) => new RegExp(`^\\s*"?${escapeRegExp(name)}"?\\s*=`).test(l)) + 1 || 1;
      const words = typeof cmd === 'string' ? shellWords(cmd) : Array.isArray(cmd) ? cmd.map(String) : [];
      if (words.length) found.push({ name, words, line, what: `[${path.join('.')}] ${name} (${tool})` });
    }
  }
  // Development tasks last: they often reload and listen elsewhere.
  found.sort((a, b) => Number(DEV_TASK.test(a.name)) - Number(DEV_TASK.test(b.name)));
  for (const f of found) {
    const cmd = parseServerCommand(f.words);
    if (cmd.server || cmd.entrypoint) addCommand(h, cmd, 'pyproject.toml', f.line, f.what);
  }
}

export async function platformHints(files: ProjectFiles, h: Hints, pyproject?: Pyproject): Promise<void> {
  await flyHints(files, h);
  await railwayHints(files, h);
  await renderHints(files, h);
  taskHints(h, pyproject);
}
