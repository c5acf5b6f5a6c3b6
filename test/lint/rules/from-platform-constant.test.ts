import rule from '../../../src/lint/rules/from-platform-constant.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    'FROM --platform=${TARGETPLATFORM} python:3.12-slim',
    'FROM --platform=linux/arm64 alpine:3.20 AS build-arm64',
  ],
  invalid: [
    {
      code: 'FROM --platform=linux/amd64 python:3.12-slim',
      errors: [{ messageId: 'constant', line: 1, column: 6, endColumn: 28 }],
    },
    {
      code: 'FROM python:3.12 AS base\nFROM --platform=linux/arm64 base AS app',
      errors: [{ messageId: 'constant', line: 2, column: 6 }],
    },
    {
      code: 'from --platform=linux/amd64 alpine:3.20 as build\nFROM --platform=linux/arm64/v8 alpine:3.20',
      errors: [
        { messageId: 'constant', line: 1, column: 6 },
        { messageId: 'constant', line: 2, column: 6 },
      ],
    },
  ],
});
