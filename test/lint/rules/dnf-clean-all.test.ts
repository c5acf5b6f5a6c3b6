import rule from '../../../src/lint/rules/dnf-clean-all.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM fedora:42\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd',
    'FROM fedora:42\nRUN --mount=type=tmpfs,target=/var/cache/dnf dnf install -y httpd',
    'FROM fedora:41\nRUN dnf install -y httpd && dnf clean all',
    'FROM fedora:41\nRUN dnf install -y httpd && rm -rf /var/cache/dnf/*',
    'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y httpd',
    'FROM fedora:41\nRUN dnf clean all',
  ],
  invalid: [
    // A clean before the install leaves the install's cache.
    {
      code: 'FROM fedora:41\nRUN dnf clean all && dnf install -y httpd',
      errors: [{ messageId: 'missing', line: 2, column: 22 }],
      output: 'FROM fedora:41\nRUN dnf clean all && dnf install -y httpd && dnf clean all',
    },
    // dnf's short aliases download packages too.
    {
      code: 'FROM fedora:41\nRUN dnf -y up && dnf -y rei bash',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output: 'FROM fedora:41\nRUN dnf -y up && dnf -y rei bash && dnf clean all',
    },
    // A tmpfs elsewhere keeps nothing of dnf's out of the layer.
    {
      code: 'FROM fedora:41\nRUN --mount=type=tmpfs,target=/tmp dnf install -y gcc',
      errors: [{ messageId: 'missing', line: 2, column: 36 }],
      output: 'FROM fedora:41\nRUN --mount=type=tmpfs,target=/tmp dnf install -y gcc && dnf clean all',
    },
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
