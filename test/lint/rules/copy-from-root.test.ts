import rule from '../../../src/lint/rules/copy-from-root.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // An export stage built FROM scratch holds only the artefacts.
    'FROM python:3.12 AS build\nRUN pip wheel -w /out .\nFROM scratch AS wheels\nCOPY --from=build /out /\nFROM python:3.12-slim\nCOPY --from=wheels / /wheels/',
    // An image this file does not show: only a copy over the whole root is reported.
    'FROM python:3.12-slim\nCOPY --from=ghcr.io/org/assets:1.2 / /srv/assets/',
    'FROM python:3.12 AS build\nFROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv',
    'FROM python:3.12-slim\nCOPY / /app/',
    'FROM python:3.12 AS build\nFROM scratch\nCOPY --from=build /app/ /app/',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/org/rootfs:1.2 "/" "/"',
      errors: [{ messageId: 'root', line: 2, column: 36 }],
    },
    {
      code: 'FROM python:3.12 AS build\nFROM scratch\nCOPY --from=build / /',
      errors: [{ messageId: 'root', line: 3, column: 19, endColumn: 20 }],
    },
    {
      code: 'FROM python:3.12 AS build\nFROM python:3.12-slim\nCOPY --from=build ["/", "/rootfs/"]',
      errors: [{ messageId: 'root', line: 3, column: 20 }],
    },
    {
      code: 'FROM python:3.12\nFROM alpine:3.20\nCOPY --from=0 /etc/hosts /. /copy/',
      errors: [{ messageId: 'root', line: 3, column: 26 }],
    },
  ],
});
