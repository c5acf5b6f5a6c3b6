import rule from '../../../src/lint/rules/redundant-target-platform.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    'FROM --platform=linux/amd64 python:3.12-slim',
  ],
  invalid: [
    {
      code: 'FROM --platform=$TARGETPLATFORM python:3.12-slim',
      errors: [{ messageId: 'redundant', line: 1, column: 6, endColumn: 32 }],
      output: 'FROM python:3.12-slim',
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM --platform=${TARGETPLATFORM} alpine:3.20 AS app',
      errors: [{ messageId: 'redundant', line: 2, column: 6 }],
      output: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS app',
    },
    {
      code: 'FROM --platform=$TARGETPLATFORM   alpine:3.20\nRUN echo hi',
      errors: [{ messageId: 'redundant', line: 1, column: 6 }],
      output: 'FROM alpine:3.20\nRUN echo hi',
    },
  ],
});
