import rule from '../../../src/lint/rules/dnf-yes.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y python3 && microdnf clean all',
    'FROM fedora:41\nRUN dnf install -y httpd && dnf clean all',
    'FROM fedora:41\nRUN dnf --assumeyes install httpd',
    'FROM fedora:41\nRUN dnf -y --setopt=install_weak_deps=False install gcc',
    'FROM fedora:41\nRUN dnf makecache',
  ],
  invalid: [
    // microdnf prompts on EL9 images.
    {
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install python3',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y python3',
    },
    {
      code: 'FROM fedora:41\nRUN dnf install httpd',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 22 }],
      output: 'FROM fedora:41\nRUN dnf install -y httpd',
    },
    {
      code: 'FROM fedora:41\nRUN set -eux; \\\n    dnf groupinstall "Development Tools"',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output: 'FROM fedora:41\nRUN set -eux; \\\n    dnf groupinstall -y "Development Tools"',
    },
    {
      code: 'FROM photon:5.0\nRUN tdnf install git && dnf --refresh install make',
      errors: [
        { messageId: 'missing', line: 2, column: 5 },
        { messageId: 'missing', line: 2, column: 25 },
      ],
    },
  ],
});
