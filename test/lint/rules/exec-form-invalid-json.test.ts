import rule from '../../../src/lint/rules/exec-form-invalid-json.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nCMD ["uvicorn", "app:app"]',
    'FROM python:3.12-slim\nRUN ["pip", "install", "--no-cache-dir", "x"]',
    'FROM python:3.12-slim\nCMD uvicorn app:app',
    'FROM python:3.12-slim\nHEALTHCHECK CMD ["python", "-c", "print(1)"]',
  ],
  invalid: [
    {
      code: "FROM python:3.12-slim\nCMD ['uvicorn', 'app:app']",
      errors: [{ messageId: 'invalid', line: 2, column: 5, endColumn: 27 }],
      output: 'FROM python:3.12-slim\nCMD ["uvicorn", "app:app"]',
    },
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT ["python", "main.py",]',
      errors: [{ messageId: 'invalid', line: 2, column: 12 }],
      output: 'FROM python:3.12-slim\nENTRYPOINT ["python", "main.py"]',
    },
    {
      code: 'FROM python:3.12-slim\nRUN ["pip" "install" "x"]',
      errors: [{ messageId: 'invalid', line: 2, column: 5 }],
    },
    {
      code: "FROM python:3.12-slim\nHEALTHCHECK --interval=5s CMD ['python', '-c', 'x']",
      errors: [{ messageId: 'invalid', line: 2, column: 31 }],
      output: 'FROM python:3.12-slim\nHEALTHCHECK --interval=5s CMD ["python", "-c", "x"]',
    },
  ],
});
