import rule from '../../../src/lint/rules/yum-yes.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    'FROM centos:7\nRUN yum --assumeyes install httpd',
    'FROM centos:7\nRUN yum -qy groupinstall "Development Tools"',
    'FROM centos:7\nRUN yum clean all',
  ],
  invalid: [
    {
      code: 'FROM centos:7\nRUN yum install httpd',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 22 }],
      output: 'FROM centos:7\nRUN yum install -y httpd',
    },
    {
      code: 'FROM centos:7\nRUN yum makecache && \\\n    yum --enablerepo=epel localinstall ./pkg.rpm',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output: 'FROM centos:7\nRUN yum makecache && \\\n    yum --enablerepo=epel localinstall -y ./pkg.rpm',
    },
    {
      code: 'FROM centos:7\nRUN yum install -q git; yum reinstall tzdata',
      errors: [
        { messageId: 'missing', line: 2, column: 5 },
        { messageId: 'missing', line: 2, column: 25 },
      ],
    },
  ],
});
