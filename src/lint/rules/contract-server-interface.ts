import { isStated } from '../../contract/stated.js';
import { flagValue, hasFlag } from '../../dockerfile/index.js';
import { frameworkNamed, serverByProgram } from '../../knowledge/servers.js';
import { replace, startCommands } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS5015',
  name: 'contract-server-interface',
  severity: 'error',
  description:
    "The server must speak the app's interface: gunicorn needs an ASGI worker for FastAPI, uvicorn needs --interface wsgi for Flask, granian needs --interface asgi or wsgi.",
  fixable: true,
  needs: 'contract',
  messages: {
    asgiOnGunicorn:
      'the contract says {{framework}}, an ASGI framework, but {{server}} runs WSGI workers by default: every request fails with "TypeError: __call__() missing 1 required positional argument: \'send\'"; add -k uvicorn.workers.UvicornWorker',
    interface:
      'the contract says {{framework}}, a {{want}} framework, but {{server}} calls it as {{actual}}: every request fails with a TypeError; add --interface {{wanted}}',
  },
  check({ model, contract, report }) {
    // A framework the contract only defaults (to FastAPI) says nothing about the app: stay silent.
    if (!contract || !isStated(contract, 'app.framework')) return;
    const framework = contract.app.framework;
    const app = frameworkNamed(framework);
    if (!app) return;
    for (const { command, instruction } of startCommands(model)) {
      const server = serverByProgram(command.name);
      if (!server) continue;
      const exec = instruction.form === 'exec';
      const wordsAfterName = (words: string[]) =>
        replace(
          { start: command.nameWord.range.end, end: command.nameWord.range.end },
          exec ? words.map((w) => `, ${JSON.stringify(w)}`).join('') : ` ${words.join(' ')}`,
        );
      if (app.interfaces.includes(server.defaultInterface)) continue;
      if (server.asgiWorkerClass && server.workerClass && app.interfaces[0] === 'asgi') {
        // A worker class (or a config file or GUNICORN_CMD_ARGS that may set one) decides.
        const configFlags = server.config?.flags ?? [];
        if (
          hasFlag(command, ...server.workerClass, ...configFlags) ||
          (server.argsEnv && instruction.scope.has(server.argsEnv))
        )
          continue;
        report({
          messageId: 'asgiOnGunicorn',
          data: { framework, server: server.name },
          range: command.nameWord.range,
          fix: wordsAfterName([server.workerClass[0], server.asgiWorkerClass]),
        });
      } else if (server.interfaceFlag) {
        const value = flagValue(command, server.interfaceFlag);
        // uvicorn's asgi2/asgi3, granian's asginl (ASGI without lifespan) are ASGI.
        const given = value?.value.replace(/(\d+|nl)$/, '');
        if (given && app.interfaces.some((i) => given === i)) continue;
        const wanted = app.interfaces.find((i) => server.interfaces.includes(i));
        if (!wanted) continue;
        report({
          messageId: 'interface',
          data: {
            framework,
            server: command.name,
            want: app.interfaces[0].toUpperCase(),
            actual: (given ?? server.defaultInterface).toUpperCase(),
            wanted,
          },
          range: (value ?? command.nameWord).range,
          fix: value
            ? replace(value.range, exec ? JSON.stringify(wanted) : wanted)
            : wordsAfterName([server.interfaceFlag, wanted]),
        });
      }
    }
  },
});
