import rule from '../../../src/lint/rules/pip-no-cache-dir.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN --mount=type=tmpfs,target=/root/.cache/pip pip install flask==3.1.0',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install fastapi',
    // Exported earlier in the same RUN: pip inherits it.
    'FROM python:3.12-slim\nRUN export PIP_NO_CACHE_DIR=1 && pip install fastapi',
    'FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR=1 pip install fastapi',
    'FROM python:3.12-slim\nRUN pip download fastapi',
  ],
  invalid: [
    // A tmpfs elsewhere leaves pip's cache in the layer.
    {
      code: 'FROM python:3.12-slim\nRUN --mount=type=tmpfs,target=/tmp pip install flask==3.1.0',
      errors: [{ messageId: 'missing', line: 2, column: 36 }],
      output:
        'FROM python:3.12-slim\nRUN --mount=type=tmpfs,target=/tmp pip install --no-cache-dir flask==3.1.0',
    },
    {
      // Exported after the install: too late for it.
      code: 'FROM python:3.12-slim\nRUN pip install fastapi && export PIP_NO_CACHE_DIR=1',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir fastapi && export PIP_NO_CACHE_DIR=1',
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install -r requirements.txt',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 36 }],
      output: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt',
    },
    {
      code: 'FROM python:3.12-slim\nRUN python -m pip install --upgrade pip && pip3 install fastapi',
      errors: [
        { messageId: 'missing', line: 2, column: 5 },
        { messageId: 'missing', line: 2, column: 44 },
      ],
      output:
        'FROM python:3.12-slim\nRUN python -m pip install --no-cache-dir --upgrade pip && pip3 install --no-cache-dir fastapi',
    },
    {
      code: 'FROM python:3.12-slim\nRUN set -e; \\\n    pip install uvicorn',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
    },
  ],
});
