import type { ResolvedContract } from '../contract/resolved.js';
import { asgiFrameworks, serverNamed } from '../knowledge/servers.js';
import type { EnvSetting, Plan } from './plan.js';

/**
 * The command that starts the server as PID 1, bound to 0.0.0.0, with graceful shutdown bounded
 * below the shutdown budget. Returned as argv for an exec-form CMD.
 *
 * When $PORT must be honoured, exec form cannot expand variables, so the argv becomes
 * `sh -c 'exec <server> … --port "${PORT:-8000}"'`: the shell expands PORT and then replaces itself
 * with the server (`exec`), which therefore still runs as PID 1 and receives SIGTERM directly.
 * That needs no extra file in the image, unlike a Python launcher.
 */
export function serverArgv(c: ResolvedContract, plan: Plan): string[] {
  const port = plan.honourPort ? `\${PORT:-${plan.port}}` : String(plan.port);
  const { workers, logLevel } = plan.fromEnv;
  const fromEnv = (s: EnvSetting) => `\${${s.variable}:-${s.fallback}}`;
  const argv = baseArgv(c, plan, port, workers ? fromEnv(workers) : undefined);
  const spec = serverNamed(c.app.server)!;
  // The log level only where a variable carries it (otherwise the server's own default stands),
  // right after the program: every server takes options before its app.
  if (logLevel && spec.logLevel) argv.splice(1, 0, spec.logLevel, fromEnv(logLevel));
  if (!plan.honourPort && !workers && !logLevel) return argv;
  return ['sh', '-c', `exec ${argv.map(shellQuote).join(' ')}`];
}

function baseArgv(c: ResolvedContract, plan: Plan, port: string, workersFromEnv?: string): string[] {
  const { entrypoint, server } = c.app;
  const workers = workersFromEnv ?? String(c.app.workers);
  const isFactory = entrypoint.endsWith('()');
  const asgi = asgiFrameworks.has(c.app.framework);
  // Program names, worker class and interface come from src/knowledge/servers.ts; the flag choices
  // (graceful timeout, proxy headers, logs) are this renderer's.
  const spec = serverNamed(server)!;
  const graceful = String(plan.gracefulSeconds);
  switch (server) {
    case 'uvicorn':
      return [
        spec.script,
        isFactory ? entrypoint.slice(0, -2) : entrypoint,
        ...(isFactory ? ['--factory'] : []),
        '--host',
        '0.0.0.0',
        '--port',
        port,
        ...(workersFromEnv || c.app.workers > 1 ? ['--workers', workers] : []),
        ...(plan.behindProxy ? ['--proxy-headers', '--forwarded-allow-ips=*'] : []),
        '--timeout-graceful-shutdown',
        graceful,
      ];
    case 'gunicorn':
      return [
        spec.script,
        entrypoint,
        '--bind',
        `0.0.0.0:${port}`,
        '--workers',
        workers,
        ...(asgi ? ['--worker-class', spec.asgiWorkerClass!] : []),
        // The heartbeat file must live on a writable tmpfs when the root filesystem is read-only.
        '--worker-tmp-dir',
        '/dev/shm',
        ...(plan.behindProxy ? ['--forwarded-allow-ips=*'] : []),
        '--graceful-timeout',
        graceful,
        '--access-logfile',
        '-',
      ];
    case 'hypercorn':
      return [
        spec.script,
        entrypoint,
        '--bind',
        `0.0.0.0:${port}`,
        '--workers',
        workers,
        '--graceful-timeout',
        graceful,
      ];
    case 'granian':
      return [
        spec.script,
        spec.interfaceFlag!,
        asgi ? 'asgi' : 'wsgi',
        '--host',
        '0.0.0.0',
        '--port',
        port,
        '--workers',
        workers,
        ...(isFactory ? ['--factory'] : []),
        isFactory ? entrypoint.slice(0, -2) : entrypoint,
      ];
  }
}

/** `${NAME:-fallback}` of a run-time variable the start command reads. */
const expandable = /\$\{[A-Z_][A-Z0-9_]*:-[\w.-]*\}/;

/** Single-quotes a word for sh unless it is plainly safe; `${PORT:-…}`, `${WORKERS:-…}` stay expandable. */
export function shellQuote(word: string): string {
  if (new RegExp(`^${expandable.source}$`).test(word)) return `"${word}"`;
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  if (expandable.test(word)) return `"${word.replace(/(["\\`])/g, '\\$1')}"`;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
