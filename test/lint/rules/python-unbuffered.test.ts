import rule from '../../../src/lint/rules/python-unbuffered.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
      'FROM python:3.12-slim\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nCMD ["gunicorn", "app:app"]',
      'FROM python:3.12-slim\nCMD ["python", "-u", "worker.py"]',
      'FROM python:3.12-slim AS base\nENV PYTHONUNBUFFERED=1\nFROM base\nCMD ["python", "-m", "app"]',
      'FROM node:22-slim\nCMD ["node", "server.js"]',
      // Set after CMD: the container still gets it.
      'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app"]\nENV PYTHONUNBUFFERED=1',
      'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app"]\nENV PYTHONUNBUFFERED 1\nUSER 1000',
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app"]\nENV PYTHONUNBUFFERED=',
        errors: [{ messageId: 'unbuffered', line: 2, column: 1 }],
        output: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app"]\nENV PYTHONUNBUFFERED=',
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
        errors: [{ messageId: 'unbuffered', line: 2, column: 1, endColumn: 4 }],
        output:
          'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
      },
      {
        code: 'FROM python:3.12-slim\nARG PYTHONUNBUFFERED=1\nENTRYPOINT ["python", "-m", "app"]',
        errors: [{ messageId: 'unbuffered', line: 3, column: 1 }],
        output:
          'FROM python:3.12-slim\nARG PYTHONUNBUFFERED=1\nENV PYTHONUNBUFFERED=1\nENTRYPOINT ["python", "-m", "app"]',
      },
      {
        code: 'FROM python:3.12-slim AS build\nENV PYTHONUNBUFFERED=1\nFROM python:3.12-slim\nCMD python app.py',
        errors: [{ messageId: 'unbuffered', line: 4, column: 1 }],
        output:
          'FROM python:3.12-slim AS build\nENV PYTHONUNBUFFERED=1\nFROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCMD python app.py',
      },
    ],
  },
  { onbuild: false },
);
