import rule from '../../../src/lint/rules/zypper-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0',
    'FROM opensuse/leap:15.6\nRUN zypper -n in "curl>=8"',
    'FROM opensuse/leap:15.6\nRUN zypper -n in /tmp/pkg.rpm',
    'FROM opensuse/leap:15.6\nRUN zypper -n rm curl',
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
      errors: [{ messageId: 'unpinned', line: 2, column: 23, endColumn: 27 }],
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n in --from repo-oss curl=8.6.0 git',
      errors: [{ messageId: 'unpinned', line: 2, column: 45 }],
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install \\\n  vim \\\n  git',
      errors: [
        { messageId: 'unpinned', line: 3, column: 3 },
        { messageId: 'unpinned', line: 4, column: 3 },
      ],
    },
  ],
});
