import rule from '../../../src/lint/rules/add-extracts-archives.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM debian:12\nADD app.tar.gz /opt/',
      'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -tzf /tmp/app.tar.gz',
      'FROM debian:12\nRUN curl -fsSLO https://x/app.tar.gz && tar xzf app.tar.gz',
      'FROM debian:12\nCOPY app.zip /tmp/\nRUN tar xf /tmp/other.tar',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt',
        errors: [{ messageId: 'extract', line: 3, column: 5, endLine: 3, endColumn: 37 }],
      },
      {
        code: 'FROM debian:12\nCOPY dist/bundle.tgz ./\nRUN tar xzf bundle.tgz && rm bundle.tgz',
        errors: [{ messageId: 'extract', line: 3, column: 5 }],
      },
      {
        code: 'FROM debian:12\nCOPY ["data.tar.xz", "/srv/"]\nRUN mkdir /data && \\\n    tar --extract --file=/srv/data.tar.xz -C /data',
        errors: [{ messageId: 'extract', line: 4, column: 5 }],
      },
    ],
  },
  { onbuild: false },
);
