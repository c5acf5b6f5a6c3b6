import { isStated } from '../../contract/stated.js';
import { flagValue, hasFlag } from '../../dockerfile/index.js';
import { replace, startCommands } from '../helpers.js';
import { defineRule } from '../types.js';

const asgi = new Set(['fastapi', 'starlette', 'litestar']);

export default defineRule({
  id: 'DS5015',
  name: 'contract-server-interface',
  severity: 'error',
  description:
    "The server must speak the app's interface: gunicorn needs an ASGI worker for FastAPI, uvicorn needs --interface wsgi for Flask.",
  fixable: true,
  needs: 'contract',
  messages: {
    asgiOnGunicorn:
      'the contract says {{framework}}, an ASGI framework, but gunicorn runs WSGI workers by default: every request fails with "TypeError: __call__() missing 1 required positional argument: \'send\'"; add -k uvicorn.workers.UvicornWorker',
    wsgiOnUvicorn:
      'the contract says {{framework}}, a WSGI framework, but {{server}} calls it as ASGI (granian: RSGI) by default: every request fails with a TypeError; add --interface wsgi or run gunicorn',
  },
  check({ model, contract, report }) {
    // A framework the contract only defaults (to FastAPI) says nothing about the app: stay silent.
    if (!contract || !isStated(contract, 'app.framework')) return;
    const framework = contract.app.framework;
    for (const { command, instruction } of startCommands(model)) {
      const exec = instruction.form === 'exec';
      if (command.name === 'gunicorn' && asgi.has(framework)) {
        if (
          hasFlag(command, '-k', '--worker-class', '-c', '--config') ||
          instruction.scope.has('GUNICORN_CMD_ARGS')
        )
          continue;
        const words = ['-k', 'uvicorn.workers.UvicornWorker'];
        report({
          messageId: 'asgiOnGunicorn',
          data: { framework },
          range: command.nameWord.range,
          fix: replace(
            { start: command.nameWord.range.end, end: command.nameWord.range.end },
            exec ? words.map((w) => `, ${JSON.stringify(w)}`).join('') : ` ${words.join(' ')}`,
          ),
        });
      } else if ((command.name === 'uvicorn' || command.name === 'granian') && framework === 'flask') {
        const value = flagValue(command, '--interface');
        if (value && /wsgi/.test(value.value)) continue;
        report({
          messageId: 'wsgiOnUvicorn',
          data: { framework, server: command.name },
          range: (value ?? command.nameWord).range,
          fix: value
            ? replace(value.range, exec ? '"wsgi"' : 'wsgi')
            : replace(
                { start: command.nameWord.range.end, end: command.nameWord.range.end },
                exec ? ', "--interface", "wsgi"' : ' --interface wsgi',
              ),
        });
      }
    }
  },
});
