import rule from '../../../src/lint/rules/copy-missing-destination.js';
import { ruleTester } from '../rule-tester.js';

const from = 'FROM python:3.12-slim\n';

ruleTester(rule, {
  valid: [
    `${from}COPY requirements.txt .`,
    `${from}COPY --chown=app:app pyproject.toml uv.lock ./`,
    `${from}COPY ["app", "/app"]`,
    `${from}COPY <<EOF /app/settings.ini\n[app]\nEOF`,
  ],
  invalid: [
    {
      code: `${from}COPY requirements.txt`,
      errors: [{ messageId: 'missing', line: 2, column: 6, endColumn: 22 }],
    },
    {
      // The flags are not paths.
      code: `${from}COPY --chown=app:app --chmod=644 pyproject.toml`,
      errors: [{ messageId: 'missing', line: 2, column: 34 }],
    },
    {
      code: `${from}ADD ["app.tar.gz"]`,
      errors: [{ messageId: 'missing', line: 2, column: 6 }],
    },
  ],
});
