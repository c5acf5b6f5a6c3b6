import rule from '../../../src/lint/rules/yum-clean-all.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum',
    'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd',
    'FROM centos:7\nRUN yum --version',
  ],
  invalid: [
    {
      code: 'FROM centos:7\nRUN yum install -y httpd',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 25 }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    },
    {
      code: 'FROM centos:7\nRUN yum -y update \\\n && yum -y install git \\\n && yum clean packages',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output:
        'FROM centos:7\nRUN yum -y update \\\n && yum -y install git \\\n && yum clean packages && yum clean all',
    },
    {
      code: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\nRUN yum install -y git && rm -rf /tmp/*',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output:
        'FROM centos:7\nRUN yum install -y httpd && yum clean all\nRUN yum install -y git && rm -rf /tmp/* && yum clean all',
    },
  ],
});
