import rule from '../../../src/lint/rules/zypper-clean.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean --all',
    'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc -a',
    'FROM opensuse/leap:15.6\nRUN zypper -n in curl && rm -rf /var/cache/zypp/*',
    // A cache mount keeps the cache out of the layer.
    'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl',
    'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl',
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 27 }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean --all',
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper refresh \\\n && zypper --non-interactive up',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output:
        'FROM opensuse/leap:15.6\nRUN zypper refresh \\\n && zypper --non-interactive up && zypper clean --all',
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper --root /target -n in curl; rm -rf /tmp/x',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      // After `;` --fix does not append: offered as a suggestion only.
      output: 'FROM opensuse/leap:15.6\nRUN zypper --root /target -n in curl; rm -rf /tmp/x',
      suggestion:
        'FROM opensuse/leap:15.6\nRUN zypper --root /target -n in curl; rm -rf /tmp/x && zypper clean --all',
    },
  ],
});
