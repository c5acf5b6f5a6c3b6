import rule from '../../../src/lint/rules/contract-user.js';
import { ruleTester } from '../rule-tester.js';

const hf = 'target: huggingface-space\n';
const k8s = 'target: kubernetes\nimage:\n  user:\n    name: app\n    uid: 10001\n';

ruleTester(
  rule,
  {
    valid: [
      { code: 'FROM python:3.11-slim\nRUN useradd -m -u 1000 user\nUSER user', contract: hf },
      { code: 'FROM python:3.11-slim\nUSER 1000', contract: hf },
      { code: 'FROM python:3.12-slim\nUSER 10001:10001', contract: k8s },
      { code: 'FROM python:3.12-slim AS base\nUSER 10001\nFROM base', contract: k8s },
      'FROM python:3.12-slim',
    ],
    invalid: [
      {
        code: 'FROM python:3.11-slim\nCMD ["python"]',
        contract: hf,
        errors: [{ messageId: 'noUser', line: 1, column: 1 }],
      },
      {
        code: 'FROM python:3.11-slim\nRUN useradd -r appuser\nUSER appuser\nUSER root',
        contract: hf,
        errors: [{ messageId: 'root', line: 4, column: 6 }],
      },
      {
        code: 'FROM python:3.11-slim\nRUN useradd --uid 1001 -m user\nUSER user',
        contract: hf,
        errors: [{ messageId: 'uid', line: 3, column: 6, endColumn: 10 }],
      },
      {
        code: 'FROM python:3.12-slim\nRUN groupadd -r app && useradd -r -g app -u 10001 app\nUSER app',
        contract: k8s,
        errors: [{ messageId: 'numeric', line: 3, column: 6 }],
      },
      {
        code: 'FROM python:3.12-slim\nRUN useradd -r appuser\nUSER appuser',
        contract: k8s,
        errors: [{ messageId: 'name', line: 3, column: 6 }],
      },
    ],
  },
  { onbuild: false },
);
