import rule from '../../../src/lint/rules/pragma-unknown-rule.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl',
    'FROM debian:12\n# dockspec-ignore=apt-get-pin-versions,DS2001 the base answers prompts\nRUN apt-get install curl',
    // ShellCheck ids in hadolint pragmas: dockspec runs no ShellCheck, nothing to say.
    'FROM debian:12\n# hadolint ignore=SC2086,DL3008\nRUN apt-get install -y $PKGS',
    '# hadolint global ignore=DL3059\nFROM debian:12',
    'FROM debian:12\n# a comment that mentions hadolint ignore=DL9999 mid-sentence\nRUN true',
  ],
  invalid: [
    {
      code: 'FROM debian:12\n# dockspec-ignore=pip-no-cache-dr\nRUN pip install flask==3.0.0',
      errors: [{ messageId: 'unknown', line: 2, column: 1 }],
    },
    {
      code: '# hadolint global ignore=DS2O01\nFROM debian:12\n# hadolint ignore=DS2O01\nRUN true',
      // Once per id and file.
      errors: [{ messageId: 'unknown', line: 1, column: 1 }],
    },
    {
      code: 'FROM debian:12\n# hadolint ignore=DL3031,DL3008\nLABEL version=1',
      errors: [{ messageId: 'foreign', line: 2, column: 1 }],
    },
  ],
});
