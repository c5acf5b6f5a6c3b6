import rule from '../../../src/lint/rules/contract-server-interface.js';
import { ruleTester } from '../rule-tester.js';

const fastapi = 'app:\n  framework: fastapi\n';
const flask = 'app:\n  framework: flask\n  server: gunicorn\n  entrypoint: app:app\n';

ruleTester(
  rule,
  {
    valid: [
      {
        code: 'FROM python:3.12-slim\nCMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "app.main:app"]',
        contract: fastapi,
      },
      { code: 'FROM python:3.12-slim\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]', contract: flask },
      // A contract that names neither framework nor server only defaults to FastAPI: no claim is made.
      { code: 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]', contract: 'service: api\n' },
      { code: 'FROM python:3.12-slim\nCMD ["uvicorn", "--interface", "wsgi", "app:app"]', contract: flask },
      {
        code: 'FROM python:3.12-slim\nENV GUNICORN_CMD_ARGS="-k uvicorn_worker.UvicornWorker"\nCMD ["gunicorn", "app.main:app"]',
        contract: fastapi,
      },
      'FROM python:3.12-slim\nCMD ["gunicorn", "app.main:app"]',
      // Django ships an ASGI application too (asgi.py); granian needs --interface asgi for FastAPI.
      {
        code: 'FROM python:3.12-slim\nCMD ["uvicorn", "site.asgi:application"]',
        contract: 'app:\n  framework: django\n',
      },
      { code: 'FROM python:3.12-slim\nCMD granian --interface asginl app.main:app', contract: fastapi },
      { code: 'FROM python:3.12-slim\nCMD uvicorn --interface asgi3 app.main:app', contract: fastapi },
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app.main:app"]',
        contract: fastapi,
        errors: [{ messageId: 'asgiOnGunicorn', line: 2, column: 6, endColumn: 16 }],
        output:
          'FROM python:3.12-slim\nCMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000", "app.main:app"]',
      },
      {
        code: 'FROM python:3.12-slim\nCMD gunicorn --workers 4 app.main:app',
        contract: 'app:\n  framework: starlette\n',
        errors: [{ messageId: 'asgiOnGunicorn', line: 2, column: 5 }],
        output:
          'FROM python:3.12-slim\nCMD gunicorn -k uvicorn.workers.UvicornWorker --workers 4 app.main:app',
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]',
        contract: flask,
        errors: [{ messageId: 'interface', line: 2, column: 6 }],
        output:
          'FROM python:3.12-slim\nCMD ["uvicorn", "--interface", "wsgi", "app:app", "--host", "0.0.0.0"]',
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["granian", "--interface", "asgi", "app:app"]',
        contract: flask,
        errors: [{ messageId: 'interface', line: 2, column: 32 }],
        output: 'FROM python:3.12-slim\nCMD ["granian", "--interface", "wsgi", "app:app"]',
      },
      {
        // granian serves RSGI unless told otherwise: a FastAPI app fails on every request.
        code: 'FROM python:3.12-slim\nCMD granian --host 0.0.0.0 app.main:app',
        contract: fastapi,
        errors: [{ messageId: 'interface', line: 2, column: 5, endColumn: 12 }],
        output: 'FROM python:3.12-slim\nCMD granian --interface asgi --host 0.0.0.0 app.main:app',
      },
    ],
  },
  { onbuild: false },
);
