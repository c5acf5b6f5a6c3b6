import rule from '../../../src/lint/rules/syntax-error.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN echo hi',
    'FROM python:3.12-slim\nRUN <<EOF\necho hi\nEOF',
    '# syntax=docker/dockerfile:1\nfrom python:3.12-slim\nrun echo hi',
    // Every flag BuildKit knows, on its instruction.
    'FROM --platform=$BUILDPLATFORM python:3.12-slim AS b\nHEALTHCHECK --interval=5s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD true',
    'FROM python:3.12-slim\nCOPY --from=b --chown=1000 --chmod=755 --link --parents --exclude=*.pyc a /b/\nADD --checksum=sha256:0123 --keep-git-dir=true --unpack=false https://example.com/x.tgz /x\nRUN --mount=type=cache,target=/root/.cache --network=none --security=sandbox true',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUNN echo hi',
      errors: [{ messageId: 'problem', line: 2, column: 1, endColumn: 5 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN apt-get update &&\n    apt-get install -y curl',
      errors: [{ messageId: 'problem', line: 3, column: 5 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN <<EOF\necho hi\n',
      errors: [{ messageId: 'problem', line: 2, column: 5 }],
    },
    {
      code: 'FROM python:3.12-slim\nHEALTHCHECK --bogus=1 CMD curl -f http://localhost/',
      errors: [{ messageId: 'unknownFlag', line: 2, column: 13 }],
    },
    {
      code: 'FROM python:3.12-slim\nCOPY --frm=builder /app /app\nONBUILD RUN --netwrk=none true',
      errors: [
        { messageId: 'unknownFlag', line: 2, column: 6 },
        { messageId: 'unknownFlag', line: 3, column: 13 },
      ],
    },
    // Docker refuses a file with no instructions, empty or comments only.
    { code: '', errors: [{ messageId: 'empty', line: 1, column: 1 }] },
    {
      code: '# syntax=docker/dockerfile:1\n# nothing here\n',
      errors: [{ messageId: 'empty', line: 1, column: 1 }],
    },
  ],
});
