import rule from '../../../src/lint/rules/contract-secret-in-build.js';
import { ruleTester } from '../rule-tester.js';

const secrets =
  'env:\n  secrets:\n    - DATABASE_URL\n    - name: HF_TOKEN\n      source: Hugging Face Secrets\n';

ruleTester(rule, {
  valid: [
    { code: 'FROM python:3.12-slim\nENV PORT=7860 LOG_LEVEL=info', contract: secrets },
    {
      code: 'FROM python:3.12-slim\nRUN --mount=type=secret,id=hf_token,env=HF_TOKEN python download.py',
      contract: secrets,
    },
    { code: 'FROM python:3.12-slim\nENV DATABASE_URL=""', contract: secrets },
    { code: 'FROM python:3.12-slim\nARG DATABASE_URL', contract: '' },
    'FROM python:3.12-slim\nARG HF_TOKEN',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nARG HF_TOKEN\nRUN python download.py',
      contract: secrets,
      errors: [{ messageId: 'arg', line: 2, column: 5, endColumn: 13 }],
    },
    {
      code: 'FROM python:3.12-slim\nENV PORT=8000 DATABASE_URL=postgres://app:pw@db/app',
      contract: secrets,
      errors: [{ messageId: 'env', line: 2, column: 15 }],
    },
    {
      code: 'ARG HF_TOKEN\nFROM python:3.12-slim\nARG HF_TOKEN\nENV HF_TOKEN=${HF_TOKEN}',
      contract: secrets,
      errors: [
        { messageId: 'arg', line: 1, column: 5 },
        { messageId: 'arg', line: 3, column: 5 },
        { messageId: 'env', line: 4, column: 5 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nONBUILD ARG HF_TOKEN',
      contract: secrets,
      errors: [{ messageId: 'arg', line: 2, column: 13 }],
    },
  ],
});
