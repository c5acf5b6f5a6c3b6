import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';

/** File names `dockspec lint` picks up in a directory. */
export function isDockerfileName(name: string): boolean {
  return (
    name === 'Dockerfile' ||
    name === 'Containerfile' ||
    name.endsWith('.Dockerfile') ||
    name.endsWith('.dockerfile') ||
    (name.startsWith('Dockerfile.') && !name.endsWith('.dockerignore')) ||
    (name.startsWith('Containerfile.') && !name.endsWith('.dockerignore'))
  );
}

const skipDirs = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', 'dist', 'build', '.tox']);

/**
 * Expands the CLI's paths: files stay as given, directories are searched (a few levels deep) for
 * Dockerfile, *.Dockerfile, Dockerfile.* and Containerfile. A path that does not exist is an InputError.
 */
export function discoverDockerfiles(paths: string[], maxDepth = 4): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, e.name);
      if (e.isFile() && isDockerfileName(e.name)) out.push(full);
      else if (e.isDirectory() && depth < maxDepth && !skipDirs.has(e.name)) walk(full, depth + 1);
    }
  };
  for (const p of paths.length > 0 ? paths : ['.']) {
    let stat: import('node:fs').Stats;
    try {
      stat = statSync(p);
    } catch {
      throw new InputError(
        `${p}: no such file or directory`,
        'Pass a Dockerfile or a directory that holds one.',
      );
    }
    if (stat.isDirectory()) walk(p, 0);
    else out.push(p);
  }
  return [...new Set(out)];
}
