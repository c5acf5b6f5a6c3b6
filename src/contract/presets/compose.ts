import type { Preset } from './types.js';

export const compose: Preset = {
  target: 'compose',
  port: 8000,
  user: { name: 'appuser', uid: 1000, gid: 1000, home: '/home/appuser' },
  workdir: '/app',
  liveness: '/health',
  writablePaths: [],
};
