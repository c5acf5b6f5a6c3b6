import rule from '../../../src/lint/rules/unchecked-cd.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Left of && or ||, or in an if/while condition, its failure is handled.
    'FROM python:3.12-slim\nRUN cd /srv && make && cd /srv/docs || exit 1',
    'FROM python:3.12-slim\nRUN if cd /opt/app; then make; fi; while cd /tmp; do break; done',
    // set -e ends the script at the failing cd.
    'FROM python:3.12-slim\nRUN set -eux; cd /srv; make',
    'FROM python:3.12-slim\nRUN set -o errexit; cd /srv; make',
    // cd .. goes back up.
    'FROM python:3.12-slim\nRUN cd /srv && make; cd ..',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN cd /srv; make install',
      errors: [{ messageId: 'unchecked', line: 2, column: 5, endColumn: 12 }],
    },
    {
      // The last link of an && chain is not tested.
      code: 'FROM python:3.12-slim\nRUN pip install . && cd /srv/app',
      errors: [{ messageId: 'unchecked', line: 2, column: 22 }],
    },
    {
      // In a subshell, across a continuation.
      code: 'FROM python:3.12-slim\nRUN (cd /srv; \\\n  make)',
      errors: [{ messageId: 'unchecked', line: 2, column: 6 }],
    },
  ],
});
