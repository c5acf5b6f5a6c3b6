import rule from '../../../src/lint/rules/yum-sslverify.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM rockylinux:9\nRUN dnf install -y nginx',
    'FROM rockylinux:9\nRUN sed -i "s/sslverify=0/sslverify=1/" /etc/yum.conf',
    'FROM rockylinux:9\nRUN dnf --setopt=sslverify=1 install -y nginx',
  ],
  invalid: [
    {
      code: 'FROM rockylinux:9\nRUN yum --setopt=sslverify=0 install -y nginx',
      errors: [{ messageId: 'off', line: 2, column: 9, endLine: 2, endColumn: 29 }],
    },
    {
      code: 'FROM rockylinux:9\nRUN echo "sslverify=false" >> /etc/dnf/dnf.conf',
      errors: [{ messageId: 'off', line: 2, column: 10 }],
    },
    {
      code: "FROM rockylinux:9\nRUN dnf config-manager --save --setopt=epel.sslverify=0 && \\\n    sed -i 's/sslverify=1/sslverify=0/' /etc/yum.repos.d/x.repo",
      errors: [
        { messageId: 'off', line: 2, column: 31 },
        { messageId: 'off', line: 3, column: 12 },
      ],
    },
  ],
});
