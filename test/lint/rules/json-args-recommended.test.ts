import rule from '../../../src/lint/rules/json-args-recommended.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
    'FROM python:3.12-slim\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["serve"]',
    'FROM python:3.12-slim\nSHELL ["/bin/bash", "-c"]\nCMD uvicorn app.main:app --host 0.0.0.0',
    'FROM python:3.12-slim\nRUN echo shell form is fine in RUN',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCMD uvicorn app.main:app --host 0.0.0.0',
      errors: [{ messageId: 'shellForm', line: 2, column: 5, endColumn: 40 }],
      output: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
    },
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT gunicorn -b 0.0.0.0:8000 "app:create_app()"',
      errors: [{ messageId: 'shellForm', line: 2, column: 12 }],
      output: 'FROM python:3.12-slim\nENTRYPOINT ["gunicorn", "-b", "0.0.0.0:8000", "app:create_app()"]',
    },
    {
      code: 'FROM python:3.12-slim\nCMD uvicorn app:app --port $PORT',
      errors: [{ messageId: 'shellForm', line: 2, column: 5 }],
    },
    {
      code: 'FROM python:3.12-slim AS build\nCMD echo build\nFROM python:3.12-slim\nCMD python -m http.server \\\n    8000',
      errors: [
        { messageId: 'shellForm', line: 2, column: 5 },
        { messageId: 'shellForm', line: 4, column: 5, endLine: 5, endColumn: 9 },
      ],
      output:
        'FROM python:3.12-slim AS build\nCMD ["echo", "build"]\nFROM python:3.12-slim\nCMD ["python", "-m", "http.server", "8000"]',
    },
  ],
});
