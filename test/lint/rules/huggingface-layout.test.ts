import rule from '../../../src/lint/rules/huggingface-layout.js';
import { ruleTester } from '../rule-tester.js';

const hf = 'target: huggingface-space\n';
const user = 'FROM python:3.12-slim\nRUN useradd -m -u 1000 user\nUSER user\nENV HOME=/home/user\n';

ruleTester(
  rule,
  {
    valid: [
      { code: `${user}WORKDIR $HOME/app\nCOPY --chown=user . $HOME/app`, contract: hf },
      {
        code: `${user}WORKDIR /home/user/app\nCOPY --chown=1000:1000 requirements.txt .\nCOPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv`,
        contract: hf,
      },
      { code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .', contract: '' },
      { code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .', contract: 'target: kubernetes\n' },
      'FROM python:3.12-slim\nWORKDIR /app',
    ],
    invalid: [
      {
        code: `${user}WORKDIR /app\nCOPY --chown=user . .`,
        contract: hf,
        errors: [{ messageId: 'workdir', line: 5, column: 9, endColumn: 13 }],
      },
      {
        code: `${user}WORKDIR $HOME/app\nCOPY . .`,
        contract: hf,
        errors: [{ messageId: 'chown', line: 6, column: 1, endColumn: 5 }],
        output: `${user}WORKDIR $HOME/app\nCOPY --chown=1000 . .`,
      },
      {
        code: 'FROM python:3.12-slim\nCOPY app.py /home/user/app/app.py\nCMD ["python", "/home/user/app/app.py"]',
        contract: hf,
        errors: [
          { messageId: 'workdir', line: 1, column: 1 },
          { messageId: 'chown', line: 2, column: 1 },
        ],
      },
    ],
  },
  { onbuild: false },
);
