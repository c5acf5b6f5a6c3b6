import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';

// node:crypto is loaded on first use: a one-file `dockspec lint` never hashes, and loading the
// module would cost it about 4 ms.
const require = createRequire(import.meta.url);

export function createHash(algorithm: 'sha1' | 'sha256'): Hash {
  return (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
}
