import rule from '../../../src/lint/rules/npm-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:22-slim\nRUN npm install -g pnpm@9.12.1 @angular/cli@18.2.0',
    'FROM node:22-slim\nRUN npm ci',
    'FROM node:22-slim\nRUN npm install --omit dev',
    'FROM node:22-slim\nRUN npm install ./vendor/lib.tgz github:user/repo#v1.0.0',
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nRUN npm install -g pnpm',
      errors: [{ messageId: 'unpinned', line: 2, column: 20, endColumn: 24 }],
    },
    {
      code: 'FROM node:22-slim\nRUN npm i --prefix /app @types/node express@4.21.2',
      errors: [{ messageId: 'unpinned', line: 2, column: 25 }],
    },
    {
      code: 'FROM node:22-slim\nRUN npm install git+https://github.com/user/repo.git',
      errors: [{ messageId: 'unpinned', line: 2, column: 17 }],
    },
    {
      code: 'FROM node:22-slim\nRUN npm ci && \\\n    npm add --save-dev typescript eslint',
      errors: [
        { messageId: 'unpinned', line: 3, column: 24 },
        { messageId: 'unpinned', line: 3, column: 35 },
      ],
    },
  ],
});
