import rule from '../../../src/lint/rules/git-ssl-verify.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN git clone https://x/y.git',
    'FROM debian:12\nRUN git config --global http.sslVerify true',
    'FROM debian:12\nRUN git config --global http.sslCAInfo /etc/ssl/certs/corp.pem',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN git config --global http.sslVerify false',
      errors: [{ messageId: 'off', line: 2, column: 25, endLine: 2, endColumn: 39 }],
    },
    {
      code: 'FROM debian:12\nRUN git -c http.sslVerify=false clone https://x/y.git',
      errors: [{ messageId: 'off', line: 2, column: 12 }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n    git config --system http.https://git.corp.example.sslverify 0',
      errors: [{ messageId: 'off', line: 3, column: 25 }],
    },
  ],
});
