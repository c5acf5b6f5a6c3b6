import rule from '../../../src/lint/rules/no-dev-server.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
      'FROM python:3.12-slim\nCMD ["fastapi", "run", "app/main.py"]',
      'FROM python:3.12-slim\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "mysite.wsgi"]',
      'FROM python:3.12-slim AS dev\nCMD ["uvicorn", "app:app", "--reload"]\nFROM python:3.12-slim\nCMD ["uvicorn", "app:app"]',
      'FROM python:3.12-slim\nRUN python manage.py collectstatic --noinput\nCMD ["gunicorn", "mysite.wsgi"]',
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--reload"]',
        errors: [{ messageId: 'reload', line: 2, column: 54, endColumn: 64 }],
        output: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
      },
      {
        code: 'FROM python:3.12-slim\nCMD python -m uvicorn app:app --reload --host 0.0.0.0',
        errors: [{ messageId: 'reload', line: 2, column: 31 }],
        output: 'FROM python:3.12-slim\nCMD python -m uvicorn app:app --host 0.0.0.0',
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["flask", "--app", "app", "run", "--host=0.0.0.0"]',
        errors: [{ messageId: 'flask', line: 2, column: 6 }],
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]',
        errors: [{ messageId: 'runserver', line: 2, column: 29 }],
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["fastapi", "dev", "app/main.py"]',
        errors: [{ messageId: 'fastapiDev', line: 2, column: 17 }],
        output: 'FROM python:3.12-slim\nCMD ["fastapi", "run", "app/main.py"]',
      },
    ],
  },
  { onbuild: false },
);
