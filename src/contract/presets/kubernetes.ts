import type { Preset } from './types.js';

// runAsNonRoot only accepts a numeric USER; liveness and readiness are separate probes.
export const kubernetes: Preset = {
  target: 'kubernetes',
  port: 8000,
  user: { name: 'appuser', uid: 1000, gid: 1000, home: '/home/appuser' },
  workdir: '/app',
  liveness: '/health/live',
  readiness: '/health/ready',
  writablePaths: ['/tmp'],
};
