import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and engine-backed tests that build and run real images.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Every location lint, validate and import report is checked as it is handed out (src/locations.ts).
          // A shellcheck on PATH is not used unless a test asks (test/lint/shellcheck-*.test.ts do).
          env: { DOCKSPEC_CHECK_LOCATIONS: '1', DOCKSPEC_SHELLCHECK: 'off' },
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.engine.test.ts', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'engine',
          env: { DOCKSPEC_CHECK_LOCATIONS: '1', DOCKSPEC_SHELLCHECK: 'off' },
          include: ['test/**/*.engine.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ['test/engine/global-setup.ts'],
        },
      },
    ],
  },
});
