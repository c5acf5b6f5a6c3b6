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

/** Folders a directory scan or a glob never enters. */
export const skipDirs: readonly string[] = [
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  'dist',
  'build',
  '.tox',
];
const skipDirSet = new Set(skipDirs);

/** The path argument that stands for standard input, as in hadolint and `dockspec validate`. */
export const STDIN_PATH = '-';

/** What the CLI's paths expand to. */
export interface Discovered {
  /** Dockerfiles to lint, in order. */
  files: string[];
  /** Those the user named one by one (not found by a directory scan or a glob). */
  named: Set<string>;
}

/** True for an argument with glob syntax: `*`, `?`, `[…]`, `{a,b}`. */
export function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

/**
 * Expands the CLI's paths: files stay as given, directories are searched (a few levels deep) for
 * Dockerfile, *.Dockerfile, Dockerfile.* and Containerfile, and globs are expanded here (quoted
 * ones too: Windows shells and CI YAML do not expand them) with the same folders skipped. A path that
 * does not exist, or a glob that matches nothing, is an InputError. `-` (stdin) is left to the caller.
 */
export async function discoverDockerfiles(paths: string[], maxDepth = 4): Promise<Discovered> {
  const out: string[] = [];
  const named = new Set<string>();
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
      else if (e.isDirectory() && depth < maxDepth && !skipDirSet.has(e.name)) walk(full, depth + 1);
    }
  };
  for (const p of paths.length > 0 ? paths : ['.']) {
    if (p === STDIN_PATH) continue;
    let stat: import('node:fs').Stats | undefined;
    try {
      stat = statSync(p);
    } catch {
      // A file whose name holds glob characters is taken as a file first.
    }
    if (!stat && isGlob(p)) {
      const matches = await expandGlob(p);
      if (matches.length === 0)
        throw new InputError(
          `${p}: the pattern matches no file`,
          'Check the pattern; folders such as node_modules and .git are never searched.',
        );
      for (const m of matches) {
        const s = statSync(m);
        if (s.isDirectory()) walk(m, 0);
        else out.push(m);
      }
      continue;
    }
    if (!stat)
      throw new InputError(
        `${p}: no such file or directory`,
        'Pass a Dockerfile, a directory that holds one, a glob, or - for stdin.',
      );
    if (stat.isDirectory()) walk(p, 0);
    else {
      out.push(p);
      named.add(p);
    }
  }
  return { files: [...new Set(out)], named };
}

async function expandGlob(pattern: string): Promise<string[]> {
  // Loaded only for a glob: most runs name files or folders, and start-up counts.
  const { glob } = await import('tinyglobby');
  const posix = pattern.replace(/\\/g, '/');
  const matches = await glob(posix, {
    onlyFiles: false,
    dot: false,
    absolute: path.isAbsolute(pattern),
    expandDirectories: false,
    ignore: skipDirs.flatMap((d) => [`**/${d}`, `**/${d}/**`]),
  });
  return matches.map((m) => path.normalize(m.replace(/\/$/, ''))).sort();
}
