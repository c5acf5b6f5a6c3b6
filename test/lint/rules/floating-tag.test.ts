import rule from '../../../src/lint/rules/floating-tag.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim',
    'FROM python:3.12.7-slim-bookworm',
    'FROM python:3@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM ubuntu:24.04',
    'FROM nvidia/cuda:12.6.3-runtime-ubuntu24.04',
    // latest and untagged have their own rules.
    'FROM python:latest',
    'FROM python',
    'FROM python:3.12-slim AS build\nFROM build\nCOPY --from=build /app /app',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install x',
    'ARG BASE\nFROM ${BASE}',
    'FROM scratch',
  ],
  invalid: [
    {
      code: 'FROM python:3-slim',
      errors: [{ messageId: 'floating', line: 1, column: 6, endColumn: 19 }],
    },
    {
      code: 'FROM python:bookworm\nFROM node:lts-slim AS web',
      errors: [
        { messageId: 'floating', line: 1, column: 6 },
        { messageId: 'floating', line: 2, column: 6 },
      ],
    },
    {
      // Images named outside FROM are pulled the same way.
      code: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0 /uv /bin/uv\nRUN --mount=from=node:20,source=/usr/local/bin/node,target=/n true',
      errors: [
        { messageId: 'floating', line: 2, column: 13 },
        { messageId: 'floating', line: 3, column: 18, endColumn: 25 },
      ],
    },
  ],
});
