import type { Server, Target } from '../contract/schema.js';
import type { ServerCommand } from './command.js';
import { type Fact, fact } from './fact.js';

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
  /** The interface a command or configuration says the server speaks (a worker class, `--interface`). */
  interfaces: Fact<'asgi' | 'wsgi'>[];
  /** Server configuration files a start command names (`gunicorn -c conf/gunicorn.py`). */
  configFiles: Fact<string>[];
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
    interfaces: [],
    configFiles: [],
    warnings: [],
  };
}

/** What a start command states, as hints from `file`:`line` (`what` names the command). */
export function addCommand(h: Hints, cmd: ServerCommand, file: string, line: number, what: string): void {
  if (cmd.server) h.servers.push(fact(cmd.server, file, line, `${what} runs ${cmd.server}`));
  if (cmd.entrypoint) h.entrypoints.push(fact(cmd.entrypoint, file, line, what));
  if (cmd.port) h.ports.push(fact(cmd.port, file, line, `${what} ${cmd.portText ?? ''}`.trim()));
  if (cmd.workers) h.workers.push(fact(cmd.workers, file, line, `${what} --workers`));
  if (cmd.interface)
    h.interfaces.push(fact(cmd.interface, file, line, `${what} serves ${cmd.interface.toUpperCase()}`));
  if (cmd.config) h.configFiles.push(fact(cmd.config, file, line, `${what} ${cmd.configText ?? ''}`.trim()));
}
