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
        output: 'FROM debian:12\nRUN a && \\\n    b',
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
        output: 'FROM debian:12\nRUN --network=none a && \\\n    b',
      },
      {
        code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN a\nRUN b',
        errors: [{ messageId: 'merge', line: 4, column: 1 }],
        output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN a && `\n    b',
      },
      {
        code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y \\\n  curl\nRUN rm -rf /var/lib/apt/lists/*\nRUN a # why\nRUN b',
        errors: [
          { messageId: 'merge', line: 3, column: 1 },
          { messageId: 'merge', line: 5, column: 1 },
          { messageId: 'merge', line: 6, column: 1 },
          { messageId: 'merge', line: 7, column: 1 },
        ],
        output:
          'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n  curl && \\\n    rm -rf /var/lib/apt/lists/* && \\\n    a # why\nRUN b',
      },
    ],
  },
  { onbuild: false },
);
