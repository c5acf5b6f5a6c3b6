import { type Command, findFlag, hasArg, type Word } from '../../dockerfile/index.js';
import { isPythonInterpreter, serverByProgram } from '../../knowledge/servers.js';
import { replace, startCommands } from '../helpers.js';
import type { Edit } from '../types.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS4011',
  name: 'no-dev-server',
  severity: 'error',
  description:
    'The image must not start a development server: `--reload`, `flask run`, `manage.py runserver`, `fastapi dev`.',
  fixable: true,
  messages: {
    reload:
      '{{server}} --reload watches the files and restarts in a child process: it costs CPU, runs one worker and is meant for development; remove --reload',
    flask:
      "`flask run` starts Werkzeug's development server, which is not built for production; run the app with gunicorn (or uvicorn for ASGI)",
    runserver:
      '`manage.py runserver` is Django\'s development server ("do not use it in a production setting"); run gunicorn or uvicorn with the WSGI/ASGI application',
    fastapiDev: '`fastapi dev` turns on auto-reload and listens on 127.0.0.1; use `fastapi run`',
  },
  check({ model, report }) {
    for (const { command } of startCommands(model)) {
      const reload = serverByProgram(command.name)?.reload;
      if (reload) {
        const flag = findFlag(command, reload);
        if (flag)
          report({
            messageId: 'reload',
            data: { server: command.name },
            range: flag.range,
            fix: drop(command, flag),
          });
      } else if (command.name === 'flask' && hasArg(command, 'run')) {
        report({ messageId: 'flask', range: command.nameWord.range });
      } else if (command.name === 'fastapi' && command.args[0]?.value === 'dev') {
        const dev = command.args[0];
        const quoted = dev.text.startsWith('"');
        report({
          messageId: 'fastapiDev',
          range: dev.range,
          fix: replace(dev.range, quoted ? '"run"' : 'run'),
        });
      } else if (isPythonInterpreter(command.name)) {
        const i = command.args.findIndex((a) => a.value.endsWith('manage.py'));
        if (i !== -1 && command.args[i + 1]?.value === 'runserver')
          report({ messageId: 'runserver', range: command.args[i + 1].range });
      }
    }
  },
});

/** Removes a word together with the separator before it (`, "--reload"` in an exec array). */
function drop(command: Command, word: Word): Edit {
  const words = [command.nameWord, ...command.args];
  const before = words[words.indexOf(word) - 1];
  return replace({ start: before.range.end, end: word.range.end }, '');
}
