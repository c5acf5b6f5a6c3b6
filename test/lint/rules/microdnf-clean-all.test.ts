import rule from '../../../src/lint/rules/microdnf-clean-all.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y python3 && microdnf clean all',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y python3 && rm -rf /var/cache/yum',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN --mount=type=cache,target=/var/cache/yum microdnf install -y python3',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN dnf install -y python3',
  ],
  invalid: [
    {
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y python3',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 32 }],
      output:
        'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y python3 && microdnf clean all',
    },
    {
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf update -y \\\n && microdnf install -y shadow-utils',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output:
        'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf update -y \\\n && microdnf install -y shadow-utils && microdnf clean all',
    },
    {
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN <<EOF\nmicrodnf install -y python3\nEOF',
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
  ],
});
