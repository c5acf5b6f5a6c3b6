import path from 'node:path';
import { DockerfileParser, Healthcheck } from 'dockerfile-ast';
import { parseDocument } from 'yaml';
import type { Server } from '../contract/schema.js';
import { serverEnv } from '../knowledge/server-settings.js';
import { pythonServers, serverRunCalls } from '../knowledge/servers.js';
import { commandWords, parseServerCommand, portFrom, shellWords } from './command.js';
import { fact, lineOf } from './fact.js';
import type { ProjectFiles } from './files.js';
import { addCommand, emptyHints, type HealthcheckTimings, type Hints } from './hint-list.js';
import { composeHints, kubernetesHints } from './orchestrator-hints.js';
import { type Pyproject, platformHints } from './platform-hints.js';
import type { PyModule } from './python/modules.js';
import { callArgs, splitArgs } from './python/scan.js';
import { envPairs, readServerConfig } from './server-config.js';

export type { HealthcheckTimings, Hints } from './hint-list.js';

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

export async function detectHints(
  files: ProjectFiles,
  modules: PyModule[],
  pyproject?: Pyproject,
): Promise<Hints> {
  const h = emptyHints();
  await readmeHints(files, h);
  await dockerfileHints(files, h);
  await procfileHints(files, h);
  const at = { servers: h.servers.length, ports: h.ports.length, workers: h.workers.length };
  await composeHints(files, h);
  await kubernetesHints(files, h);
  await platformHints(files, h, pyproject);
  // The configuration files every command names are known only now; what they state ranks after
  // the Dockerfile's and Procfile's own words, before compose, Kubernetes and platform files.
  const config = await readServerConfig(files, h.configFiles);
  h.servers.splice(at.servers, 0, ...config.servers);
  h.ports.splice(at.ports, 0, ...config.ports);
  h.workers.splice(at.workers, 0, ...config.workers);
  h.interfaces.push(...config.interfaces);
  h.warnings.push(...config.warnings);
  sourceHints(modules, h);
  return h;
}
