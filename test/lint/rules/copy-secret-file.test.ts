import rule from '../../../src/lint/rules/copy-secret-file.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nCOPY corp-ca.pem /usr/local/share/ca-certificates/corp-ca.crt',
    'FROM python:3.12-slim\nCOPY .env.example ./',
    'FROM python:3.12-slim\nCOPY --from=build /app/.env /app/.env',
    'FROM python:3.12-slim\nCOPY app/ ./app/\nCOPY environment.yml ./',
    'FROM python:3.12-slim\nCOPY certs/fullchain.pem certs/cacert.pem /etc/ssl/certs/',
  ],
  invalid: [
    {
      // Changed: a .pem not named as a certificate is key material here too, as in dockerignore-secrets.
      code: 'FROM python:3.12-slim\nCOPY server.pem privkey.pem ./certs/',
      errors: [
        { messageId: 'secret', line: 2, column: 6 },
        { messageId: 'secret', line: 2, column: 17 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nCOPY .env ./',
      errors: [{ messageId: 'secret', line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
    {
      code: 'FROM python:3.12-slim\nCOPY ./keys/id_ed25519 config/server.key /root/.ssh/',
      errors: [
        { messageId: 'secret', line: 2, column: 6 },
        { messageId: 'secret', line: 2, column: 24 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nADD ["/.pypirc", "/root/"]\nONBUILD COPY .env.production /app/',
      errors: [
        { messageId: 'secret', line: 2, column: 6 },
        { messageId: 'secret', line: 3, column: 14 },
      ],
    },
  ],
});
