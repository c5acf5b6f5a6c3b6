import rule from '../../../src/lint/rules/label-key-format.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nLABEL org.opencontainers.image.source="https://x/y" maintainer=me',
    'FROM debian:12\nLABEL version 1.0',
    'FROM debian:12\nLABEL com.example.vendor-name="ACME Inc"',
    'FROM debian:12\nARG NS=com.example\nLABEL ${NS}.version=1',
  ],
  invalid: [
    {
      code: 'FROM debian:12-slim\nLABEL 2fa.enabled="true"',
      errors: [{ messageId: 'invalid', line: 2, column: 7 }],
    },
    {
      code: 'FROM debian:12\nLABEL Version=1.0',
      errors: [{ messageId: 'invalid', line: 2, column: 7, endLine: 2, endColumn: 14 }],
    },
    {
      code: 'FROM debian:12\nLABEL a=1 \\\n  "com..example"="x y" org.example.=2',
      errors: [
        { messageId: 'invalid', line: 3, column: 3 },
        { messageId: 'invalid', line: 3, column: 24 },
      ],
    },
    {
      code: 'FROM debian:12\nLABEL com.docker.compose.project=x',
      errors: [{ messageId: 'reserved', line: 2, column: 7 }],
    },
    {
      code: 'FROM debian:12\nONBUILD LABEL my_label=x',
      errors: [{ messageId: 'invalid', line: 2, column: 15 }],
    },
  ],
});
