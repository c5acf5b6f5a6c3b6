import rule from '../../../src/lint/rules/apt-lists-cleanup.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12\nRUN apt-get update \\\n  && apt-get install -y curl \\\n  && rm -rf /var/lib/apt/lists',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN apt-get update',
  ],
  invalid: [
    {
      // An upgrade reads the lists as an install does (src/knowledge/package-managers.ts).
      code: 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y',
      errors: [{ messageId: 'missing', line: 2, column: 23 }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
      errors: [{ messageId: 'missing', line: 2, column: 23 }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n  && apt-get install -y curl \\\n  && rm -rf /tmp/*',
      errors: [{ messageId: 'missing', line: 3, column: 6 }],
      output:
        'FROM debian:12\nRUN apt-get update \\\n  && apt-get install -y curl \\\n  && rm -rf /tmp/* && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache apt-get install -y curl',
      errors: [{ messageId: 'missing', line: 2, column: 44 }],
    },
  ],
});
