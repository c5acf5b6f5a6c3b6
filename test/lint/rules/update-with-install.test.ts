import rule from '../../../src/lint/rules/update-with-install.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    'FROM alpine:3.20\nRUN apk update && apk add curl',
    'FROM opensuse/leap:15.6\nRUN zypper refresh && zypper -n in curl',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y',
    'FROM centos:7\nRUN yum update -y',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl',
      errors: [{ messageId: 'alone', line: 2, column: 5, endColumn: 19 }],
    },
    {
      code: 'FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl',
      errors: [{ messageId: 'alone', line: 2, column: 5 }],
    },
    {
      code: 'FROM fedora:41\nRUN set -eux; \\\n    dnf makecache',
      errors: [{ messageId: 'alone', line: 3, column: 5 }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get -q update && echo done',
      errors: [{ messageId: 'alone', line: 2, column: 5 }],
    },
  ],
});
