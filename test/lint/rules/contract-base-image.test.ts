import rule from '../../../src/lint/rules/contract-base-image.js';
import { ruleTester } from '../rule-tester.js';

const py311 = 'image:\n  base: python:3.11-slim\n';
const py312 = 'image:\n  python: "3.12"\n';

ruleTester(
  rule,
  {
    valid: [
      { code: 'FROM python:3.11-slim\nCMD ["python"]', contract: py311 },
      { code: 'FROM python:3.11.9-slim-bookworm@sha256:abc\nCMD ["python"]', contract: py311 },
      { code: 'FROM docker.io/library/python:3.11-slim AS base\nFROM base\nUSER 1000', contract: py311 },
      { code: 'ARG PY=3.11\nFROM python:3.12 AS build\nFROM python:${PY}-slim', contract: py311 },
      'FROM node:22',
      { code: 'FROM python:3.12-bookworm\nCMD ["python"]', contract: py312 },
      { code: 'FROM python:3.12.7\nCMD ["python"]', contract: py312 },
      { code: 'FROM python:3.12-slim\nCMD ["python"]', contract: '' },
    ],
    invalid: [
      // A tag with a Unicode ellipsis (a fuzzer's find: a TypeError once) is compared, not a crash.
      {
        code: 'FROM python:3.11\u2026\nCMD ["python"]',
        contract: py311,
        errors: [{ messageId: 'image', line: 1, column: 6 }],
        output: 'FROM python:3.11-slim\nCMD ["python"]',
      },
      // A tag holding a line separator (a fuzzer's find) is compared, not a crash.
      {
        code: 'FROM python:3.11\u2028x\nCMD ["python"]',
        contract: py311,
        errors: [{ messageId: 'image', line: 1, column: 6 }],
        output: 'FROM python:3.11-slim\nCMD ["python"]',
      },
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
        // No image.base: the note says what generate would use, and --fix leaves the base alone.
        code: 'ARG BASE=ubuntu:24.04\nFROM ${BASE}\nRUN apt-get update',
        contract: '',
        errors: [{ messageId: 'defaultBase', line: 2, column: 6 }],
      },
      {
        code: 'FROM node:22-slim\nCMD ["node"]',
        contract: 'service: api\n',
        errors: [{ messageId: 'defaultBase', line: 1, column: 6 }],
      },
      {
        // Only image.python is written: the version is compared, the variant is not.
        code: 'FROM python:3.11-slim\nCMD ["python"]',
        contract: py312,
        errors: [{ messageId: 'python', line: 1, column: 6, endColumn: 22 }],
      },
      {
        code: 'FROM ubuntu:24.04\nCMD ["python3"]',
        contract: py312,
        errors: [{ messageId: 'python', line: 1, column: 6 }],
      },
    ],
  },
  { onbuild: false },
);
