import rule from '../../../src/lint/rules/masked-exit-status.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN ARCH=$(uname -m) && export ARCH && echo "$ARCH"',
    // No substitution: nothing to mask.
    'FROM python:3.12-slim\nRUN export PATH="/opt/venv/bin:$PATH" && python -V',
    // A plain assignment keeps the substitution's status ($? is the command's).
    'FROM python:3.12-slim\nRUN SITE=$(python -c "import site; print(site.getsitepackages()[0])") && ls "$SITE"',
    'FROM python:3.12-slim\n# hadolint ignore=SC2155\nRUN export ARCH=$(uname -m) && echo "$ARCH"',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN export ARCH=$(uname -m) && echo "$ARCH"',
      errors: [{ messageId: 'masked', line: 2, column: 12, endColumn: 16 }],
    },
    {
      code: 'FROM python:3.12-slim\nSHELL ["/bin/bash", "-c"]\nRUN declare -r STAMP="$(date +%s)"; readonly ID=`cat /etc/machine-id`',
      errors: [
        { messageId: 'masked', line: 3, column: 16 },
        { messageId: 'masked', line: 3, column: 46 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install uv \\\n && export UV_VERSION=$(uv --version) PLAIN=1',
      errors: [{ messageId: 'masked', line: 3, column: 12 }],
    },
  ],
});
