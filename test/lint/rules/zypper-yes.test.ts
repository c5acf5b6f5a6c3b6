import rule from '../../../src/lint/rules/zypper-yes.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean',
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in --no-recommends curl',
    'FROM opensuse/leap:15.6\nRUN zypper refresh',
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper install curl',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 24 }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl',
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper --root /mnt in --from repo-oss curl',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper --root /mnt in -y --from repo-oss curl',
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper rm vim && zypper patch',
      errors: [
        { messageId: 'missing', line: 2, column: 5 },
        { messageId: 'missing', line: 2, column: 22 },
      ],
    },
  ],
});
