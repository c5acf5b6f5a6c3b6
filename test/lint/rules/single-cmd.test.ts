import rule from '../../../src/lint/rules/single-cmd.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nCMD ["python", "app.py"]',
    'FROM python:3.12 AS build\nCMD ["pytest"]\nFROM python:3.12-slim\nCMD ["python", "app.py"]',
    'FROM python:3.12-slim\nONBUILD CMD ["x"]\nCMD ["python", "app.py"]',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCMD ["python", "a.py"]\nCMD ["python", "b.py"]',
      errors: [{ messageId: 'overridden', line: 2, column: 1, endColumn: 4 }],
    },
    {
      code: 'FROM python:3.12-slim\ncmd python a.py\nRUN echo hi\nCMD python b.py\nCMD ["python", "c.py"]',
      errors: [
        { messageId: 'overridden', line: 2, column: 1 },
        { messageId: 'overridden', line: 4, column: 1 },
      ],
    },
    {
      code: 'FROM python:3.12 AS build\nCMD ["a"]\nCMD ["b"]\nFROM python:3.12-slim\nCMD ["c"]',
      errors: [{ messageId: 'overridden', line: 2, column: 1 }],
    },
  ],
});
