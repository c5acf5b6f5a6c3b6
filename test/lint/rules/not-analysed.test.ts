import { describe, expect, it } from 'vitest';
import { MAX_PROPERTY_WORDS, MAX_SHELL_NESTING, MAX_SHELL_TEXT } from '../../../src/dockerfile/index.js';
import rule from '../../../src/lint/rules/not-analysed.js';
import { lintWith } from '../harness.js';
import { ruleTester } from '../rule-tester.js';

const nest = (n: number) => `${'( '.repeat(n)}pip install flask${' )'.repeat(n)}`;
// One RUN of a little more than half the shell budget: the first fits, the second does not.
const half = `echo ${'a'.repeat(MAX_SHELL_TEXT / 2 + 16)}`;

ruleTester(rule, {
  valid: [
    `FROM python:3.12-slim\nRUN ${nest(MAX_SHELL_NESTING)}`,
    `FROM python:3.12-slim\nRUN ${half}`,
    'FROM python:3.12-slim\nARG A=x\nARG B=$A$A\nENV C=${B:-${A:-y}}\nRUN echo $C',
    // A value only known at build time is unknown, not a limit.
    'FROM python:3.12-slim\nARG VERSION\nENV V=${VERSION}-slim',
    `FROM python:3.12-slim\nLABEL ${Array.from({ length: MAX_PROPERTY_WORDS }, (_, i) => `k${i}=v`).join(' ')}`,
  ],
  invalid: [
    {
      code: `FROM python:3.12-slim\nRUN ${nest(MAX_SHELL_NESTING + 1)}`,
      errors: [{ messageId: 'limit', line: 2, column: 5 + 2 * MAX_SHELL_NESTING }],
    },
    {
      code: `FROM python:3.12-slim\nRUN ${half}\nRUN ${half}\nCMD ${half}\nRUN pip install flask`,
      errors: [{ messageId: 'limit', line: 3, column: 1 }],
    },
    {
      code: `FROM python:3.12-slim\nARG X=${'${A:-'.repeat(40)}x${'}'.repeat(40)}\nRUN echo $X`,
      errors: [{ messageId: 'limit', line: 2, column: 1 }],
    },
    {
      // An ENV of thousands of words (a megabyte of them took over a second to read as variables).
      code: `FROM python:3.12-slim\nENV FLASK_APP=app.py ${'( '.repeat(MAX_PROPERTY_WORDS)}\nENV PORT=8000`,
      errors: [{ messageId: 'limit', line: 2, column: 1 }],
    },
    {
      // Doubling: A20 would be ten megabytes; the expansion stops at the budget, once.
      code: `FROM python:3.12-slim\nARG A0=${'x'.repeat(64)}\n${Array.from({ length: 20 }, (_, i) => `ARG A${i + 1}=\${A${i}}\${A${i}}`).join('\n')}`,
      errors: [{ messageId: 'limit', line: 14, column: 1 }],
    },
  ],
});

describe('not-analysed messages', () => {
  it('say what was left out and how much', () => {
    const text = `FROM python:3.12-slim\nRUN ${half}\nRUN ${half}\nCMD ${half}\nRUN apt-get install curl`;
    const findings = lintWith(rule, text).findings;
    expect(findings.map((f) => f.message)).toEqual([
      'the shell commands pass 64 KB in all: this one and the 2 after it are not analysed; the other rules say nothing about it',
    ]);
  });
});
