import rule from '../../../src/lint/rules/apk-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1',
    'FROM alpine:3.20\nRUN apk add --no-cache "curl~8.9" "git>2.40"',
    'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps /tmp/pkg.apk',
    'FROM alpine:3.20\nRUN apk del curl',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
      errors: [{ messageId: 'unpinned', line: 2, column: 24, endColumn: 28 }],
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 musl-dev',
      errors: [{ messageId: 'unpinned', line: 2, column: 72 }],
    },
    {
      code: 'FROM alpine:3.20\nRUN apk update && \\\n    apk add tini bash',
      errors: [
        { messageId: 'unpinned', line: 3, column: 13 },
        { messageId: 'unpinned', line: 3, column: 18 },
      ],
    },
  ],
});
