import rule from '../../../src/lint/rules/pip-trusted-host.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir --index-url https://pypi.example.com/simple x',
    'FROM python:3.12-slim\nENV PIP_CERT=/etc/ssl/certs/corp.pem',
    'FROM python:3.12-slim\nRUN pip config set global.index-url https://pypi.example.com/simple',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN pip install --trusted-host pypi.example.com x',
      errors: [{ messageId: 'flag', line: 2, column: 17, endLine: 2, endColumn: 31 }],
    },
    {
      code: 'FROM python:3.12-slim\nENV PIP_TRUSTED_HOST=pypi.example.com',
      errors: [{ messageId: 'env', line: 2, column: 5 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN python -m pip config set global.trusted-host pypi.example.com && \\\n    uv pip install --trusted-host=x y',
      errors: [
        { messageId: 'config', line: 2, column: 30 },
        { messageId: 'flag', line: 3, column: 20 },
      ],
    },
  ],
});
