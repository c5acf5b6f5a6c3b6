import rule from '../../../src/lint/rules/wget-progress.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN wget --progress=dot:giga https://x/a.tgz',
    'FROM debian:12\nRUN wget -qO- https://x/a | sh',
    'FROM debian:12\nRUN wget -nv https://x/a.tgz',
    'FROM debian:12\nRUN wget -o /tmp/log https://x/a.tgz',
    'FROM debian:12\nRUN wget --quiet https://x/a.tgz',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget https://x/a.tgz',
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga https://x/a.tgz',
    },
    {
      code: 'FROM debian:12\nRUN wget -O /a.tgz https://x/a.tgz && tar xzf /a.tgz',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga -O /a.tgz https://x/a.tgz && tar xzf /a.tgz',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n    /usr/bin/wget -c https://x/a.tgz',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output:
        'FROM debian:12\nRUN apt-get update && \\\n    /usr/bin/wget --progress=dot:giga -c https://x/a.tgz',
    },
  ],
});
