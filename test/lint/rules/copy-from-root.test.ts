import rule from '../../../src/lint/rules/copy-from-root.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12 AS build\nFROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv',
    'FROM python:3.12-slim\nCOPY / /app/',
    'FROM python:3.12 AS build\nFROM scratch\nCOPY --from=build /app/ /app/',
  ],
  invalid: [
    {
      code: 'FROM python:3.12 AS build\nFROM scratch\nCOPY --from=build / /',
      errors: [{ messageId: 'root', line: 3, column: 19, endColumn: 20 }],
    },
    {
      code: 'FROM python:3.12 AS build\nFROM python:3.12-slim\nCOPY --from=build ["/", "/rootfs/"]',
      errors: [{ messageId: 'root', line: 3, column: 20 }],
    },
    {
      code: 'FROM python:3.12\nFROM alpine:3.20\nCOPY --from=0 /etc/hosts /. /copy/',
      errors: [{ messageId: 'root', line: 3, column: 26 }],
    },
  ],
});
