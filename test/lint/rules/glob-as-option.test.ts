import rule from '../../../src/lint/rules/glob-as-option.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN pip install ./*.whl && rm -f ./*.tmp',
    // After --, nothing is read as an option.
    'FROM python:3.12-slim\nRUN rm -f -- *.tmp ?.log',
    // echo and printf print, they take no options from the glob.
    'FROM python:3.12-slim\nRUN echo *.whl',
    // A glob that does not start the word: /tmp/* never starts with a dash.
    'FROM python:3.12-slim\nRUN rm -rf /tmp/* /var/lib/apt/lists/*',
    "FROM python:3.12-slim\nRUN find . -name '*.pyc' -delete",
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN pip install *.whl',
      errors: [{ messageId: 'option', line: 2, column: 17, endColumn: 18 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN tar czf /tmp/static.tgz * && chmod +x ?-entrypoint.sh',
      errors: [
        { messageId: 'option', line: 2, column: 29 },
        { messageId: 'option', line: 2, column: 43 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nRUN find . \\\n    -name *.pyc -delete',
      errors: [{ messageId: 'option', line: 3, column: 11 }],
    },
  ],
});
