import rule from '../../../src/lint/rules/unquoted-substitution.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN echo "$(date -u +%F)" > /build-date',
    // seq and pgrep output is meant to be split; so are the words after `for … in`.
    'FROM python:3.12-slim\nRUN for i in $(ls /wheels); do pip install "/wheels/$i"; done && echo $(seq 1 3)',
    // Assignments keep the value whole; so do bash's declaration builtins.
    'FROM python:3.12-slim\nRUN SITE=$(python -c "import site; print(site.getsitepackages()[0])") && echo "$SITE"',
    'FROM python:3.12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN export ARCH=$(uname -m) && echo "$ARCH"',
    // A substitution as the command name runs what it prints.
    'FROM python:3.12-slim\nRUN $(command -v python3) -m pip --version',
    'FROM python:3.12-slim\n# hadolint ignore=SC2046\nRUN apt-get purge -y $(apt-mark showauto)',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN apt-get purge -y $(apt-mark showauto)',
      errors: [{ messageId: 'unquoted', line: 2, column: 22, endColumn: 42 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir \\\n    `cat requirements.txt`',
      errors: [{ messageId: 'unquoted', line: 3, column: 5 }],
    },
    {
      // POSIX sh splits the value of `export A=$(…)`.
      code: 'FROM python:3.12-slim\nRUN export ARCH=$(uname -m) && echo "$ARCH"',
      errors: [{ messageId: 'unquoted', line: 2, column: 17 }],
    },
    {
      // A substitution inside a quoted one starts its own words.
      code: 'FROM python:3.12-slim\nRUN echo "$(basename $(pwd))"',
      errors: [{ messageId: 'unquoted', line: 2, column: 22 }],
    },
  ],
});
