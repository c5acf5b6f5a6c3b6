import rule from '../../../src/lint/rules/prefer-copy.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nADD "vendor/models.tar.gz" "https://example.com/data.csv" /srv/',
    'FROM python:3.12-slim\nCOPY . /app/',
    'FROM python:3.12-slim\nADD https://example.com/tool.tar.gz /opt/',
    'FROM python:3.12-slim\nADD rootfs.tar.xz /',
    'FROM python:3.12-slim\nADD --checksum=sha256:0123 https://example.com/x /x',
    'FROM python:3.12-slim\nADD git@github.com:org/repo.git /src',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nADD . /app/',
      errors: [{ messageId: 'useCopy', line: 2, column: 1, endColumn: 4 }],
      output: 'FROM python:3.12-slim\nCOPY . /app/',
    },
    {
      code: 'FROM python:3.12-slim\nadd --chown=1000 ["requirements.txt", "/app/"]',
      errors: [{ messageId: 'useCopy', line: 2, column: 1 }],
      output: 'FROM python:3.12-slim\ncopy --chown=1000 ["requirements.txt", "/app/"]',
    },
    {
      code: 'FROM python:3.12-slim\nONBUILD ADD app.py /app/\nADD config.yaml /etc/app/',
      errors: [
        { messageId: 'useCopy', line: 2, column: 9 },
        { messageId: 'useCopy', line: 3, column: 1 },
      ],
      output: 'FROM python:3.12-slim\nONBUILD COPY app.py /app/\nCOPY config.yaml /etc/app/',
    },
  ],
});
