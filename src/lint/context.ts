import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { DockerfileModel } from '../dockerfile/index.js';
import { isDockerfileName } from './discover.js';
import { copySources } from './helpers.js';
import type { ContextChoice } from './types.js';

export type { ContextChoice } from './types.js';

// Files that do not make a folder a project: a Dockerfile saved with only these beside it is a lone
// file (a gist, a docs example), not a build context.
const notProject = /^(readme|license|licence|changelog|notice|authors|contributing)(\.\w+)?$/i;
const notProjectNames = new Set([
  '.dockerignore',
  '.git',
  '.gitignore',
  '.gitattributes',
  '.hadolint.yaml',
  '.hadolint.yml',
]);

/** Lookups shared by the files of one run: many Dockerfiles share folders and a repository. */
export interface ContextMemo {
  gitTop: Map<string, string | undefined>;
  holdsProject: Map<string, boolean>;
}

export const newContextMemo = (): ContextMemo => ({ gitTop: new Map(), holdsProject: new Map() });

function memoized<T>(map: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (map.has(key)) return map.get(key) as T;
  const value = compute(key);
  map.set(key, value);
  return value;
}

/** True when the folder holds something besides Dockerfiles and documentation. */
function holdsProject(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  return names.some(
    (n) =>
      !isDockerfileName(n) && !n.endsWith('.dockerignore') && !notProjectNames.has(n) && !notProject.test(n),
  );
}

/** The git top level above `dir` (the nearest folder holding `.git`), if any. */
function gitTop(dir: string): string | undefined {
  for (let d = dir; ; ) {
    if (existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * The build context of a Dockerfile on disk, in this order: `--context`; else the folder, among the
 * Dockerfile's own and those above it up to the git top level, where most of its COPY/ADD sources
 * exist (the nearest wins a tie), so `docker build -f services/api/Dockerfile .` resolves at the
 * root; else the Dockerfile's folder when it holds other project files; else none (a lone file).
 */
export function resolveContext(
  dockerfile: string,
  model: DockerfileModel,
  flag?: string,
  memo: ContextMemo = newContextMemo(),
): ContextChoice {
  if (flag !== undefined) return { dir: flag, how: 'flag' };
  const own = path.dirname(dockerfile);
  const sources = model.instructions
    .flatMap((i) => copySources(i))
    .filter((s) => s.path !== '.' && !s.glob)
    .map((s) => s.path);
  const found = (dir: string) => sources.filter((s) => existsSync(path.join(dir, s))).length;
  if (sources.length > 0) {
    const atOwn = found(own);
    // The common case: everything is beside the Dockerfile.
    if (atOwn === sources.length) return { dir: own, how: 'dockerfile-folder' };
    const top = memoized(memo.gitTop, path.resolve(own), gitTop);
    let best = { dir: own, score: atOwn, above: false };
    if (top) {
      for (let d = path.resolve(own); d !== top && path.dirname(d) !== d; ) {
        d = path.dirname(d);
        const dir = path.relative(process.cwd(), d) || '.';
        const score = found(dir);
        if (score > best.score) best = { dir, score, above: true };
      }
    }
    if (best.score > 0) {
      if (!best.above) return { dir: own, how: 'dockerfile-folder' };
      return { dir: best.dir, how: path.resolve(best.dir) === top ? 'repository-root' : 'parent-folder' };
    }
  }
  return memoized(memo.holdsProject, own, holdsProject)
    ? { dir: own, how: 'dockerfile-folder' }
    : { how: 'none' };
}
