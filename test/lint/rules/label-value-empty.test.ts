import rule from '../../../src/lint/rules/label-value-empty.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nLABEL org.opencontainers.image.version="1.0"',
    'FROM debian:12\nLABEL a=1 b="x y"',
    'FROM debian:12\nLABEL description "a small image"',
    'FROM debian:12\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nLABEL org.opencontainers.image.version=""',
      errors: [{ messageId: 'empty', line: 2, column: 7, endLine: 2, endColumn: 42 }],
    },
    {
      code: "FROM debian:12\nLABEL a=1 b= c=''",
      errors: [
        { messageId: 'empty', line: 2, column: 11 },
        { messageId: 'empty', line: 2, column: 14 },
      ],
    },
    {
      code: 'FROM debian:12\nARG REVISION=""\nLABEL org.opencontainers.image.revision=${REVISION}',
      errors: [{ messageId: 'empty', line: 3, column: 7 }],
    },
    {
      code: 'FROM debian:12\nLABEL maintainer',
      errors: [{ messageId: 'empty', line: 2, column: 7 }],
    },
  ],
});
