import rule from '../../../src/lint/rules/no-untagged-image.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim',
    'FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM python:3.12-slim AS build\nFROM build',
    'FROM scratch',
    'ARG BASE\nFROM ${BASE}',
    'FROM python:3.12-slim AS build\nFROM python:3.12-slim\nCOPY --from=build /a /a\nCOPY --from=0 /b /b',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN --mount=type=bind,from=ghcr.io/astral-sh/uv,source=/uv,target=/bin/uv uv --version',
      errors: [{ messageId: 'untagged', line: 2, column: 28, endColumn: 48 }],
    },
    { code: 'FROM python', errors: [{ messageId: 'untagged', line: 1, column: 6, endColumn: 12 }] },
    {
      code: 'FROM --platform=linux/amd64 ghcr.io/astral-sh/uv AS uv\nFROM debian:12',
      errors: [{ messageId: 'untagged', line: 1, column: 29 }],
    },
    { code: 'ARG IMAGE=python\nFROM ${IMAGE}', errors: [{ messageId: 'untagged', line: 2, column: 6 }] },
    { code: 'FROM localhost:5000/app', errors: [{ messageId: 'untagged', line: 1, column: 6 }] },
  ],
});
