import type { Preset } from './types.js';

export const generic: Preset = {
  target: 'generic',
  port: 8000,
  user: { name: 'appuser', uid: 1000, gid: 1000, home: '/home/appuser' },
  workdir: '/app',
  liveness: '/health',
  writablePaths: [],
};
