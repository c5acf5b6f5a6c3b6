import rule from '../../../src/lint/rules/yum-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM rockylinux:9\nRUN yum module install -y nodejs:20/minimal && yum clean all',
    'FROM centos:7\nRUN yum install -y httpd-2.4.6',
    'FROM centos:7\nRUN yum install -y /tmp/pkg.rpm ./other.rpm',
    'FROM centos:7\nRUN yum install -y @development',
    'FROM centos:7\nRUN yum install -y "$PACKAGES"',
  ],
  invalid: [
    // A module names its stream to be pinned.
    {
      code: 'FROM rockylinux:9\nRUN yum module install -y nodejs && yum clean all',
      errors: [{ messageId: 'unpinned', line: 2, column: 27 }],
    },
    {
      code: 'FROM centos:7\nRUN yum install -y httpd',
      errors: [{ messageId: 'unpinned', line: 2, column: 20, endColumn: 25 }],
    },
    {
      code: 'FROM centos:7\nRUN yum install -y git-2.39.3 \\\n    tzdata',
      errors: [{ messageId: 'unpinned', line: 3, column: 5 }],
    },
    {
      code: 'FROM centos:7\nRUN yum --enablerepo epel install -y jq python3',
      errors: [
        { messageId: 'unpinned', line: 2, column: 38 },
        { messageId: 'unpinned', line: 2, column: 41 },
      ],
    },
  ],
});
