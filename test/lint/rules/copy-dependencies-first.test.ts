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
      // Data files and the folders the install reads are not the code.
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY README.md pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nCOPY src ./src',
      'FROM python:3.12-slim\nCOPY wheels /wheels\nCOPY requirements.txt .\nRUN pip install --find-links /wheels -r requirements.txt\nCOPY app ./app',
      'FROM python:3.12-slim\nCOPY requirements/ requirements/\nRUN pip install -r requirements/prod.txt\nCOPY . .',
    ],
    invalid: [
      {
        // The application folder before the install, even with the requirements copied first.
        code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nCOPY ./app ./app\nRUN pip install -r requirements.txt',
        errors: [{ messageId: 'order', line: 4, column: 6, endColumn: 11 }],
      },
      {
        code: 'FROM python:3.12-slim\nCOPY pyproject.toml uv.lock ./\nCOPY src/ /app/src/\nRUN uv sync --frozen',
        errors: [{ messageId: 'order', line: 3, column: 6 }],
      },
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
