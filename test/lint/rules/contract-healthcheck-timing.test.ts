import rule from '../../../src/lint/rules/contract-healthcheck-timing.js';
import { ruleTester } from '../rule-tester.js';

const probe = 'CMD ["python", "/healthcheck.py"]';
const full = `--interval=30s --timeout=5s --start-period=10s --retries=3 ${probe}`;

ruleTester(
  rule,
  {
    valid: [
      { code: `FROM python:3.12-slim\nHEALTHCHECK ${full}`, contract: '' },
      {
        code: `FROM python:3.12-slim\nHEALTHCHECK --interval=0.5m --timeout=5000ms --start-period=10s ${probe}`,
        contract: '',
      },
      { code: 'FROM python:3.12-slim\nHEALTHCHECK NONE', contract: '' },
      {
        code: `FROM python:3.12-slim\nHEALTHCHECK --interval=1m --timeout=3s --start-period=1m30s --retries=5 ${probe}`,
        contract: 'healthcheck:\n  interval: 1m\n  timeout: 3s\n  startPeriod: 90s\n  retries: 5\n',
      },
      `FROM python:3.12-slim\nHEALTHCHECK --interval=5s ${probe}`,
    ],
    invalid: [
      {
        code: `FROM python:3.12-slim\nHEALTHCHECK --interval=10s --timeout=5s --start-period=10s ${probe}`,
        contract: '',
        errors: [{ messageId: 'differs', line: 2, column: 13, endColumn: 27 }],
        output: `FROM python:3.12-slim\nHEALTHCHECK --interval=30s --timeout=5s --start-period=10s ${probe}`,
      },
      {
        code: `FROM python:3.12-slim\nHEALTHCHECK ${probe}`,
        contract: '',
        errors: [{ messageId: 'missing', line: 2, column: 1, endColumn: 12 }],
        output: `FROM python:3.12-slim\nHEALTHCHECK --timeout=5s --start-period=10s ${probe}`,
      },
      {
        code: `FROM python:3.12-slim AS base\nHEALTHCHECK ${full.replace('--retries=3', '--retries=10')}\nFROM base`,
        contract: '',
        errors: [{ messageId: 'differs', line: 2, column: 60 }],
        output: `FROM python:3.12-slim AS base\nHEALTHCHECK ${full}\nFROM base`,
      },
    ],
  },
  { onbuild: false },
);
