import rule from '../../../src/lint/rules/signature-bypass.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl',
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl',
    'FROM rockylinux:9\nRUN dnf install -y nginx && rpm -qa',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache --allow-untrusted /tmp/x.apk',
      errors: [{ messageId: 'bypass', line: 2, column: 24, endLine: 2, endColumn: 41 }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y --force-yes curl && \\\n    apt-get -o APT::Get::AllowUnauthenticated=true install -y git',
      errors: [
        { messageId: 'bypass', line: 2, column: 24 },
        { messageId: 'bypass', line: 3, column: 16 },
      ],
    },
    {
      code: 'FROM rockylinux:9\nRUN dnf install -y --nogpgcheck x.rpm && rpm -i --nosignature y.rpm',
      errors: [
        { messageId: 'bypass', line: 2, column: 20 },
        { messageId: 'bypass', line: 2, column: 49 },
      ],
    },
    {
      code: 'FROM rockylinux:9\nRUN yum --setopt=*.gpgcheck=0 install -y x',
      errors: [{ messageId: 'bypass', line: 2, column: 9 }],
    },
  ],
});
