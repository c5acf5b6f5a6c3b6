import rule from '../../../src/lint/rules/undefined-variable.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nENV HOME=/home/user\nWORKDIR $HOME/app',
    'ARG PY=3.12\nFROM python:${PY}-slim\nARG PY\nLABEL python=$PY',
    'FROM python:3.12-slim\nENV PATH=/opt/venv/bin:$PATH\nRUN echo $UNDEFINED_IN_SHELL',
    'FROM python:3.12-slim\nWORKDIR ${APP_DIR:-/app}',
    "FROM python:3.12-slim\nLABEL note='costs $5'",
    'FROM mycorp/base:1\nWORKDIR $APP_HOME',
    'FROM python:3.12-slim\nARG TARGETARCH\nCOPY bin/$TARGETARCH/tool /usr/local/bin/',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nWORKDIR $HOME/app',
      errors: [{ messageId: 'undefined', line: 2, column: 9, endColumn: 14 }],
    },
    {
      code: 'FROM python:3.12-slim\nARG APP_VERSION=1\nLABEL version=${APP_VERISON}',
      errors: [{ messageId: 'typo', line: 3, column: 15, endColumn: 29 }],
    },
    {
      code: 'ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSON}-slim',
      errors: [{ messageId: 'fromTypo', line: 2, column: 13 }],
    },
    {
      code: 'FROM python:3.12-slim\nCOPY bin/$TARGETARCH/tool /usr/local/bin/',
      errors: [{ messageId: 'undefined', line: 2, column: 10 }],
    },
    {
      code: 'FROM mycorp/base:1\nENV APP_HOME=/srv\nWORKDIR \\\n  $APP_HOEM',
      errors: [{ messageId: 'typo', line: 4, column: 3 }],
    },
  ],
});
