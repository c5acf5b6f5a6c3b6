import rule from '../../../src/lint/rules/contract-base-image.js';
import { ruleTester } from '../rule-tester.js';

const py311 = 'image:\n  base: python:3.11-slim\n';

ruleTester(
  rule,
  {
    valid: [
      { code: 'FROM python:3.11-slim\nCMD ["python"]', contract: py311 },
      { code: 'FROM python:3.11.9-slim-bookworm@sha256:abc\nCMD ["python"]', contract: py311 },
      { code: 'FROM docker.io/library/python:3.11-slim AS base\nFROM base\nUSER 1000', contract: py311 },
      { code: 'ARG PY=3.11\nFROM python:3.12 AS build\nFROM python:${PY}-slim', contract: py311 },
      'FROM node:22',
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nCMD ["python"]',
        contract: py311,
        errors: [{ messageId: 'image', line: 1, column: 6, endColumn: 22 }],
        output: 'FROM python:3.11-slim\nCMD ["python"]',
      },
      {
        code: 'FROM python:3.11 AS build\nFROM python:3.11-alpine\nCOPY --from=build /app /app',
        contract: py311,
        errors: [{ messageId: 'image', line: 2, column: 6 }],
        output: 'FROM python:3.11 AS build\nFROM python:3.11-slim\nCOPY --from=build /app /app',
      },
      {
        code: 'ARG BASE=ubuntu:24.04\nFROM ${BASE}\nRUN apt-get update',
        contract: '',
        errors: [{ messageId: 'image', line: 2, column: 6 }],
      },
    ],
  },
  { onbuild: false },
);
