import rule from '../../../src/lint/rules/no-latest-tag.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim',
    'FROM python:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM python',
    'FROM localhost:5000/app:1.2',
    // A stage name is not an image.
    'FROM python:3.12-slim AS latest\nFROM python:3.12-slim\nCOPY --from=latest /a /a',
  ],
  invalid: [
    {
      // Images named outside FROM are pulled the same way.
      code: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv',
      errors: [{ messageId: 'latest', line: 2, column: 13, endColumn: 40 }],
    },
    { code: 'FROM python:latest', errors: [{ messageId: 'latest', line: 1, column: 6, endColumn: 19 }] },
    {
      code: 'ARG TAG=latest\nFROM python:${TAG} AS base',
      errors: [{ messageId: 'latest', line: 2, column: 6 }],
    },
    {
      code: 'FROM python:3.12-slim AS build\nFROM gcr.io/distroless/python3:latest',
      errors: [{ messageId: 'latest', line: 2, column: 6 }],
    },
  ],
});
