import rule from '../../../src/lint/rules/contract-healthcheck-target.js';
import { ruleTester } from '../rule-tester.js';

const hf = 'app:\n  port: 7860\n  health:\n    liveness: /healthz\n';
const probe = (url: string) =>
  `HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('${url}')"]`;

ruleTester(
  rule,
  {
    valid: [
      { code: `FROM python:3.12-slim\n${probe('http://127.0.0.1:7860/healthz')}`, contract: hf },
      {
        code: 'FROM python:3.12-slim\nHEALTHCHECK CMD curl -fsS http://localhost:8000/health || exit 1',
        contract: '',
      },
      {
        code: 'FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:${PORT}/healthz',
        contract: hf,
      },
      { code: 'FROM python:3.12-slim\nHEALTHCHECK NONE', contract: hf },
      'FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:1/x',
    ],
    invalid: [
      {
        code: `FROM python:3.12-slim\n${probe('http://127.0.0.1:8000/healthz')}`,
        contract: hf,
        errors: [{ messageId: 'port', line: 2, column: 99, endColumn: 103 }],
      },
      {
        code: 'FROM python:3.12-slim\nHEALTHCHECK --interval=30s CMD curl -f http://localhost:7860/ || exit 1',
        contract: hf,
        errors: [{ messageId: 'path', line: 2, column: 61, endColumn: 62 }],
      },
      {
        code: 'FROM python:3.12-slim AS base\nHEALTHCHECK CMD wget -qO- http://localhost/health\nFROM base',
        contract: hf,
        errors: [
          { messageId: 'port', line: 2, column: 27 },
          { messageId: 'path', line: 2, column: 43 },
        ],
      },
    ],
  },
  { onbuild: false },
);
