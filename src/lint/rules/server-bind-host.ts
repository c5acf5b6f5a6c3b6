import { type Command, flagValue, hasArg, hasFlag, positionalArgs } from '../../dockerfile/index.js';
import { isPythonInterpreter, type PythonServer, serverByProgram } from '../../knowledge/servers.js';
import { envValue, insertAfter, replace, startCommands } from '../helpers.js';
import type { Edit } from '../types.js';
import { defineRule } from '../types.js';

const loopback = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])(:\d+)?$/;

interface Server {
  /** Flags that set the listen address. */
  flags: readonly string[];
  /** ENV that sets it instead. */
  env?: string;
  /** Text to add when the flag is missing. */
  add: string;
  /** Whether a missing flag falls back to 127.0.0.1. */
  loopbackDefault: boolean;
  /** For `-b host:port` style values. */
  bind?: boolean;
  /** Flags that listen elsewhere (a socket, a config file) so a missing host flag is fine. */
  elsewhere: readonly string[];
  /** A config file read by default, which may set the address. */
  configFile?: string;
}

/** The host facts of a server (src/knowledge/servers.ts) as this rule reads them. */
function hostSpec(s: PythonServer): Server {
  const flag = s.host.flags.at(-1)!;
  return {
    flags: s.host.flags,
    env: s.host.env ?? s.argsEnv,
    add: s.host.bind ? `${flag} 0.0.0.0:${s.port.default}` : `${flag} 0.0.0.0`,
    loopbackDefault: loopback.test(s.host.default),
    bind: s.host.bind,
    elsewhere: [...(s.socketFlags ?? []), ...(s.config?.flags ?? [])],
    configFile: s.config?.defaultFile,
  };
}

export default defineRule({
  id: 'DS4001',
  name: 'server-bind-host',
  severity: 'error',
  description:
    "The web server must listen on 0.0.0.0: 127.0.0.1 (uvicorn's default) is unreachable from outside the container.",
  fixable: true,
  messages: {
    loopback: '{{server}} binds {{value}}, which only the container itself can reach; use 0.0.0.0',
    missing:
      '{{server}} listens on 127.0.0.1 by default, which is unreachable from outside the container; add {{add}}',
  },
  check({ model, project, report }) {
    for (const { command, instruction } of startCommands(model)) {
      const exec = instruction.form === 'exec';
      const quote = (s: string) =>
        exec
          ? s
              .split(' ')
              .map((w) => `, ${JSON.stringify(w)}`)
              .join('')
          : ` ${s}`;
      const server = serverOf(command);
      if (!server) continue;
      const { name, spec, args } = server;
      const value =
        flagValue(args, ...spec.flags) ?? (name === 'runserver' ? positionalArgs(args)[0] : undefined);
      if (value) {
        const host = spec.bind || name === 'runserver' ? value.value.replace(/:\d+$/, '') : value.value;
        if (value.literal && loopback.test(host)) {
          const fixed = value.value.replace(/^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])/, '0.0.0.0');
          const edit: Edit = replace(value.range, exec ? JSON.stringify(fixed) : fixed);
          const exact = exec ? value.text === JSON.stringify(value.value) : value.text === value.value;
          report({
            messageId: 'loopback',
            data: { server: name, value: value.value },
            range: value.range,
            fix: exact ? edit : undefined,
          });
        }
        continue;
      }
      if (!spec.loopbackDefault || hasFlag(args, ...spec.elsewhere)) continue;
      if (spec.env && envValue(instruction, spec.env)) continue;
      if (spec.configFile && project?.exists(spec.configFile)) continue;
      const last = command.args.at(-1) ?? command.nameWord;
      report({
        messageId: 'missing',
        data: { server: name, add: spec.add },
        range: command.nameWord.range,
        fix: insertAfter(last.range, quote(spec.add)),
      });
    }
  },
});

/** Recognizes the server a start command runs, including `flask run` and `manage.py runserver`. */
function serverOf(command: Command): { name: string; spec: Server; args: Command } | undefined {
  const server = serverByProgram(command.name);
  if (server) return { name: command.name, spec: hostSpec(server), args: command };
  if (command.name === 'flask' && hasArg(command, 'run')) {
    return {
      name: 'flask run',
      spec: {
        flags: ['--host', '-h'],
        env: 'FLASK_RUN_HOST',
        add: '--host 0.0.0.0',
        loopbackDefault: true,
        elsewhere: [],
      },
      args: command,
    };
  }
  const managePy = command.args.findIndex((a) => a.value.endsWith('manage.py'));
  if (
    isPythonInterpreter(command.name) &&
    managePy !== -1 &&
    command.args[managePy + 1]?.value === 'runserver'
  ) {
    return {
      name: 'runserver',
      spec: { flags: [], add: '0.0.0.0:8000', loopbackDefault: true, elsewhere: [] },
      args: { ...command, args: command.args.slice(managePy + 2) },
    };
  }
  return undefined;
}
