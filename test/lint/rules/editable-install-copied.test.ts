import rule from '../../../src/lint/rules/editable-install-copied.js';
import { ruleTester } from '../rule-tester.js';

const runtime = 'FROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv\n';

ruleTester(
  rule,
  {
    valid: [
      `FROM python:3.12 AS build\nWORKDIR /src\nCOPY . .\nRUN python -m venv /opt/venv && /opt/venv/bin/pip install .\n${runtime}`,
      `FROM python:3.12 AS build\nWORKDIR /app\nCOPY . .\nRUN uv sync --frozen --no-editable\n${runtime}`,
      `FROM python:3.12 AS build\nWORKDIR /app\nCOPY . .\nRUN pip install -e .\n${runtime}WORKDIR /app\nCOPY . .`,
      'FROM python:3.12 AS build\nWORKDIR /app\nRUN pip install -e .\nFROM build AS test\nRUN pytest',
      `FROM python:3.12 AS build\nRUN pip install -e .\nFROM python:3.12-slim\nCOPY --from=build /app/dist /dist`,
    ],
    invalid: [
      {
        code: `FROM python:3.12 AS build\nWORKDIR /src\nCOPY . .\nRUN /opt/venv/bin/pip install -e .\n${runtime}`,
        errors: [{ messageId: 'editable', line: 4, column: 31, endColumn: 33 }],
      },
      {
        code: 'FROM python:3.12 AS build\nWORKDIR /app\nCOPY . .\nRUN uv sync --frozen\nFROM python:3.12-slim\nWORKDIR /srv\nCOPY --from=build /app/.venv /srv/.venv\nCOPY . .',
        errors: [{ messageId: 'editable', line: 4, column: 8 }],
      },
      {
        code: 'FROM python:3.12 AS build\nWORKDIR /app\nCOPY . .\nRUN pip install --user --editable .\nFROM python:3.12-slim\nCOPY --from=build /root/.local /root/.local',
        errors: [{ messageId: 'editable', line: 4, column: 24 }],
      },
      {
        code: 'FROM python:3.12 AS build\nWORKDIR /app\nCOPY . .\nRUN poetry install\nFROM python:3.12-slim\nCOPY --from=0 /app/.venv /venv',
        errors: [{ messageId: 'editable', line: 4, column: 12 }],
      },
    ],
  },
  { onbuild: false },
);
