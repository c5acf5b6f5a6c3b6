import rule from '../../../src/lint/rules/apk-no-cache.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.21\nRUN --mount=type=tmpfs,target=/var/cache/apk apk add -U curl=8.12.1-r0',
    'FROM alpine:3.20\nRUN apk add --no-cache curl',
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl',
    'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*',
    'FROM alpine:3.20\nRUN apk del curl',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add curl',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 17 }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk update && \\\n    apk add --virtual .build-deps gcc musl-dev',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output:
        'FROM alpine:3.20\nRUN apk update && \\\n    apk add --no-cache --virtual .build-deps gcc musl-dev',
    },
    {
      code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk -U add tini && apk add bash',
      errors: [
        { messageId: 'missing', line: 2, column: 44 },
        { messageId: 'missing', line: 2, column: 63 },
      ],
      output:
        'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk -U add --no-cache tini && apk add --no-cache bash',
    },
  ],
});
