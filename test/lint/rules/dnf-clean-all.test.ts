import rule from '../../../src/lint/rules/dnf-clean-all.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM fedora:41\nRUN dnf install -y httpd && dnf clean all',
    'FROM fedora:41\nRUN dnf install -y httpd && rm -rf /var/cache/dnf/*',
    'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y httpd',
    'FROM fedora:41\nRUN dnf clean all',
  ],
  invalid: [
    {
      code: 'FROM fedora:41\nRUN dnf install -y httpd',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 25 }],
      output: 'FROM fedora:41\nRUN dnf install -y httpd && dnf clean all',
    },
    {
      code: 'FROM fedora:41\nRUN dnf -y upgrade && \\\n    dnf -y install gcc && \\\n    dnf clean metadata',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output:
        'FROM fedora:41\nRUN dnf -y upgrade && \\\n    dnf -y install gcc && \\\n    dnf clean metadata && dnf clean all',
    },
    {
      code: 'FROM fedora:41\nRUN --mount=type=cache,target=/root/.cache dnf install -y gcc',
      errors: [{ messageId: 'missing', line: 2, column: 44 }],
      output:
        'FROM fedora:41\nRUN --mount=type=cache,target=/root/.cache dnf install -y gcc && dnf clean all',
    },
  ],
});
