import rule from '../../../src/lint/rules/pipefail.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Fed only by echo: nothing in front of the pipe can fail.
    'FROM debian:12\nRUN echo "abc  /tmp/f" | sha256sum -c -',
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x | sh',
    'FROM debian:12\nRUN set -euo pipefail && curl -fsSL https://x | sh',
    'FROM debian:12\nRUN set -o pipefail; wget -O- https://x | tar xz',
    'FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-Command"]\nRUN Get-Item x | Remove-Item',
    'FROM debian:12 AS base\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nFROM base\nRUN a | b',
    'FROM debian:12\nRUN make && make install',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://x | sh',
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 25 }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n    wget -qO- https://x | tar xz',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
    },
    {
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN a | b\nRUN a | b; set -o pipefail',
      errors: [
        { messageId: 'missing', line: 3, column: 5 },
        { messageId: 'missing', line: 4, column: 5 },
      ],
    },
    {
      code: 'FROM debian:12\nRUN a | b\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
    },
  ],
});
