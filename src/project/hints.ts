import path from 'node:path';
import { DockerfileParser, Healthcheck } from 'dockerfile-ast';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments, parseDocument } from 'yaml';
import type { Server, Target } from '../contract/schema.js';
import { serverEnv } from '../knowledge/server-settings.js';
import { pythonServers, serverRunCalls } from '../knowledge/servers.js';
import { commandWords, parseServerCommand, portFrom, type ServerCommand, shellWords } from './command.js';
import { type Fact, fact, lineOf } from './fact.js';
import type { ProjectFiles } from './files.js';
import type { PyModule } from './python/modules.js';
import { callArgs, splitArgs } from './python/scan.js';
import { envPairs, readServerConfig } from './server-config.js';

/** What deployment files already say, each list best source first. */
export interface Hints {
  ports: Fact<number>[];
  targets: Fact<Target>[];
  servers: Fact<Server>[];
  entrypoints: Fact<string>[];
  workers: Fact<number>[];
  bases: Fact<string>[];
  pythons: Fact<string>[];
  liveness: Fact<string>[];
  readiness: Fact<string>[];
  /** Service names (the Space title). */
  names: Fact<string>[];
  /** HEALTHCHECK timings as written (`30s`) and retries. */
  healthchecks: Fact<HealthcheckTimings>[];
  /** Settings that were there but could not be used, as `file:line: what`. */
  warnings: string[];
}

export interface HealthcheckTimings {
  interval?: string;
  timeout?: string;
  startPeriod?: string;
  retries?: number;
}

export function emptyHints(): Hints {
  return {
    ports: [],
    targets: [],
    servers: [],
    entrypoints: [],
    workers: [],
    bases: [],
    pythons: [],
    liveness: [],
    readiness: [],
    names: [],
    healthchecks: [],
    warnings: [],
  };
}

function addCommand(h: Hints, cmd: ServerCommand, file: string, line: number, what: string): void {
  if (cmd.server) h.servers.push(fact(cmd.server, file, line, `${what} runs ${cmd.server}`));
  if (cmd.entrypoint) h.entrypoints.push(fact(cmd.entrypoint, file, line, what));
  if (cmd.port) h.ports.push(fact(cmd.port, file, line, `${what} ${cmd.portText ?? ''}`.trim()));
  if (cmd.workers) h.workers.push(fact(cmd.workers, file, line, `${what} --workers`));
}

/** Hugging Face Space README front matter: `sdk: docker` and `app_port`. */
async function readmeHints(files: ProjectFiles, h: Hints): Promise<void> {
  const text = files.has('README.md') ? await files.read('README.md') : undefined;
  const fm = text ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text) : null;
  if (!text || !fm) return;
  let data: Record<string, unknown>;
  try {
    const doc = parseDocument(fm[1], { prettyErrors: true });
    // The front matter starts on line 2 (after `---`).
    for (const e of doc.errors.slice(0, 1))
      h.warnings.push(
        `README.md:${(e.linePos?.[0].line ?? 0) + 1}: the front matter is not valid YAML (${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}); values after it may be missing: fix it, then run init again`,
      );
    data = (doc.toJS() ?? {}) as Record<string, unknown>;
  } catch {
    return;
  }
  if (typeof data.title === 'string' && data.title.trim())
    h.names.push(
      fact(data.title.trim(), 'README.md', lineOf(text, /^title:/m) ?? 1, `title: ${data.title.trim()}`),
    );
  if (data.sdk === 'docker') {
    h.targets.push(fact('huggingface-space', 'README.md', lineOf(text, /^sdk:/m) ?? 1, 'sdk: docker'));
    const port = Number(data.app_port);
    if (Number.isInteger(port) && port > 0 && port <= 65535)
      h.ports.push(fact(port, 'README.md', lineOf(text, /^app_port:/m) ?? 1, `app_port: ${port}`));
    else if (data.app_port !== undefined)
      h.warnings.push(
        `README.md:${lineOf(text, /^app_port:/m) ?? 1}: app_port ${JSON.stringify(data.app_port)} is not a port number (1-65535); ignored: write a number such as 7860`,
      );
  }
}

function dockerfiles(files: ProjectFiles): string[] {
  return files.paths
    .filter(
      (p) =>
        /(^|\/)(Dockerfile|Dockerfile\.[\w.-]+|[\w.-]+\.Dockerfile)$/.test(p) && p.split('/').length <= 2,
    )
    .filter((p) => !/gpu|cuda|dev|test/i.test(path.posix.basename(p)) || p === 'Dockerfile')
    .sort((a, b) => Number(a !== 'Dockerfile') - Number(b !== 'Dockerfile') || a.localeCompare(b));
}

async function dockerfileHints(files: ProjectFiles, h: Hints): Promise<void> {
  for (const file of dockerfiles(files)) {
    const text = await files.read(file);
    if (text === undefined) continue;
    const df = DockerfileParser.parse(text);
    const args = new Map<string, string>();
    for (const a of df.getInitialARGs()) {
      const p = a.getProperty();
      if (p?.getValue()) args.set(p.getName(), p.getValue()!);
    }
    const froms = df.getFROMs();
    const last = froms[froms.length - 1];
    if (last) {
      const image = (last.getImage() ?? '').replace(/\$\{?(\w+)\}?/g, (_, n: string) => args.get(n) ?? '');
      const line = last.getRange().start.line + 1;
      if (image) h.bases.push(fact(image, file, line, `FROM ${last.getImage()}`));
      const py = /^(?:[\w.-]+\/)*python:(3\.\d+)/.exec(image);
      if (py) h.pythons.push(fact(py[1], file, line, `FROM ${image}`));
    }
    // Only the final stage's instructions describe the running container.
    const start = last ? last.getRange().start.line : 0;
    const instructions = df.getInstructions().filter((i) => i.getRange().start.line >= start);
    const entry = instructions.filter((i) => i.getKeyword() === 'ENTRYPOINT').pop();
    const cmd = instructions.filter((i) => i.getKeyword() === 'CMD').pop();
    const words = [
      ...(entry ? commandWords(entry.getArgumentsContent() ?? '') : []),
      ...(cmd ? commandWords(cmd.getArgumentsContent() ?? '') : []),
    ];
    const at = cmd ?? entry;
    if (at) addCommand(h, parseServerCommand(words), file, at.getRange().start.line + 1, at.getKeyword());
    // Settings servers read from the environment (`ENV UVICORN_PORT=8000 WEB_CONCURRENCY=2`), after
    // what the command states.
    for (const i of instructions.filter((x) => x.getKeyword() === 'ENV')) {
      const line = i.getRange().start.line + 1;
      for (const [name, raw] of envPairs(i.getArgumentsContent() ?? '')) {
        // GUNICORN_CMD_ARGS holds more command-line flags: read as if they followed the program.
        const argsOf = pythonServers.find((sv) => sv.argsEnv === name);
        if (argsOf)
          addCommand(h, parseServerCommand([argsOf.script, ...shellWords(raw)]), file, line, `ENV ${name}`);
        const value = Number(raw);
        if (!Number.isInteger(value) || value <= 0) continue;
        if (serverEnv.port.includes(name) && value < 65536)
          h.ports.push(fact(value, file, line, `ENV ${name}=${raw}`));
        if (serverEnv.workers.includes(name)) h.workers.push(fact(value, file, line, `ENV ${name}=${raw}`));
      }
    }
    for (const i of instructions.filter((x) => x.getKeyword() === 'EXPOSE')) {
      const port = portFrom((i.getArgumentsContent() ?? '').split(/\s+/)[0]?.replace(/\/\w+$/, ''));
      if (port) h.ports.push(fact(port, file, i.getRange().start.line + 1, `EXPOSE ${port}`));
    }
    for (const i of instructions.filter((x): x is Healthcheck => x instanceof Healthcheck)) {
      const url = /https?:\/\/[^/\s"']+(\/[^\s"'|;]*)/.exec(i.getArgumentsContent() ?? '');
      if (url) h.liveness.push(fact(url[1], file, i.getRange().start.line + 1, 'HEALTHCHECK'));
      const timings: HealthcheckTimings = {};
      // dockerfile-ast keeps the flags apart from the arguments.
      for (const f of i.getFlags()) {
        const value = f.getValue() ?? '';
        const flag = f.getName();
        if (flag === 'interval') timings.interval = value;
        else if (flag === 'timeout') timings.timeout = value;
        else if (flag === 'start-period') timings.startPeriod = value;
        else if (flag === 'retries' && /^\d+$/.test(value)) timings.retries = Number(value);
      }
      if (Object.keys(timings).length)
        h.healthchecks.push(fact(timings, file, i.getRange().start.line + 1, 'HEALTHCHECK flags'));
    }
  }
}

async function procfileHints(files: ProjectFiles, h: Hints): Promise<void> {
  const text = files.has('Procfile') ? await files.read('Procfile') : undefined;
  if (text === undefined) return;
  text.split('\n').forEach((line, i) => {
    const m = /^web:\s*(.+)$/.exec(line.trim());
    if (m) addCommand(h, parseServerCommand(shellWords(m[1])), 'Procfile', i + 1, 'Procfile web');
  });
}

function lineOfNode(lc: LineCounter, node: Node | null | undefined): number {
  return node?.range ? lc.linePos(node.range[0]).line : 1;
}

async function composeHints(files: ProjectFiles, h: Hints): Promise<void> {
  const file = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'].find((f) =>
    files.has(f),
  );
  const text = file ? await files.read(file) : undefined;
  if (!file || text === undefined) return;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const services = doc.get('services', true);
  if (!isMap(services)) return;
  h.targets.push(fact('compose', file, lineOf(text, /^services:/m) ?? 1, 'compose file'));
  // The service built from this directory is the one this contract describes.
  const items = [...services.items].sort(
    (a, b) => Number(isMap(b.value) && b.value.has('build')) - Number(isMap(a.value) && a.value.has('build')),
  );
  const svc = items[0]?.value;
  if (!isMap(svc)) return;
  const ports = svc.get('ports', true);
  if (isSeq(ports)) {
    for (const p of ports.items) {
      let value: string | undefined;
      if (isScalar(p)) value = String(p.value).replace(/\/\w+$/, '');
      else if (isMap(p)) value = String(p.get('target') ?? '');
      const port = portFrom(value?.split(':').pop());
      if (port) h.ports.push(fact(port, file, lineOfNode(lc, p as Node), `ports: ${value}`));
    }
  }
  const command = svc.get('command', true);
  if (isScalar(command) || isSeq(command)) {
    const words = isSeq(command)
      ? command.items.map((w) => String(isScalar(w) ? w.value : ''))
      : shellWords(String(command.value));
    addCommand(h, parseServerCommand(words), file, lineOfNode(lc, command as Node), 'compose command');
  }
}

/** Kubernetes manifests: a Deployment means the kubernetes target; probes and containerPort are hints. */
async function kubernetesHints(files: ProjectFiles, h: Hints): Promise<void> {
  const manifests = files.paths.filter((p) => /^(k8s|kubernetes|deploy|manifests|kube)\/.*\.ya?ml$/.test(p));
  for (const file of manifests) {
    const text = await files.read(file);
    if (text === undefined || !/^kind:\s*(Deployment|StatefulSet)/m.test(text)) continue;
    const lc = new LineCounter();
    for (const doc of parseAllDocuments(text, { lineCounter: lc })) {
      if (!('get' in doc) || !/^(Deployment|StatefulSet)$/.test(String(doc.get('kind')))) continue;
      h.targets.push(
        fact('kubernetes', file, lineOfNode(lc, doc.get('kind', true) as Node), `kind: ${doc.get('kind')}`),
      );
      const containers = doc.getIn(['spec', 'template', 'spec', 'containers'], true);
      const c = isSeq(containers) ? containers.items[0] : undefined;
      if (!isMap(c)) continue;
      const words = ['command', 'args'].flatMap((k) => {
        const list = c.get(k, true);
        return isSeq(list) ? list.items.map((w) => String(isScalar(w) ? w.value : '')) : [];
      });
      const command = c.get('command', true) ?? c.get('args', true);
      if (words.length)
        addCommand(h, parseServerCommand(words), file, lineOfNode(lc, command as Node), 'container command');
      const port = c.getIn(['ports', 0, 'containerPort'], true);
      if (isScalar(port) && Number(port.value) > 0)
        h.ports.push(fact(Number(port.value), file, lineOfNode(lc, port as Node), 'containerPort'));
      for (const [probe, list] of [
        ['livenessProbe', h.liveness],
        ['readinessProbe', h.readiness],
      ] as const) {
        const p = c.getIn([probe, 'httpGet', 'path'], true);
        if (isScalar(p) && typeof p.value === 'string')
          list.push(fact(p.value, file, lineOfNode(lc, p as Node), probe));
      }
    }
  }
}

// `uvicorn.run(` and the like (src/knowledge/servers.ts).
const runCall = new RegExp(`\\b(${serverRunCalls.map((r) => r.call.replace('.', '\\.')).join('|')})\\s*\\(`);

/** `uvicorn.run("app.main:app", port=8000)` in a `__main__` block. */
function sourceHints(modules: PyModule[], h: Hints): void {
  for (const m of modules) {
    for (const s of m.statements) {
      const run = runCall.exec(s.code);
      if (!run) continue;
      const args = splitArgs(callArgs(s.code, run.index + run[0].length - 1) ?? '');
      const first = args.positional[0] ?? args.keywords.get('app');
      const ref = first && /^§(\d+)§$/.exec(first);
      if (ref && /^[\w.]+:\w+$/.test(s.strings[Number(ref[1])]))
        h.entrypoints.push(fact(s.strings[Number(ref[1])], m.file, s.line, `${run[1]}(...)`));
      const portText = args.keywords.get('port');
      const literalPort = portText?.replace(/§(\d+)§/g, (_, n: string) => s.strings[Number(n)]);
      const port = literalPort ? /\b(\d{2,5})\b/.exec(literalPort) : null;
      if (port) h.ports.push(fact(Number(port[1]), m.file, s.line, `${run[1]}(port=...)`));
      const server = serverRunCalls.find((r) => r.call === run[1])!.server.name;
      h.servers.push(fact(server as Server, m.file, s.line, `${run[1]}(...)`));
    }
  }
}

export async function detectHints(files: ProjectFiles, modules: PyModule[]): Promise<Hints> {
  const h = emptyHints();
  await readmeHints(files, h);
  await dockerfileHints(files, h);
  await procfileHints(files, h);
  const config = await readServerConfig(files);
  h.servers.push(...config.servers);
  h.ports.push(...config.ports);
  h.workers.push(...config.workers);
  await composeHints(files, h);
  await kubernetesHints(files, h);
  sourceHints(modules, h);
  return h;
}
