import rule from '../../../src/lint/rules/invalid-default-arg-in-from.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'ARG TAG=3.12-slim\nFROM python:${TAG}',
    'ARG IMAGE=python:3.12\nFROM $IMAGE',
    'ARG TAG\nFROM python:${TAG:-3.12}',
    'FROM --platform=$BUILDPLATFORM python:3.12 AS build\nARG VARIANT\nFROM build',
    'ARG BASE=build\nFROM python:3.12 AS build\nFROM ${BASE}',
  ],
  invalid: [
    {
      code: 'ARG TAG\nFROM python:${TAG}',
      errors: [{ messageId: 'invalid', line: 2, column: 6, endColumn: 19 }],
    },
    {
      code: 'ARG IMAGE\nFROM $IMAGE AS base',
      errors: [{ messageId: 'invalid', line: 2, column: 6 }],
    },
    {
      code: 'ARG REG=\nARG NAME=Python\nFROM ${REG}/${NAME}:3',
      errors: [{ messageId: 'invalid', line: 3, column: 6 }],
    },
  ],
});
