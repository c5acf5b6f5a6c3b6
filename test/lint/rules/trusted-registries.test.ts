import rule from '../../../src/lint/rules/trusted-registries.js';
import { ruleTester } from '../rule-tester.js';

const config = { trustedRegistries: ['docker.io', '*.example.com'] };

ruleTester(rule, {
  valid: [
    {
      code: 'FROM python:3.12 AS build\nFROM python:3.12-slim\nCOPY --from=build /app /app\nRUN --mount=from=build,target=/w ls /w',
      config,
    },
    'FROM ghcr.io/org/app:1.0',
    { code: 'FROM python:3.12-slim', config },
    { code: 'FROM registry.example.com/base/python:3.12', config },
    { code: 'FROM python:3.12 AS build\nFROM build', config },
    { code: 'FROM scratch', config: { trustedRegistries: ['ghcr.io'] } },
  ],
  invalid: [
    // Images named outside FROM are pulls too.
    {
      code: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/uv\nRUN --mount=type=bind,from=quay.io/org/tools:1,target=/t /t/run',
      config,
      errors: [
        { messageId: 'untrusted', line: 2, column: 13 },
        { messageId: 'untrusted', line: 3, column: 28 },
      ],
    },
    {
      code: 'FROM ghcr.io/org/app:1.0',
      config,
      errors: [{ messageId: 'untrusted', line: 1, column: 6, endColumn: 25 }],
    },
    {
      code: 'FROM python:3.12-slim',
      config: { trustedRegistries: ['ghcr.io'] },
      errors: [{ messageId: 'untrusted', line: 1, column: 6 }],
    },
    {
      code: 'ARG REG=quay.io\nFROM python:3.12 AS build\nFROM ${REG}/org/app:2',
      config,
      errors: [{ messageId: 'untrusted', line: 3, column: 6 }],
    },
    {
      code: 'FROM example.com/app:1',
      config,
      errors: [{ messageId: 'untrusted', line: 1, column: 6 }],
    },
  ],
});
