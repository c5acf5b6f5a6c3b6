import rule from '../../../src/lint/rules/no-dev-dependencies.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN poetry install --only main --no-root',
    'FROM python:3.12-slim\nRUN poetry install --without dev,test && pdm install --prod',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev',
    'FROM python:3.12-slim\nENV UV_NO_DEV=1\nRUN uv sync --frozen',
    'FROM python:3.12-slim\nRUN pipenv install --deploy --system',
    {
      // The test stage installs dev dependencies, but nothing ships from it.
      code: [
        'FROM python:3.12-slim AS builder',
        'RUN poetry install --only main',
        'FROM builder AS test',
        'RUN poetry install --with dev && pytest',
        'FROM python:3.12-slim',
        'COPY --from=builder /opt/venv /opt/venv',
      ].join('\n'),
      onbuild: false,
    },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN poetry install --no-root',
      errors: [{ messageId: 'dev', line: 2, column: 5, endColumn: 29 }],
      output: 'FROM python:3.12-slim\nRUN poetry install --only main --no-root',
    },
    {
      code: [
        'FROM python:3.12-slim AS builder',
        'RUN uv sync --frozen',
        'FROM python:3.12-slim',
        'COPY --from=builder /app/.venv /app/.venv',
      ].join('\n'),
      errors: [{ messageId: 'dev', line: 2, column: 5 }],
      output: [
        'FROM python:3.12-slim AS builder',
        'RUN uv sync --no-dev --frozen',
        'FROM python:3.12-slim',
        'COPY --from=builder /app/.venv /app/.venv',
      ].join('\n'),
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install pdm==2.19.1 && \\\n    pdm install --no-self && pipenv install --dev --system',
      errors: [
        { messageId: 'dev', line: 3, column: 5 },
        { messageId: 'dev', line: 3, column: 30 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nRUN poetry --directory /app install --only main,dev',
      errors: [{ messageId: 'dev', line: 2, column: 5 }],
    },
  ],
});
