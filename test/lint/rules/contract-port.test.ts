import rule from '../../../src/lint/rules/contract-port.js';
import { ruleTester } from '../rule-tester.js';

const contract = 'app:\n  port: 7860\n';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM python:3.12-slim\nEXPOSE 7860\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "7860"]',
      contract,
    },
    { code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app:app", "--port=7860"]', contract },
    {
      code: 'FROM python:3.12-slim\nEXPOSE 7860/tcp 9090/udp\nCMD ["gunicorn", "-b", "0.0.0.0:7860", "app:app"]',
      contract,
    },
    {
      code: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["uvicorn", "app:app"]',
      contract: 'app:\n  port: 8000\n',
    },
    'FROM python:3.12-slim\nEXPOSE 1234',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["uvicorn", "app:app", "--port", "7860"]',
      contract,
      errors: [{ messageId: 'expose', line: 2, column: 8, endColumn: 12 }],
      output: 'FROM python:3.12-slim\nEXPOSE 7860\nCMD ["uvicorn", "app:app", "--port", "7860"]',
    },
    {
      code: 'FROM python:3.12-slim\nEXPOSE 7860\nCMD uvicorn app:app --host 0.0.0.0 --port 8000',
      contract,
      errors: [{ messageId: 'serverPort', line: 3, column: 43 }],
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]',
      contract,
      errors: [{ messageId: 'serverDefault', line: 2, column: 6 }],
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind=0.0.0.0:8000", "app:app"]',
      contract,
      errors: [{ messageId: 'serverPort', line: 2, column: 26 }],
    },
  ],
});
