// Python web servers and frameworks: how each server is started, the flags that set its listen
// address, port, workers and worker class, the config file it reads, the interface it speaks and
// the signal it stops on. Sources: each server's own command-line reference (`uvicorn --help`,
// gunicorn's settings page and signal handling page, hypercorn's configuration page, granian's
// README, daphne's README, waitress-serve's usage) and the frameworks' deployment guides.

/** The interfaces a Python app is written to. granian's own is RSGI. */
export type AppInterface = 'asgi' | 'wsgi' | 'rsgi';

/** Servers a contract can name as `app.server` (the ones generate can write a command for). */
export const contractServers = ['uvicorn', 'gunicorn', 'granian', 'hypercorn'] as const;
export type ContractServer = (typeof contractServers)[number];

export interface PythonServer {
  name: string;
  /** The console script (`waitress-serve`); the name when it is the same. */
  script: string;
  /** The module for `python -m`, when the package runs that way. */
  module?: string;
  /** What it serves without options, and what it can serve with them. */
  defaultInterface: AppInterface;
  interfaces: readonly AppInterface[];
  /** Flags that set the listen host; `bind` when the value is `host:port` (`-b 0.0.0.0:8000`). */
  host: { flags: readonly string[]; bind: boolean; default: string; env?: string };
  /** Flags that set the port (the bind flags for `host:port` servers). */
  port: { flags: readonly string[]; bind: boolean; default: number };
  workers?: readonly string[];
  /** The flag that sets the log level (`--log-level info`). */
  logLevel?: string;
  workerClass?: readonly string[];
  /** Flags that listen on a Unix socket or an inherited descriptor instead of a TCP address. */
  socketFlags?: readonly string[];
  /** The flag that selects the interface (`--interface wsgi`). */
  interfaceFlag?: string;
  /** The worker class that serves ASGI apps from a WSGI server. */
  asgiWorkerClass?: string;
  /** Flags that point to a config file, and the file read without one. */
  config?: { flags: readonly string[]; defaultFile?: string };
  /** An environment variable that holds further command-line arguments. */
  argsEnv?: string;
  /** Flags that take a value (so the next word is not the app). */
  valueFlags: readonly string[];
  /** The signal it shuts down gracefully on (what STOPSIGNAL and the orchestrator should send). */
  stopSignal: 'SIGTERM' | 'SIGINT' | 'SIGQUIT';
  /** The flag that restarts on file changes (development only). */
  reload?: string;
  /** The Python call that starts it from a script's `__main__` block (`uvicorn.run("app:app")`). */
  runCall?: string;
}

export const pythonServers: readonly PythonServer[] = [
  {
    name: 'uvicorn',
    script: 'uvicorn',
    module: 'uvicorn',
    defaultInterface: 'asgi',
    interfaces: ['asgi', 'wsgi'],
    host: { flags: ['--host'], bind: false, default: '127.0.0.1', env: 'UVICORN_HOST' },
    port: { flags: ['--port'], bind: false, default: 8000 },
    workers: ['--workers'],
    logLevel: '--log-level',
    socketFlags: ['--uds', '--fd'],
    interfaceFlag: '--interface',
    valueFlags: [
      '--host',
      '--port',
      '--workers',
      '--uds',
      '--fd',
      '--log-level',
      '--log-config',
      '--root-path',
      '--env-file',
      '--app-dir',
      '--interface',
      '--loop',
      '--http',
      '--ws',
      '--lifespan',
      '--forwarded-allow-ips',
      '--timeout-keep-alive',
      '--timeout-graceful-shutdown',
      '--limit-concurrency',
      '--ssl-keyfile',
      '--ssl-certfile',
    ],
    stopSignal: 'SIGTERM',
    reload: '--reload',
    runCall: 'uvicorn.run',
  },
  {
    name: 'gunicorn',
    script: 'gunicorn',
    module: 'gunicorn',
    defaultInterface: 'wsgi',
    // ASGI through a uvicorn worker class (-k uvicorn.workers.UvicornWorker).
    interfaces: ['wsgi', 'asgi'],
    host: { flags: ['-b', '--bind'], bind: true, default: '127.0.0.1' },
    port: { flags: ['-b', '--bind'], bind: true, default: 8000 },
    workers: ['-w', '--workers'],
    logLevel: '--log-level',
    workerClass: ['-k', '--worker-class'],
    asgiWorkerClass: 'uvicorn.workers.UvicornWorker',
    config: { flags: ['-c', '--config'], defaultFile: 'gunicorn.conf.py' },
    argsEnv: 'GUNICORN_CMD_ARGS',
    valueFlags: [
      '-b',
      '--bind',
      '-w',
      '--workers',
      '-k',
      '--worker-class',
      '-c',
      '--config',
      '-t',
      '--timeout',
      '--threads',
      '--graceful-timeout',
      '--keep-alive',
      '--log-level',
      '--access-logfile',
      '--error-logfile',
      '--chdir',
      '--forwarded-allow-ips',
      '--max-requests',
      '--max-requests-jitter',
      '--worker-tmp-dir',
    ],
    // TERM is its graceful shutdown; INT and QUIT stop at once.
    stopSignal: 'SIGTERM',
    reload: '--reload',
  },
  {
    name: 'hypercorn',
    script: 'hypercorn',
    module: 'hypercorn',
    defaultInterface: 'asgi',
    interfaces: ['asgi', 'wsgi'],
    host: { flags: ['-b', '--bind'], bind: true, default: '127.0.0.1' },
    port: { flags: ['-b', '--bind'], bind: true, default: 8000 },
    workers: ['-w', '--workers'],
    logLevel: '--log-level',
    workerClass: ['-k', '--worker-class'],
    config: { flags: ['-c', '--config'] },
    valueFlags: ['-b', '--bind', '-w', '--workers', '-k', '--worker-class', '-c', '--config', '--log-level'],
    stopSignal: 'SIGTERM',
    reload: '--reload',
  },
  {
    name: 'granian',
    script: 'granian',
    module: 'granian',
    defaultInterface: 'rsgi',
    interfaces: ['rsgi', 'asgi', 'wsgi'],
    host: { flags: ['--host'], bind: false, default: '127.0.0.1', env: 'GRANIAN_HOST' },
    port: { flags: ['--port'], bind: false, default: 8000 },
    workers: ['--workers'],
    logLevel: '--log-level',
    socketFlags: ['--uds'],
    interfaceFlag: '--interface',
    valueFlags: [
      '--host',
      '--port',
      '--workers',
      '--interface',
      '--uds',
      '--threads',
      '--loop',
      '--log-level',
    ],
    stopSignal: 'SIGTERM',
    reload: '--reload',
  },
  {
    name: 'daphne',
    script: 'daphne',
    defaultInterface: 'asgi',
    interfaces: ['asgi'],
    host: { flags: ['-b', '--bind'], bind: false, default: '127.0.0.1' },
    port: { flags: ['-p', '--port'], bind: false, default: 8000 },
    socketFlags: ['-u', '--unix-socket', '--fd'],
    valueFlags: ['-b', '--bind', '-p', '--port', '-u', '--unix-socket', '--root-path', '-v', '--verbosity'],
    stopSignal: 'SIGTERM',
  },
  {
    name: 'waitress',
    script: 'waitress-serve',
    module: 'waitress',
    defaultInterface: 'wsgi',
    interfaces: ['wsgi'],
    // waitress listens on all interfaces unless told otherwise.
    host: { flags: ['--host', '--listen'], bind: false, default: '0.0.0.0' },
    port: { flags: ['--port'], bind: false, default: 8080 },
    socketFlags: ['--unix-socket'],
    valueFlags: ['--host', '--port', '--listen', '--threads', '--url-prefix', '--unix-socket'],
    stopSignal: 'SIGTERM',
  },
];

/** The server a program name or `python -m` module starts (`uvicorn`, `waitress-serve`). */
export function serverByProgram(program: string): PythonServer | undefined {
  return pythonServers.find((s) => s.script === program || s.module === program || s.name === program);
}

/** A server by its name. */
export function serverNamed(name: string): PythonServer | undefined {
  return pythonServers.find((s) => s.name === name);
}

/** Frameworks a contract can name as `app.framework`. */
export const frameworkNames = ['fastapi', 'flask', 'django', 'starlette', 'litestar'] as const;
export type FrameworkName = (typeof frameworkNames)[number];

export interface PythonFramework {
  name: FrameworkName;
  /** The interfaces its app object speaks, the usual one first (Django ships wsgi.py and asgi.py). */
  interfaces: readonly AppInterface[];
  /**
   * The servers that run it, in the order init prefers them among a project's dependencies; the
   * first is the one generate and init choose when nothing names a server.
   */
  servers: readonly ContractServer[];
}

const asgiServers: readonly ContractServer[] = ['uvicorn', 'hypercorn', 'granian', 'gunicorn'];
const wsgiServers: readonly ContractServer[] = ['gunicorn', 'granian', 'uvicorn'];

export const pythonFrameworks: readonly PythonFramework[] = [
  { name: 'fastapi', interfaces: ['asgi'], servers: asgiServers },
  { name: 'flask', interfaces: ['wsgi'], servers: wsgiServers },
  { name: 'django', interfaces: ['wsgi', 'asgi'], servers: wsgiServers },
  { name: 'starlette', interfaces: ['asgi'], servers: asgiServers },
  { name: 'litestar', interfaces: ['asgi'], servers: asgiServers },
];

export const frameworkNamed = (name: string): PythonFramework | undefined =>
  pythonFrameworks.find((f) => f.name === name);

/** The framework a contract that names only its server most likely has (gunicorn: Flask). */
export const frameworkForServer = (server: string | undefined): FrameworkName =>
  pythonFrameworks.find((f) => f.servers[0] === server)?.name ?? 'fastapi';

/** Frameworks whose app is ASGI (FastAPI, Starlette, Litestar). */
export const asgiFrameworks: ReadonlySet<string> = new Set(
  pythonFrameworks.filter((f) => f.interfaces[0] === 'asgi').map((f) => f.name),
);
/** Frameworks whose app is WSGI (Flask, Django). */
export const wsgiFrameworks: ReadonlySet<string> = new Set(
  pythonFrameworks.filter((f) => f.interfaces[0] === 'wsgi').map((f) => f.name),
);

/**
 * Programs besides the servers that run the application process in a container: the frameworks'
 * own CLIs (`fastapi run`, `flask run`), task workers and app runners, with the module that runs
 * them through `python -m` where the package has one.
 */
export const appRunners: readonly { program: string; module?: string; server?: ContractServer }[] = [
  // `fastapi run` starts uvicorn.
  { program: 'fastapi', server: 'uvicorn' },
  { program: 'flask', module: 'flask' },
  { program: 'celery', module: 'celery' },
  { program: 'streamlit', module: 'streamlit' },
];

/**
 * Programs that run the application process: a shell wrapper must exec them, and their output is
 * the application's log.
 */
export const appPrograms: ReadonlySet<string> = new Set([
  ...pythonServers.map((s) => s.script),
  ...appRunners.map((r) => r.program),
]);

/** App programs whose package also runs with `python -m <module>` (the console script is optional). */
export const appModules: ReadonlyMap<string, string> = new Map(
  [
    ...pythonServers.map((s) => [s.script, s.module] as const),
    ...appRunners.map((r) => [r.program, r.module] as const),
  ].filter((e): e is readonly [string, string] => e[1] !== undefined),
);

/** `python`, `python3`, `python3.12`: the interpreter that runs `-m <module>` and scripts. */
export const isPythonInterpreter = (program: string): boolean => /^python[0-9.]*$/.test(program);

/** Servers started from Python code, by their run call. */
export const serverRunCalls: readonly { server: PythonServer; call: string }[] = pythonServers.flatMap(
  (server) => (server.runCall ? [{ server, call: server.runCall }] : []),
);
