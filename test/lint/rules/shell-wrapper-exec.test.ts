import rule from '../../../src/lint/rules/shell-wrapper-exec.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nCMD ["sh", "-c", "exec uvicorn app.main:app --host 0.0.0.0 --port ${PORT:-8000}"]',
      'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
      'FROM python:3.12-slim\nCMD ["bash", "-c", "uvicorn app.main:app --host 0.0.0.0"]',
      'FROM python:3.12-slim\nCMD ["sh", "-c", "python manage.py migrate && exec gunicorn mysite.wsgi"]',
      'FROM python:3.12-slim\nCMD ["sh", "-c", "echo ready"]',
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nCMD ["sh", "-c", "uvicorn app.main:app --host 0.0.0.0 --port $PORT"]',
        errors: [{ messageId: 'noExec', line: 2, column: 19, endColumn: 26 }],
        output:
          'FROM python:3.12-slim\nCMD ["sh", "-c", "exec uvicorn app.main:app --host 0.0.0.0 --port $PORT"]',
      },
      {
        code: 'FROM python:3.12-slim\nENTRYPOINT ["/bin/bash", "-c", "alembic upgrade head && gunicorn -k uvicorn.workers.UvicornWorker app:app"]',
        errors: [{ messageId: 'noExec', line: 2, column: 57 }],
        output:
          'FROM python:3.12-slim\nENTRYPOINT ["/bin/bash", "-c", "alembic upgrade head && exec gunicorn -k uvicorn.workers.UvicornWorker app:app"]',
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["/bin/sh", "-ec", "cd /app; python -m app.server"]',
        errors: [{ messageId: 'noExec', line: 2, column: 34 }],
        // After `;` the edit is offered, not applied.
        output: 'FROM python:3.12-slim\nCMD ["/bin/sh", "-ec", "cd /app; python -m app.server"]',
        suggestion: 'FROM python:3.12-slim\nCMD ["/bin/sh", "-ec", "cd /app; exec python -m app.server"]',
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["sh", "-c", "echo \\"starting\\"; python app.py"]',
        errors: [{ messageId: 'noExec', line: 2, column: 18 }],
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["sh", "-c", "uvicorn app:app --port $(cat /port) &"]',
        errors: [{ messageId: 'noExec', line: 2, column: 19 }],
        output: 'FROM python:3.12-slim\nCMD ["sh", "-c", "uvicorn app:app --port $(cat /port) &"]',
      },
    ],
  },
  { onbuild: false },
);
