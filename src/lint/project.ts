import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Dockerignore, parseDockerignore } from '../dockerfile/dockerignore.js';

/** The build context beside a Dockerfile, as rules see it: paths are relative and use `/`. */
export interface LintProject {
  /** The context directory, for messages. */
  dir: string;
  /** True when a file or directory exists at the context path. */
  exists(relPath: string): boolean;
  isDirectory(relPath: string): boolean;
  /** Every file in the context (bounded), sorted. */
  files(): string[];
  read(relPath: string): string | undefined;
  dockerignore?: Dockerignore;
  /** Python sources of the service (virtualenvs, caches and site-packages left out). */
  pythonSources(): { path: string; text: string }[];
  /** The name findings in a context file carry (relative to the working directory). */
  displayPath(relPath: string): string;
}

const norm = (p: string) =>
  path.posix
    .normalize(p.replace(/\\/g, '/'))
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');

const skipForPython =
  /(^|\/)(\.git|\.venv|venv|env|node_modules|__pycache__|site-packages|\.tox|build|dist)(\/|$)/;
const MAX_FILES = 5000;
const MAX_PY_BYTES = 512_000;

/** A project held in memory: for tests, docs examples and editors. */
export function memoryProject(
  files: Record<string, string>,
  options: { dir?: string; dockerignore?: string } = {},
): LintProject {
  const map = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  const dirs = new Set<string>();
  for (const file of map.keys()) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const ignoreText = options.dockerignore ?? map.get('.dockerignore');
  return {
    dir: options.dir ?? '.',
    exists: (p) => map.has(norm(p)) || dirs.has(norm(p)) || norm(p) === '',
    isDirectory: (p) => dirs.has(norm(p)) || norm(p) === '',
    files: () => [...map.keys()].sort(),
    read: (p) => map.get(norm(p)),
    dockerignore: ignoreText !== undefined ? parseDockerignore(ignoreText) : undefined,
    displayPath: (p) => (options.dir && options.dir !== '.' ? `${options.dir}/${norm(p)}` : norm(p)),
    pythonSources: () =>
      [...map.entries()]
        .filter(([p]) => p.endsWith('.py') && !skipForPython.test(p))
        .map(([p, text]) => ({ path: p, text }))
        .sort((a, b) => a.path.localeCompare(b.path)),
  };
}

/**
 * The context directory on disk. The .dockerignore is `<Dockerfile>.dockerignore` beside the
 * Dockerfile when it exists (BuildKit prefers it), else `.dockerignore` at the context root.
 */
export function diskProject(contextDir: string, dockerfilePath?: string): LintProject {
  let listing: string[] | undefined;
  const abs = (p: string) => path.join(contextDir, norm(p));
  let ignoreFile: string | undefined;
  if (dockerfilePath && existsSync(`${dockerfilePath}.dockerignore`))
    ignoreFile = `${dockerfilePath}.dockerignore`;
  else if (existsSync(path.join(contextDir, '.dockerignore')))
    ignoreFile = path.join(contextDir, '.dockerignore');
  const dockerignore = ignoreFile
    ? parseDockerignore(
        readFileSync(ignoreFile, 'utf8'),
        path.relative(process.cwd(), ignoreFile) || ignoreFile,
      )
    : undefined;
  const list = (): string[] => {
    if (listing) return listing;
    const out: string[] = [];
    const walk = (rel: string, depth: number) => {
      if (depth > 12 || out.length >= MAX_FILES) return;
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(path.join(contextDir, rel), { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (e.name !== '.git' && e.name !== 'node_modules') walk(child, depth + 1);
        } else if (out.length < MAX_FILES) out.push(child);
      }
    };
    walk('', 0);
    listing = out;
    return out;
  };
  return {
    dir: contextDir,
    exists: (p) => existsSync(abs(p)),
    isDirectory: (p) => {
      try {
        return statSync(abs(p)).isDirectory();
      } catch {
        return false;
      }
    },
    files: list,
    read: (p) => {
      try {
        return readFileSync(abs(p), 'utf8');
      } catch {
        return undefined;
      }
    },
    dockerignore,
    displayPath: (p) => path.relative(process.cwd(), abs(p)) || norm(p),
    pythonSources: () =>
      list()
        .filter((p) => p.endsWith('.py') && !skipForPython.test(p))
        .flatMap((p) => {
          try {
            if (statSync(abs(p)).size > MAX_PY_BYTES) return [];
            return [{ path: p, text: readFileSync(abs(p), 'utf8') }];
          } catch {
            return [];
          }
        }),
  };
}
