import rule from '../../../src/lint/rules/label-schema.js';
import { ruleTester } from '../rule-tester.js';

// As a .hadolint.yaml would give it (hadolint's label-schema types).
const config = {
  labelSchema: {
    maintainer: 'email',
    'org.opencontainers.image.source': 'url',
    'org.opencontainers.image.revision': 'hash',
    'org.opencontainers.image.created': 'rfc3339',
    'org.opencontainers.image.version': 'semver',
    'org.opencontainers.image.licenses': 'spdx',
    team: 'text',
  } as const,
};
const good = `FROM python:3.12-slim
LABEL maintainer="ops@example.com" \\
      org.opencontainers.image.source="https://github.com/example/api" \\
      org.opencontainers.image.revision="4f1c2a9" \\
      org.opencontainers.image.created="2026-12-06T10:00:00Z" \\
      org.opencontainers.image.version="1.4.2" \\
      org.opencontainers.image.licenses="Apache-2.0 OR MIT" \\
      team=payments`;

ruleTester(rule, {
  valid: [
    // No schema in the configuration: nothing to check.
    'FROM python:3.12-slim\nLABEL version=whatever',
    { code: good, config },
    // A value from a build argument is only known at build time; labels of a base stage count.
    {
      code: `${good.replace('FROM python:3.12-slim', 'FROM python:3.12-slim AS base').replace('"1.4.2"', '$VERSION')}\nFROM base`,
      config,
    },
    { code: good, config: { ...config, strictLabels: true } },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nLABEL team=payments',
      config: { labelSchema: { team: 'text', maintainer: 'email' } as const },
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      code: good
        .replace('ops@example.com', 'Ops Team')
        .replace('https://github.com/example/api', 'github.com/example/api')
        .replace('4f1c2a9', 'main')
        .replace('2026-12-06T10:00:00Z', '06/12/2026')
        .replace('1.4.2', '1.4')
        .replace('Apache-2.0 OR MIT', 'Apache 2'),
      config,
      errors: [
        { messageId: 'email', line: 2, column: 7 },
        { messageId: 'url', line: 3, column: 7 },
        { messageId: 'hash', line: 4, column: 7 },
        { messageId: 'rfc3339', line: 5, column: 7 },
        { messageId: 'semver', line: 6, column: 7 },
        { messageId: 'spdx', line: 7, column: 7 },
      ],
    },
    {
      code: `${good}\nLABEL description="payments API"`,
      config: { ...config, strictLabels: true },
      errors: [{ messageId: 'superfluous', line: 9, column: 7 }],
    },
  ],
});
