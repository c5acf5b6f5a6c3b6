import rule from '../../../src/lint/rules/npm-strict-ssl.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:22-slim\nRUN npm config set strict-ssl true',
    'FROM node:22-slim\nRUN npm config set cafile /etc/ssl/certs/corp.pem && npm ci',
    'FROM node:22-slim\nRUN npm install --strict-ssl=true x',
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nRUN npm config set strict-ssl false',
      errors: [{ messageId: 'off', line: 2, column: 20, endLine: 2, endColumn: 30 }],
    },
    {
      code: 'FROM node:22-slim\nRUN yarn config set strict-ssl false && yarn install',
      errors: [{ messageId: 'off', line: 2, column: 21 }],
    },
    {
      code: 'FROM node:22-slim\nRUN npm ci --strict-ssl=false && \\\n    npm config set strict-ssl=false',
      errors: [
        { messageId: 'off', line: 2, column: 12 },
        { messageId: 'off', line: 3, column: 20 },
      ],
    },
  ],
});
