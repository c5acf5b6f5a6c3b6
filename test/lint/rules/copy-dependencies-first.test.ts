import rule from '../../../src/lint/rules/copy-dependencies-first.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .',
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-install-project\nCOPY . .\nRUN uv sync --frozen',
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install .',
      'FROM python:3.12-slim\nCOPY . /app\nRUN python -m compileall /app',
      'FROM python:3.12-slim\nCOPY app/ app/\nRUN pip install -r app/requirements.txt',
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt',
        errors: [{ messageId: 'order', line: 3, column: 6, endColumn: 7 }],
      },
      {
        code: 'FROM python:3.12-slim\nCOPY ./ /app/\nWORKDIR /app\nRUN apt-get update && uv sync --frozen',
        errors: [{ messageId: 'order', line: 2, column: 6 }],
      },
      {
        code: 'FROM python:3.12-slim AS build\nCOPY . /src\nRUN cd /src && poetry install --no-root\nFROM python:3.12-slim\nCOPY . .\nRUN python -m pip install -r requirements.txt',
        errors: [
          { messageId: 'order', line: 2, column: 6 },
          { messageId: 'order', line: 5, column: 6 },
        ],
      },
    ],
  },
  // The order matters within one build; RUNs inside ONBUILD run in another image's build.
  { onbuild: false },
);
