import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Apart from load.ts so that looking for a contract does not load the schema (zod) and the YAML
// parser: a `dockspec lint` run with no contract beside the Dockerfile never needs them.

export const CONTRACT_FILES = ['dockspec.yaml', 'dockspec.yml'] as const;

/** The contract file in `dir` (dockspec.yaml, then dockspec.yml), if there is one. */
export function findContract(dir: string): string | undefined {
  for (const name of CONTRACT_FILES) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}
