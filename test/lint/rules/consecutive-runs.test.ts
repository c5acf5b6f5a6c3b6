import rule from '../../../src/lint/rules/consecutive-runs.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM debian:12\nRUN a\nWORKDIR /x\nRUN b',
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN pip install x',
      'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache pip install x\nRUN python -m compileall .',
      'FROM debian:12\nRUN a\nFROM debian:12\nRUN b',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN a\nRUN b',
        errors: [{ messageId: 'merge', line: 3, column: 1, endLine: 3, endColumn: 4 }],
      },
      {
        code: 'FROM debian:12\nRUN a\n# why\nRUN ["b"]\nRUN c',
        errors: [
          { messageId: 'merge', line: 4, column: 1 },
          { messageId: 'merge', line: 5, column: 1 },
        ],
      },
      {
        code: 'FROM debian:12\nRUN --network=none a\nrun --network=none b',
        errors: [{ messageId: 'merge', line: 3, column: 1 }],
      },
    ],
  },
  { onbuild: false },
);
