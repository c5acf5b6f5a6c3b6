import type { ResolvedContract } from '../contract/resolved.js';
import { asgiFrameworks, serverNamed } from '../knowledge/servers.js';
import type { Plan } from './plan.js';

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
  const argv = baseArgv(c, plan, port);
  if (!plan.honourPort) return argv;
  return ['sh', '-c', `exec ${argv.map(shellQuote).join(' ')}`];
}

function baseArgv(c: ResolvedContract, plan: Plan, port: string): string[] {
  const { entrypoint, server, workers } = c.app;
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
        ...(workers > 1 ? ['--workers', String(workers)] : []),
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
        String(workers),
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
        String(workers),
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
        String(workers),
        ...(isFactory ? ['--factory'] : []),
        isFactory ? entrypoint.slice(0, -2) : entrypoint,
      ];
  }
}

/** Single-quotes a word for sh unless it is plainly safe; `${PORT:-…}` stays expandable. */
export function shellQuote(word: string): string {
  if (/^\$\{PORT:-\d+\}$/.test(word)) return `"${word}"`;
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  if (word.includes('${PORT:-')) return `"${word.replace(/(["\\`])/g, '\\$1')}"`;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
