import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Checks that `dir` is a folder or can become one: the nearest existing ancestor must be a folder.
 * Returns the missing folders, outermost first. A file given as --out would otherwise surface as
 * ENOTDIR from whatever reads below it (exit 3).
 */
export async function missingDirs(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let p = dir; ; p = dirname(p)) {
    const info = await stat(p).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      if (error.code === 'ENOTDIR') return 'not-dir' as const;
      throw cannotCreate(dir, error);
    });
    if (info === 'not-dir') continue; // an ancestor is a file; the walk up finds it
    if (info?.isDirectory()) return missing.reverse();
    if (info) {
      throw new InputError(
        p === dir ? `--out ${dir} is not a directory` : `--out ${dir}: ${p} is a file, not a directory`,
        'Pass --out a folder (new or existing), not a file.',
      );
    }
    if (dirname(p) === p) throw cannotCreate(dir); // no ancestor at all, not even the root
    missing.push(p);
  }
}

/**
 * `mkdir -p` one level at a time. Node 20's recursive mkdir never returns when the parent exists
 * but refuses the child with ENOENT (e.g. /proc/nope): it keeps retrying. Each level here is tried
 * once, so the walk is bounded by the path's depth.
 */
export async function ensureDir(dir: string): Promise<void> {
  for (const p of await missingDirs(dir)) {
    await mkdir(p).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST' && (await stat(p)).isDirectory()) return; // made meanwhile
      throw cannotCreate(dir, error);
    });
  }
}

function cannotCreate(dir: string, error?: NodeJS.ErrnoException): InputError {
  return new InputError(
    `cannot create the folder ${dir}${error?.code ? ` (${error.code})` : ''}`,
    'Pass --out a folder you can write to.',
  );
}
