import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: { root: string; version: string } | undefined;

/**
 * dockspec's own package: the nearest folder above this module whose package.json is dockspec's.
 * Found by walking up rather than by a fixed `../..`, so it holds from src/ (tests), from dist/, and
 * from the CLI's bundled chunks, which sit deeper. The package.json read on the way is kept, so the
 * version costs no second read.
 */
function ownPackage(): { root: string; version: string } {
  if (found) return found;
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (pkg.name === 'dockspec') {
        found = { root: dir, version: pkg.version };
        return found;
      }
    } catch {
      // No package.json here: keep walking up.
    }
    if (path.dirname(dir) === dir) throw new Error(`no dockspec package.json above ${start}`);
  }
}

/** The dockspec package's folder (package.json, schema/, dist/). */
export function packageRoot(): string {
  return ownPackage().root;
}

/** The version in dockspec's package.json, so the published version and --version never disagree. */
export function packageVersion(): string {
  return ownPackage().version;
}
