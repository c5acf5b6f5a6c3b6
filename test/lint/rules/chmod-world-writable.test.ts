import rule from '../../../src/lint/rules/chmod-world-writable.js';
import { ruleTester } from '../rule-tester.js';

const from = 'FROM python:3.12-slim\n';

ruleTester(rule, {
  valid: [
    `${from}RUN chmod 755 /app && chmod 644 /app/config.toml`,
    // /tmp's mode: the sticky bit keeps others from replacing what they do not own.
    `${from}RUN chmod 1777 /tmp/cache`,
    `${from}RUN chmod +x /entrypoint.sh && chmod u+w,g+w /app/data`,
    `${from}RUN chmod +w /app/data`,
    `${from}RUN chmod "$MODE" /app`,
  ],
  invalid: [
    {
      code: `${from}RUN chmod -R 777 /app`,
      errors: [{ messageId: 'mode', line: 2, column: 14, endColumn: 17 }],
    },
    {
      code: `${from}RUN mkdir -p /app/data && chmod a+rwx /app/data`,
      errors: [{ messageId: 'mode', line: 2, column: 33 }],
    },
    {
      code: `${from}RUN chmod 0666 /app/app.db && chmod go+w /srv`,
      errors: [
        { messageId: 'mode', line: 2, column: 11 },
        { messageId: 'mode', line: 2, column: 37 },
      ],
    },
  ],
});
