import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The dockspec package's folder (package.json, schema/, dist/): the nearest folder above this
 * module whose package.json is dockspec's. Found by walking up rather than by a fixed `../..`, so it
 * holds from src/ (tests), from dist/, and from the CLI's bundled chunks, which sit deeper.
 */
export function packageRoot(): string {
  if (root) return root;
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'dockspec') {
        root = dir;
        return dir;
      }
    } catch {
      // No package.json here: keep walking up.
    }
    if (path.dirname(dir) === dir) throw new Error(`no dockspec package.json above ${start}`);
  }
}
