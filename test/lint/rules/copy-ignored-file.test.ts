import rule from '../../../src/lint/rules/copy-ignored-file.js';
import { ruleTester } from '../rule-tester.js';

const files = {
  'README.md': '# x',
  'pyproject.toml': '',
  'app/main.py': '',
  '.env': 'SECRET=1',
  'docs/a.md': '',
};

ruleTester(rule, {
  valid: [
    { code: 'FROM python:3.12-slim\nCOPY pyproject.toml README.md ./', files },
    { code: 'FROM python:3.12-slim\nCOPY . .', files, dockerignore: '.env\nREADME.md\n' },
    { code: 'FROM python:3.12-slim\nCOPY README.md ./', files, dockerignore: '*.md\n!README.md\n' },
    {
      code: 'FROM python:3.12-slim AS b\nFROM python:3.12-slim\nCOPY --from=b /README.md .',
      files,
      dockerignore: 'README.md',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY docs/*.md ./',
      files: { ...files, 'docs/b.md': '' },
      dockerignore: 'docs/a.md',
    },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCOPY pyproject.toml README.md ./',
      files,
      dockerignore: '.git\n.env\nREADME.md\n',
      errors: [{ messageId: 'ignored', line: 2, column: 21, endColumn: 30 }],
    },
    {
      code: 'FROM python:3.12-slim\nCOPY ["docs/", "/srv/docs/"]',
      files,
      dockerignore: 'docs/\n',
      errors: [{ messageId: 'ignored', line: 2, column: 7 }],
    },
    {
      code: 'FROM python:3.12-slim\nARG CFG=.env\nCOPY ./${CFG} /app/',
      files,
      dockerignore: '.env\n.env.*\n',
      errors: [{ messageId: 'ignored', line: 3, column: 6 }],
    },
    {
      code: 'FROM python:3.12-slim\nADD docs/*.md /srv/',
      files,
      dockerignore: '**/*.md',
      errors: [{ messageId: 'ignored', line: 2, column: 5 }],
    },
  ],
});
