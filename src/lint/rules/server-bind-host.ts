import { type Command, flagValue, hasArg, hasFlag, positionalArgs } from '../../dockerfile/index.js';
import { envValue, insertAfter, replace, startCommands } from '../helpers.js';
import type { Edit } from '../types.js';
import { defineRule } from '../types.js';

const loopback = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])(:\d+)?$/;

interface Server {
  /** Flags that set the listen address. */
  flags: string[];
  /** ENV that sets it instead. */
  env?: string;
  /** Text to add when the flag is missing, or undefined when the default is only a hint. */
  add: string;
  /** Whether a missing flag falls back to 127.0.0.1. */
  loopbackDefault: boolean;
  /** For `-b host:port` style values. */
  bind?: boolean;
}

const servers: Record<string, Server> = {
  uvicorn: { flags: ['--host'], env: 'UVICORN_HOST', add: '--host 0.0.0.0', loopbackDefault: true },
  granian: { flags: ['--host'], env: 'GRANIAN_HOST', add: '--host 0.0.0.0', loopbackDefault: true },
  gunicorn: {
    flags: ['-b', '--bind'],
    env: 'GUNICORN_CMD_ARGS',
    add: '--bind 0.0.0.0:8000',
    loopbackDefault: true,
    bind: true,
  },
  hypercorn: { flags: ['-b', '--bind'], add: '--bind 0.0.0.0:8000', loopbackDefault: true, bind: true },
  daphne: { flags: ['-b', '--bind'], add: '--bind 0.0.0.0', loopbackDefault: true },
};

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
      if (!spec.loopbackDefault || hasFlag(args, '--uds', '--fd', '-c', '--config')) continue;
      if (spec.env && envValue(instruction, spec.env)) continue;
      if (name === 'gunicorn' && project?.exists('gunicorn.conf.py')) continue;
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
  const spec = servers[command.name];
  if (spec) return { name: command.name, spec, args: command };
  if (command.name === 'flask' && hasArg(command, 'run')) {
    return {
      name: 'flask run',
      spec: { flags: ['--host', '-h'], env: 'FLASK_RUN_HOST', add: '--host 0.0.0.0', loopbackDefault: true },
      args: command,
    };
  }
  const managePy = command.args.findIndex((a) => a.value.endsWith('manage.py'));
  if (
    /^python[0-9.]*$/.test(command.name) &&
    managePy !== -1 &&
    command.args[managePy + 1]?.value === 'runserver'
  ) {
    return {
      name: 'runserver',
      spec: { flags: [], add: '0.0.0.0:8000', loopbackDefault: true },
      args: { ...command, args: command.args.slice(managePy + 2) },
    };
  }
  return undefined;
}
