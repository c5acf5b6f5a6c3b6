import type { ContractServer } from './servers.js';

// Where Python servers take their settings from besides their command line: environment variables
// and configuration files. Sources: the servers' own documentation (gunicorn settings, uvicorn
// settings, granian's CLI), Heroku's and Render's WEB_CONCURRENCY convention.

/**
 * Run-time variables a generated start command reads when the contract declares them, by the
 * setting they carry: `WORKERS` or `WEB_CONCURRENCY` (the name Heroku, Render and uvicorn itself
 * use) for worker processes, `LOG_LEVEL` for the server's log level. PORT is read the same way.
 */
export const settingVariables = {
  workers: ['WORKERS', 'WEB_CONCURRENCY'],
  logLevel: ['LOG_LEVEL'],
} as const;

/** Configuration files a server reads on its own from the working directory, or is commonly given with `-c`. */
export const serverConfigFiles: readonly { server: ContractServer; files: readonly string[] }[] = [
  { server: 'gunicorn', files: ['gunicorn.conf.py', 'gunicorn_config.py', 'gunicorn.config.py'] },
];

/**
 * Environment variables the servers read settings from when no flag gives them: gunicorn binds to
 * 0.0.0.0:$PORT and takes WEB_CONCURRENCY workers, uvicorn reads UVICORN_* (click's envvar prefix) and
 * WEB_CONCURRENCY, hypercorn and granian their own prefixes.
 */
export const serverEnv: { port: readonly string[]; workers: readonly string[] } = {
  port: ['PORT', 'UVICORN_PORT', 'GRANIAN_PORT'],
  workers: ['WEB_CONCURRENCY', 'UVICORN_WORKERS', 'GRANIAN_WORKERS'],
};

/**
 * The interface a worker class (`-k`, `worker_class`) or an `--interface` value selects: uvicorn's
 * worker classes (`uvicorn.workers.UvicornWorker`, `uvicorn_worker.UvicornWorker`) serve ASGI, as
 * granian's and hypercorn's `asgi`/`rsgi` do; gunicorn's own classes (sync, gthread, gevent,
 * eventlet, tornado) serve WSGI.
 */
export function interfaceOf(value: string): 'asgi' | 'wsgi' | undefined {
  if (/^(asgi|rsgi)$/i.test(value) || /uvicorn/i.test(value)) return 'asgi';
  if (/^(wsgi|sync|gthread|gevent|eventlet|tornado)$/i.test(value)) return 'wsgi';
  return undefined;
}
