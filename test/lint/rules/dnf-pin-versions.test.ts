import rule from '../../../src/lint/rules/dnf-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM rockylinux:9\nRUN dnf module install -y nodejs:20/minimal && dnf clean all',
    'FROM fedora:41\nRUN dnf install -y httpd-2.4.62',
    'FROM fedora:41\nRUN dnf install -y ./pkg.rpm',
    'FROM fedora:41\nRUN dnf install -y @nodejs:20',
    'FROM fedora:41\nRUN dnf remove -y httpd',
  ],
  invalid: [
    // A module names its stream to be pinned.
    {
      code: 'FROM rockylinux:9\nRUN dnf module install -y nodejs && dnf clean all',
      errors: [{ messageId: 'unpinned', line: 2, column: 27 }],
    },
    {
      code: 'FROM fedora:41\nRUN dnf install -y httpd',
      errors: [{ messageId: 'unpinned', line: 2, column: 20, endColumn: 25 }],
    },
    {
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y python3-3.9.18 shadow-utils',
      errors: [{ messageId: 'unpinned', line: 2, column: 40 }],
    },
    {
      code: 'FROM fedora:41\nRUN dnf -y \\\n    install gcc make',
      errors: [
        { messageId: 'unpinned', line: 3, column: 13 },
        { messageId: 'unpinned', line: 3, column: 17 },
      ],
    },
  ],
});
