import rule from '../../../src/lint/rules/contract-entrypoint.js';
import { ruleTester } from '../rule-tester.js';

const ep = 'app:\n  entrypoint: app.main:app\n';
const cmd = 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]';

ruleTester(
  rule,
  {
    valid: [
      { code: `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n${cmd}`, contract: ep },
      { code: `FROM python:3.12-slim\nWORKDIR /srv\nCOPY app/ ./app/\n${cmd}`, contract: ep },
      {
        code: `FROM python:3.12-slim\nWORKDIR /srv\nCOPY src /code\n${cmd.replace('"app.main:app"', '"app.main:app", "--app-dir", "/code"')}`,
        contract: ep,
      },
      {
        code: 'FROM python:3.12-slim\nCOPY main.py /main.py\nCMD ["gunicorn", "-b", ":8000", "main:create_app()"]',
        contract: 'app:\n  entrypoint: main:create_app\n',
      },
      `FROM python:3.12-slim\nCMD ["uvicorn", "other:app"]`,
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0"]',
        contract: ep,
        errors: [{ messageId: 'differs', line: 4, column: 17, endColumn: 27 }],
        output: `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n${cmd}`,
      },
      {
        code: `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n${cmd}`,
        contract: ep,
        errors: [{ messageId: 'notCopied', line: 5, column: 17 }],
      },
      {
        code: `FROM python:3.12-slim\nWORKDIR /app\nCOPY app /srv/app\n${cmd}`,
        contract: ep,
        errors: [{ messageId: 'notCopied', line: 4, column: 17 }],
      },
      {
        code: 'FROM python:3.12-slim\nCOPY . .\nCMD gunicorn -k uvicorn.workers.UvicornWorker api.server:app',
        contract: ep,
        errors: [{ messageId: 'differs', line: 3, column: 47 }],
        output: 'FROM python:3.12-slim\nCOPY . .\nCMD gunicorn -k uvicorn.workers.UvicornWorker app.main:app',
      },
    ],
  },
  { onbuild: false },
);
