import rule from '../../../src/lint/rules/legacy-key-value-format.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nENV PORT=8000',
    'FROM python:3.12-slim\nENV A=1 B="two words"\nLABEL org.opencontainers.image.title=app',
    'FROM python:3.12-slim\nENV PORT = 8000',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nENV PORT 8000',
      errors: [{ messageId: 'legacy', line: 2, column: 5, endColumn: 14 }],
      output: 'FROM python:3.12-slim\nENV PORT=8000',
    },
    {
      code: 'FROM python:3.12-slim\nLABEL description a small api',
      errors: [{ messageId: 'legacy', line: 2, column: 7 }],
      output: 'FROM python:3.12-slim\nLABEL description="a small api"',
    },
    {
      code: 'FROM python:3.12-slim\nENV PATH /opt/venv/bin:$PATH\nONBUILD ENV MODE prod',
      errors: [
        { messageId: 'legacy', line: 2, column: 5 },
        { messageId: 'legacy', line: 3, column: 13 },
      ],
      output: 'FROM python:3.12-slim\nENV PATH=/opt/venv/bin:$PATH\nONBUILD ENV MODE=prod',
    },
  ],
});
