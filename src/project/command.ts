import type { Server } from '../contract/schema.js';
import { interfaceOf } from '../knowledge/server-settings.js';
import { appRunners, contractServers, serverNamed } from '../knowledge/servers.js';

/** What a start command says about the server: `uvicorn app.main:app --port 8000 --workers 2`. */
export interface ServerCommand {
  server?: Server;
  entrypoint?: string;
  port?: number;
  /** The words that gave the port, e.g. `--port 8000`, for comments. */
  portText?: string;
  workers?: number;
  /** The interface the command serves, when a flag says it (`-k uvicorn.workers.UvicornWorker`, `--interface wsgi`). */
  interface?: 'asgi' | 'wsgi';
  /** The configuration file the command names (`-c gunicorn_conf.py`), and the words that named it. */
  config?: string;
  configText?: string;
  /** Django's `manage.py runserver`. */
  django?: boolean;
}

/** Splits a shell command into words, honouring quotes (enough for CMD lines and Procfiles). */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let any = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < command.length) cur += command[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      any = true;
    } else if (/\s/.test(c)) {
      if (cur || any) words.push(cur);
      cur = '';
      any = false;
    } else if (c === '\\' && i + 1 < command.length) cur += command[++i];
    else cur += c;
  }
  if (cur || any) words.push(cur);
  return words;
}

/** Words of a Dockerfile CMD/ENTRYPOINT argument: exec form (JSON) or shell form. */
export function commandWords(args: string): string[] {
  const text = args.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return unwrapShell(parsed.map(String));
    } catch {
      // not valid JSON: Docker runs it in a shell
    }
  }
  return unwrapShell(shellWords(text));
}

function unwrapShell(words: string[]): string[] {
  const c = words.indexOf('-c');
  if (c > 0 && /(^|\/)(ba)?sh$/.test(words[0]) && words[c + 1]) return shellWords(words[c + 1]);
  return words;
}

/** A port from `8000`, `$PORT`-style defaults (`${PORT:-8000}`) or `0.0.0.0:8000`. */
export function portFrom(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /\$\{\w+:?-(\d+)\}/.exec(value) ?? /(?::|^)(\d{1,5})$/.exec(value);
  const n = m ? Number(m[1]) : Number.NaN;
  return n >= 1 && n <= 65535 ? n : undefined;
}

const ENTRY = /^[A-Za-z_][\w.]*:[A-Za-z_]\w*(\(\))?$/;

export function parseServerCommand(words: string[]): ServerCommand {
  const out: ServerCommand = {};
  // Commands may run the server through a chain: `python -m uvicorn`, `uv run gunicorn`, `exec ...`.
  const start = words.findIndex(
    (w, i) =>
      contractServers.includes(base(w) as Server) ||
      (words[i - 1] === '-m' && contractServers.includes(w as Server)),
  );
  if (start < 0) {
    const cli = words.findIndex((w, i) => base(w) === 'fastapi' && /^(run|dev)$/.test(words[i + 1] ?? ''));
    if (cli >= 0) return fastapiCli(words.slice(cli + 2));
    const manage = words.findIndex((w) => base(w) === 'manage.py');
    if (manage >= 0 && words[manage + 1] === 'runserver') {
      out.django = true;
      out.port = portFrom(words[manage + 2]);
      if (out.port) out.portText = `runserver ${words[manage + 2]}`;
    }
    return out;
  }
  out.server = base(words[start]) as Server;
  const spec = serverNamed(out.server)!;
  let factory = false;
  for (let i = start + 1; i < words.length; i++) {
    const w = words[i];
    const [flag, inline] =
      w.includes('=') && w.startsWith('-')
        ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]
        : [w, undefined];
    const value = () => inline ?? words[++i];
    if (spec.port.flags.includes(flag)) {
      const v = value();
      const port = portFrom(v);
      if (port) {
        out.port = port;
        out.portText = `${flag} ${v}`;
      }
    } else if (spec.workerClass?.includes(flag) || (spec.interfaceFlag && flag === spec.interfaceFlag)) {
      const selected = interfaceOf(value() ?? '');
      if (selected) out.interface = selected;
    } else if (spec.config?.flags.includes(flag)) {
      const v = value();
      // `python:module.path` names a module; a path names a file.
      const file = v?.startsWith('python:') ? `${v.slice(7).replace(/\./g, '/')}.py` : v;
      if (file) {
        out.config = file;
        out.configText = `${flag} ${v}`;
      }
    } else if (spec.workers?.includes(flag)) {
      const n = Number(value());
      if (Number.isInteger(n) && n > 0) out.workers = n;
    } else if (flag === '--factory') factory = true;
    else if (flag === '&&' || flag === ';') break;
    else if (!w.startsWith('-') && ENTRY.test(w) && !out.entrypoint) out.entrypoint = w;
  }
  if (out.entrypoint && factory && !out.entrypoint.endsWith('()')) out.entrypoint += '()';
  return out;
}

/**
 * `fastapi run app/main.py --port 80`, as FastAPI's own Docker guide writes it: uvicorn underneath,
 * the app found as `app` in the module of that file (default port 8000).
 */
function fastapiCli(args: string[]): ServerCommand {
  const out: ServerCommand = { server: appRunners.find((r) => r.program === 'fastapi')?.server };
  let object = 'app';
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] =
      args[i].startsWith('--') && args[i].includes('=') ? args[i].split('=', 2) : [args[i]];
    const value = () => inline ?? args[++i];
    if (flag === '--port') {
      const v = value();
      out.port = portFrom(v);
      if (out.port) out.portText = `--port ${v}`;
    } else if (flag === '--app') object = value() ?? object;
    else if (flag === '--host' || flag === '--workers' || flag === '--root-path') {
      const v = value();
      if (flag === '--workers' && Number(v) > 0) out.workers = Number(v);
    } else if (!flag.startsWith('-') && !file) file = flag;
  }
  // fastapi run starts uvicorn, whose default port applies.
  out.port ??= serverNamed(out.server!)?.port.default;
  out.portText ??= 'fastapi run default';
  // Without a file the CLI searches main.py, app/main.py, …: leave the choice to the sources.
  if (file === undefined) return out;
  const module = file
    .replace(/\.py$/, '')
    .replace(/\/__init__$/, '')
    .split('/')
    .filter(Boolean)
    .join('.');
  if (/^[A-Za-z_][\w.]*$/.test(module)) out.entrypoint = `${module}:${object}`;
  return out;
}

function base(word: string): string {
  return word.split('/').pop() ?? word;
}
