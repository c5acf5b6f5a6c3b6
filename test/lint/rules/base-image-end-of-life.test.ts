import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageReleases } from '../../../src/knowledge/releases.js';
import rule from '../../../src/lint/rules/base-image-end-of-life.js';
import { ruleTester } from '../rule-tester.js';

// The run date decides (src/knowledge/releases.ts); fix it so the cases do not age.
const saved = process.env.DOCKSPEC_TODAY;
beforeAll(() => {
  process.env.DOCKSPEC_TODAY = '2026-12-06';
});
afterAll(() => {
  if (saved === undefined) delete process.env.DOCKSPEC_TODAY;
  else process.env.DOCKSPEC_TODAY = saved;
});

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim',
    // A major-only tag names no release; no-latest-tag and pinning advice cover it.
    'FROM python:3',
    'FROM python:3.12-slim-bookworm AS build\nFROM build',
    'FROM nvidia/cuda:12.6.3-runtime-ubuntu24.04',
    'FROM python:3.13-alpine3.22',
  ],
  invalid: [
    {
      code: 'FROM python:3.8-slim',
      errors: [{ messageId: 'eol', line: 1, column: 6, endColumn: 21 }],
    },
    {
      // Both the Python and the Debian release in one finding.
      code: 'FROM python:3.9-slim-buster',
      errors: [{ messageId: 'eol', line: 1, column: 6 }],
    },
    {
      code: 'ARG PY=3.10\nFROM python:${PY}-slim AS base\nFROM tiangolo/uvicorn-gunicorn-fastapi:python3.7',
      errors: [
        { messageId: 'eol', line: 2, column: 6 },
        { messageId: 'eol', line: 3, column: 6 },
      ],
    },
    {
      code: 'FROM debian:bullseye-slim\nFROM ubuntu:20.04\nFROM nvidia/cuda:11.8.0-runtime-ubuntu20.04',
      errors: [
        { messageId: 'eol', line: 1, column: 6 },
        { messageId: 'eol', line: 2, column: 6 },
        { messageId: 'eol', line: 3, column: 6 },
      ],
    },
  ],
});

describe('base-image-end-of-life: the run date decides', () => {
  it('states the dates, and reports Python 3.10 only from the day after its end', async () => {
    const { lintTextSync } = await import('../../../src/lint/index.js');
    const { initShellParser } = await import('../../../src/dockerfile/index.js');
    await initShellParser();
    const at = (day: string) => {
      process.env.DOCKSPEC_TODAY = day;
      return lintTextSync('FROM python:3.10-slim', { rules: [rule] }).findings.map((f) => f.message);
    };
    expect(at('2026-10-31')).toEqual([]);
    expect(at('2026-11-01')).toEqual([
      'FROM python:3.10-slim: security support ended for Python 3.10 on 2026-10-31; move to a supported release',
    ]);
    process.env.DOCKSPEC_TODAY = '2026-12-06';
  });

  it('reads the releases a reference names', () => {
    const labels = (name: string, tag: string) => imageReleases(name, tag).map((r) => r.label);
    expect(labels('python', '3.9-slim-buster')).toEqual(['Python 3.9', 'Debian 10 (buster)']);
    expect(labels('python', '3.12.4-alpine3.18')).toEqual(['Python 3.12', 'Alpine 3.18']);
    expect(labels('debian', '10')).toEqual(['Debian 10 (buster)']);
    expect(labels('ubuntu', 'jammy')).toEqual(['Ubuntu 22.04 (jammy)']);
    expect(labels('python', '3')).toEqual([]);
    expect(labels('pypy', '3.9')).toEqual([]);
  });
});
