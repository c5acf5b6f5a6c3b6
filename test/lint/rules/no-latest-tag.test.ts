import rule from '../../../src/lint/rules/no-latest-tag.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim',
    'FROM python:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM python',
    'FROM localhost:5000/app:1.2',
  ],
  invalid: [
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
