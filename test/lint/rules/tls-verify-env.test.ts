import rule from '../../../src/lint/rules/tls-verify-env.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nENV PYTHONHTTPSVERIFY=1 NODE_TLS_REJECT_UNAUTHORIZED=1',
    'FROM node:22-slim\nENV NPM_CONFIG_STRICT_SSL=true',
    'FROM python:3.12-slim\nRUN FOO=0 make',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nENV PYTHONHTTPSVERIFY=0',
      errors: [{ messageId: 'off', line: 2, column: 5, endLine: 2, endColumn: 24 }],
    },
    {
      code: 'FROM node:22-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=0 \\\n    npm_config_strict_ssl=false',
      errors: [
        { messageId: 'off', line: 2, column: 5 },
        { messageId: 'off', line: 3, column: 5 },
      ],
    },
    {
      code: 'FROM debian:12\nRUN GIT_SSL_NO_VERIFY=1 git clone https://x/y.git',
      errors: [{ messageId: 'off', line: 2, column: 5 }],
    },
    {
      code: 'FROM debian:12\nRUN export GIT_SSL_NO_VERIFY=true && git clone https://x/y.git',
      errors: [{ messageId: 'off', line: 2, column: 12 }],
    },
    {
      code: 'FROM debian:12\nARG GIT_SSL_NO_VERIFY=1',
      errors: [{ messageId: 'off', line: 2, column: 5 }],
    },
  ],
});
