import rule from '../../../src/lint/rules/yarn-cache-clean.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:22\nRUN --mount=type=tmpfs,target=/usr/local/share/.cache/yarn yarn install',
    'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean',
    'FROM node:22-slim\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile',
    'FROM node:22-slim\nRUN yarn build',
    'FROM node:22-slim\nRUN yarn && rm -rf /usr/local/share/.cache/yarn',
  ],
  invalid: [
    // The clean must come after the install.
    {
      code: 'FROM node:22\nRUN yarn cache clean && yarn install',
      errors: [{ messageId: 'missing', line: 2, column: 25 }],
      output: 'FROM node:22\nRUN yarn cache clean && yarn install && yarn cache clean',
    },
    {
      code: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 35 }],
      output: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean',
    },
    {
      code: 'FROM node:22-slim\nRUN yarn global add serve && \\\n    yarn',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output: 'FROM node:22-slim\nRUN yarn global add serve && \\\n    yarn && yarn cache clean',
    },
    {
      code: 'FROM node:22-slim\nRUN yarn add left-pad@1.3.0; yarn build',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      // After `;` --fix does not append: offered as a suggestion only.
      output: 'FROM node:22-slim\nRUN yarn add left-pad@1.3.0; yarn build',
      suggestion: 'FROM node:22-slim\nRUN yarn add left-pad@1.3.0; yarn build && yarn cache clean',
    },
  ],
});
