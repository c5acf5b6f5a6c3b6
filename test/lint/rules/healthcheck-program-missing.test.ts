import rule from '../../../src/lint/rules/healthcheck-program-missing.js';
import { ruleTester } from '../rule-tester.js';

const hc = 'HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1';

ruleTester(
  rule,
  {
    valid: [
      `FROM python:3.12-slim\n${hc.replace('curl -f', 'python -c "import urllib.request as u; u.urlopen(\'http://localhost:8000/health\')"').replace(' || exit 1', '')}`,
      `FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n${hc}`,
      `FROM python:3.12\n${hc}`,
      `FROM python:3.12-alpine\nHEALTHCHECK CMD wget -qO- http://localhost:8000/health || exit 1`,
      `FROM mycorp/base:1\n${hc}`,
      `FROM python:3.12-slim AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\n${hc}`,
    ],
    invalid: [
      {
        code: `FROM python:3.11-slim\nEXPOSE 8000\n${hc}`,
        errors: [{ messageId: 'missing', line: 3, column: 17, endColumn: 21 }],
      },
      {
        code: 'FROM python:3.12-slim-bookworm\nHEALTHCHECK --interval=30s \\\n  CMD ["wget", "-q", "-O-", "http://localhost:8000/health"]',
        errors: [{ messageId: 'missing', line: 3, column: 8 }],
      },
      {
        code: `FROM python:3.12 AS build\nRUN apt-get update && apt-get install -y curl\nFROM python:3.12-slim\n${hc}`,
        errors: [{ messageId: 'missing', line: 4, column: 17 }],
      },
      {
        code: 'FROM gcr.io/distroless/python3-debian12\nHEALTHCHECK CMD python -c "print(1)"',
        errors: [{ messageId: 'noShell', line: 2, column: 1 }],
      },
    ],
  },
  { onbuild: false },
);
