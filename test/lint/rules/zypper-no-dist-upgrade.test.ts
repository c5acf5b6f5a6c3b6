import rule from '../../../src/lint/rules/zypper-no-dist-upgrade.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n update',
    'FROM opensuse/leap:15.6\nRUN zypper -n patch && zypper clean',
    'FROM opensuse/leap:15.6\nRUN zypper -n in dist-upgrade-helper',
  ],
  invalid: [
    {
      code: 'FROM opensuse/tumbleweed\nRUN zypper -n dist-upgrade',
      errors: [{ messageId: 'distUpgrade', line: 2, column: 5, endColumn: 27 }],
    },
    {
      code: 'FROM opensuse/tumbleweed\nRUN zypper refresh && zypper --non-interactive dup --allow-vendor-change',
      errors: [{ messageId: 'distUpgrade', line: 2, column: 23 }],
    },
    {
      code: 'FROM opensuse/tumbleweed\nRUN zypper -n ref \\\n && zypper --root /mnt -n dup',
      errors: [{ messageId: 'distUpgrade', line: 3, column: 5 }],
    },
  ],
});
