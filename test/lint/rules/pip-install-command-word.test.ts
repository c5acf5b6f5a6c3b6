import rule from '../../../src/lint/rules/pip-install-command-word.js';
import { ruleTester } from '../rule-tester.js';

const from = 'FROM python:3.12-slim\n';

ruleTester(rule, {
  valid: [
    `${from}RUN pip install --upgrade pip`,
    `${from}RUN pip install -U pip setuptools`,
    `${from}RUN pip install -r requirements.txt`,
    // A package whose name merely contains the word.
    `${from}RUN pip install upgrade-checker==1.0`,
    `${from}RUN pip install "$PKG"`,
  ],
  invalid: [
    {
      code: `${from}RUN pip install upgrade pip`,
      errors: [{ messageId: 'word', line: 2, column: 17, endColumn: 24 }],
    },
    {
      code: `${from}RUN python -m pip install update && pip3 install install fastapi`,
      errors: [
        { messageId: 'word', line: 2, column: 27 },
        { messageId: 'word', line: 2, column: 50 },
      ],
    },
    {
      code: `${from}RUN uv pip install --system requirements`,
      errors: [{ messageId: 'word', line: 2, column: 29 }],
    },
  ],
});
