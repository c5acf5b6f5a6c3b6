import rule from '../../../src/lint/rules/uv-no-cache.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN uv pip install --system --no-cache -r requirements.txt',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen',
    'FROM python:3.12-slim\nRUN export UV_NO_CACHE=1 && uv sync --frozen',
    'FROM python:3.12-slim\nENV UV_NO_CACHE=1\nRUN uv sync --frozen --no-dev',
    'FROM python:3.12-slim\nRUN UV_NO_CACHE=true uv pip install --system fastapi==0.115.0',
    'FROM python:3.12-slim\nRUN uv --version && uv lock --check',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN uv pip install --system -r requirements.txt',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 48 }],
      output: 'FROM python:3.12-slim\nRUN uv pip install --no-cache --system -r requirements.txt',
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir uv==0.8.22 && \\\n    uv sync --frozen --no-dev',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output:
        'FROM python:3.12-slim\nRUN pip install --no-cache-dir uv==0.8.22 && \\\n    uv sync --no-cache --frozen --no-dev',
    },
    {
      code: 'FROM python:3.12-slim\nENV UV_NO_CACHE=0\nRUN /opt/uv/bin/uv tool install ruff==0.7.0',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output:
        'FROM python:3.12-slim\nENV UV_NO_CACHE=0\nRUN /opt/uv/bin/uv tool --no-cache install ruff==0.7.0',
    },
  ],
});
