import rule from '../../../src/lint/rules/dockerignore-secrets.js';
import { ruleTester } from '../rule-tester.js';

const good = '.git\n.env\n*.pem\n*.key\nid_rsa\n';

ruleTester(rule, {
  valid: [
    { code: 'FROM python:3.12-slim\nCOPY . .', dockerignore: good, files: { 'app.py': '', '.env': 'X=1' } },
    { code: 'FROM python:3.12-slim\nCOPY . .', dockerignore: '*\n!app/\n!requirements.txt\n' },
    { code: 'FROM python:3.12-slim\nCOPY app/ ./app/\nCOPY requirements.txt .', files: { '.env': 'X=1' } },
    { code: 'FROM python:3.12-slim\nCOPY . .', dockerignore: `${good}`, files: { '.env.example': 'X=' } },
    // .env and .git excluded and no key file exists: *.pem / *.key patterns are not demanded.
    {
      code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .',
      dockerignore: '.git\n.env*\n',
      files: { 'requirements.txt': '', 'app.py': '' },
    },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCOPY . .',
      dockerignore: '__pycache__\n',
      errors: [{ messageId: 'missing', line: 2, column: 6, endColumn: 7 }],
    },
    {
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY ./ /app/',
      files: { 'app.py': '', '.env': 'OPENAI_API_KEY=sk-1', 'certs/tls.key': '' },
      errors: [{ messageId: 'exposed', line: 3, column: 6 }],
    },
    {
      // A .dockerignore with .env and .git, but a key file the context really holds.
      code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .',
      dockerignore: '.git\n.env*\n',
      files: { 'requirements.txt': '', 'deploy/server.pem': '' },
      errors: [{ messageId: 'exposed', line: 4, column: 6 }],
    },
    {
      code: 'FROM python:3.12-slim\nONBUILD COPY . /app',
      files: { 'main.py': '' },
      errors: [{ messageId: 'noIgnore', line: 2, column: 14 }],
    },
  ],
});
