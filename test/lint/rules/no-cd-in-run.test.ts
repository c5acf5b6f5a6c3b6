import rule from '../../../src/lint/rules/no-cd-in-run.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nWORKDIR /src\nRUN make',
    'FROM debian:12\nRUN echo cd /tmp',
    'FROM debian:12\nRUN make -C /src install',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN cd /src && make',
      errors: [{ messageId: 'cd', line: 2, column: 5, endLine: 2, endColumn: 12 }],
    },
    {
      code: 'FROM debian:12\nRUN git clone https://x/y.git && \\\n    cd y && make',
      errors: [{ messageId: 'cd', line: 3, column: 5 }],
    },
    {
      code: 'FROM debian:12\nRUN cd /a; cd -P /b',
      errors: [
        { messageId: 'cd', line: 2, column: 5 },
        { messageId: 'cd', line: 2, column: 12 },
      ],
    },
  ],
});
