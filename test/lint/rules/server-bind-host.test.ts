import rule from '../../../src/lint/rules/server-bind-host.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
    'FROM python:3.12-slim\nCMD uvicorn app.main:app --host=0.0.0.0',
    'FROM python:3.12-slim\nENV UVICORN_HOST=0.0.0.0\nCMD ["uvicorn", "app.main:app"]',
    'FROM python:3.12-slim\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]',
    'FROM python:3.12-slim\nCMD ["uvicorn", "app:app", "--host", "$HOST"]',
    'FROM python:3.12-slim\nCMD ["python", "main.py"]',
    // waitress listens on all interfaces by default; a Unix socket needs no host.
    'FROM python:3.12-slim\nCMD ["waitress-serve", "--port=8080", "app:app"]',
    'FROM python:3.12-slim\nCMD ["uvicorn", "--uds", "/tmp/app.sock", "app:app"]',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCMD waitress-serve --listen=127.0.0.1:8080 app:app',
      errors: [{ messageId: 'loopback', line: 2, column: 29 }],
      output: 'FROM python:3.12-slim\nCMD waitress-serve --listen=0.0.0.0:8080 app:app',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["granian", "--interface", "asgi", "app:app"]',
      errors: [{ messageId: 'missing', line: 2, column: 6 }],
      output: 'FROM python:3.12-slim\nCMD ["granian", "--interface", "asgi", "app:app", "--host", "0.0.0.0"]',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--port", "8000"]',
      errors: [{ messageId: 'missing', line: 2, column: 6, endColumn: 15 }],
      output: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--port", "8000", "--host", "0.0.0.0"]',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["python", "-m", "uvicorn", "app:app", "--host", "127.0.0.1"]',
      errors: [{ messageId: 'loopback', line: 2, column: 54, endColumn: 65 }],
      output: 'FROM python:3.12-slim\nCMD ["python", "-m", "uvicorn", "app:app", "--host", "0.0.0.0"]',
    },
    {
      code: 'FROM python:3.12-slim\nCMD exec gunicorn --bind localhost:8000 app:app',
      errors: [{ messageId: 'loopback', line: 2, column: 26 }],
      output: 'FROM python:3.12-slim\nCMD exec gunicorn --bind 0.0.0.0:8000 app:app',
    },
    {
      code: 'FROM python:3.12-slim\nCMD flask run --port 5000',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output: 'FROM python:3.12-slim\nCMD flask run --port 5000 --host 0.0.0.0',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["python", "manage.py", "runserver"]',
      errors: [{ messageId: 'missing', line: 2, column: 6 }],
      output: 'FROM python:3.12-slim\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]',
    },
  ],
});
