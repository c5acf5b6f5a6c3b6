import rule from '../../../src/lint/rules/secrets-in-arg-env.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nARG AWS_ACCESS_KEY_ID\nENV PUBLIC_KEY=abc',
    'FROM python:3.12-slim\nENV KEYBOARD=us MONKEY=1 AUTHOR=me',
    'FROM python:3.12-slim\nENV SECRET_FILE=/run/secrets/db TOKEN_URL=https://x/token',
    'FROM python:3.12-slim\nENV TOKENIZERS_PARALLELISM=false AUTH_ENABLED=1 JWT_TOKEN_TTL=3600',
    'FROM python:3.12-slim\nRUN --mount=type=secret,id=token cat /run/secrets/token',
    // One list with init, import and verify (src/knowledge/secrets.ts): the official images' GPG_KEY
    // fingerprint is public and a database URL may be a SQLite path.
    'FROM python:3.12-slim\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D DATABASE_URL=sqlite:///db',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nARG GITHUB_TOKEN',
      errors: [{ messageId: 'secret', line: 2, column: 5, endLine: 2, endColumn: 17 }],
    },
    {
      code: 'FROM python:3.12-slim\nENV DB_PASSWORD=hunter2 APP=1 api_key="x y"',
      errors: [
        { messageId: 'secret', line: 2, column: 5 },
        { messageId: 'secret', line: 2, column: 31 },
      ],
    },
    {
      code: 'ARG AWS_SECRET_ACCESS_KEY\nFROM python:3.12-slim\nENV AUTH secret-value',
      errors: [
        { messageId: 'secret', line: 1, column: 5 },
        { messageId: 'secret', line: 3, column: 5 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nONBUILD ARG NPM_TOKEN',
      errors: [{ messageId: 'secret', line: 2, column: 13 }],
    },
    // Short forms and DSNs hold secrets too.
    {
      code: 'FROM python:3.12-slim\nENV DB_PASS=x SENTRY_DSN=https://k@o.ingest/1',
      errors: [
        { messageId: 'secret', line: 2, column: 5 },
        { messageId: 'secret', line: 2, column: 15 },
      ],
    },
  ],
});
