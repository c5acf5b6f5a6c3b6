import rule from '../../../src/lint/rules/download-unverified.js';
import { ruleTester } from '../rule-tester.js';

const from = 'FROM python:3.12-slim\n';

ruleTester(rule, {
  valid: [
    // Checked in the same RUN, on a continuation line.
    `${from}RUN curl -fsSLo /tmp/t.tgz https://example.com/t-1.2.tgz \\\n && echo "abc123  /tmp/t.tgz" | sha256sum -c - \\\n && tar -xzf /tmp/t.tgz`,
    // Checked by the next RUN of the stage; a signature counts too.
    `${from}RUN wget -q https://example.com/tool-1.0.tar.gz https://example.com/tool-1.0.tar.gz.asc\nRUN gpg --verify tool-1.0.tar.gz.asc tool-1.0.tar.gz`,
    // API calls and pages are not artifacts the build runs.
    `${from}RUN curl -fsS https://api.example.com/v1/status | grep ok`,
    `${from}ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app-1.0.tar.gz /tmp/`,
    // A git URL is pinned by its ref.
    `${from}ADD https://github.com/org/repo.git#v1.2.0 /src`,
    `${from}COPY app.tar.gz /tmp/`,
  ],
  invalid: [
    {
      code: `${from}RUN curl -fsSL https://github.com/org/tool/releases/download/v1.2/tool-linux-amd64 -o /usr/local/bin/tool && chmod +x /usr/local/bin/tool`,
      errors: [{ messageId: 'run', line: 2, column: 5 }],
    },
    {
      code: `${from}RUN curl -LsSf https://astral.sh/uv/install.sh | sh`,
      errors: [{ messageId: 'pipe', line: 2, column: 5 }],
    },
    {
      // A checksum later in the RUN cannot un-run a piped script.
      code: `${from}RUN wget -qO- https://example.com/setup.sh | bash -s -- --yes && sha256sum -c sums.txt`,
      errors: [{ messageId: 'pipe', line: 2, column: 5 }],
    },
    {
      code: `${from}ADD https://example.com/app-1.0.tar.gz /tmp/\nRUN wget https://example.com/pkg_1.0_amd64.deb && dpkg -i pkg_1.0_amd64.deb`,
      errors: [
        { messageId: 'add', line: 2, column: 5 },
        { messageId: 'run', line: 3, column: 5 },
      ],
    },
  ],
});
