import rule from '../../../src/lint/rules/system-directory.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nWORKDIR /app\nVOLUME /data',
    'FROM python:3.12-slim\nWORKDIR /usr/src/app\nVOLUME ["/var/lib/app"]',
    'FROM python:3.12-slim\nWORKDIR /\nWORKDIR /etc/nginx',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nWORKDIR /proc/self',
      errors: [{ messageId: 'system', line: 2, column: 9, endLine: 2, endColumn: 19 }],
    },
    {
      code: 'FROM python:3.12-slim\nVOLUME /data /etc/',
      errors: [{ messageId: 'system', line: 2, column: 14 }],
    },
    {
      code: 'FROM python:3.12-slim\nVOLUME ["/", "/dev"]',
      errors: [
        { messageId: 'system', line: 2, column: 9 },
        { messageId: 'system', line: 2, column: 14 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nARG DIR="/usr/bin"\nWORKDIR $DIR',
      errors: [{ messageId: 'system', line: 3, column: 9 }],
    },
  ],
});
