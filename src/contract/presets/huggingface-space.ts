import type { Preset } from './types.js';

// Hugging Face runs the container as UID 1000, routes only to app_port (7860 by default) and
// libraries cache under $HOME, so the home directory must exist and be writable by that user.
export const huggingFaceSpace: Preset = {
  target: 'huggingface-space',
  port: 7860,
  user: { name: 'user', uid: 1000, gid: 1000, home: '/home/user' },
  workdir: '$HOME/app',
  liveness: '/health',
  writablePaths: ['$HOME', '/tmp'],
};
