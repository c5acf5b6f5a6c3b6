import rule from '../../../src/lint/rules/pip-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir libs/shared services/api',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir --root-user-action ignore poetry==1.8.5',
    'FROM python:3.12-slim\nRUN pipx install black==24.10.0 && pipx inject black click==8.1.7',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir fastapi==0.115.0 "uvicorn[standard]>=0.30,<1"',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -c constraints.txt fastapi uvicorn',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir . ./libs/shared -e ./plugins/auth',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir --upgrade pip setuptools wheel',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir --no-binary :all: --upgrade-strategy eager psycopg==3.2.3',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir git+https://github.com/org/repo@v1.2 /tmp/pkg-1.0-py3-none-any.whl',
  ],
  invalid: [
    // pipx installs applications from PyPI like pip.
    {
      code: 'FROM python:3.12-slim\nRUN pipx install --python python3.12 black && pipx inject black click',
      errors: [
        { messageId: 'unpinned', line: 2, column: 38 },
        { messageId: 'unpinned', line: 2, column: 65 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir fastapi',
      errors: [{ messageId: 'unpinned', line: 2, column: 32, endColumn: 39 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir git+ssh://git@github.com/org/repo.git',
      errors: [{ messageId: 'unpinned', line: 2, column: 32 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN python -m pip install --no-cache-dir -r requirements.txt gunicorn',
      errors: [{ messageId: 'unpinned', line: 2, column: 62 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache \\\n    uv pip install --system "uvicorn[standard]" && pip3 install poetry',
      errors: [
        { messageId: 'unpinned', line: 3, column: 29 },
        { messageId: 'unpinned', line: 3, column: 65 },
      ],
    },
  ],
});
