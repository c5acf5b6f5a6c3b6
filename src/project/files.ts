import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Directories that never hold the service's own code or configuration. */
const SKIP_DIRS = new Set([
  '.git',
  '.hg',
  '.venv',
  'venv',
  'env',
  '.env',
  'node_modules',
  '__pycache__',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  'site-packages',
  'build',
  'dist',
  '.idea',
  '.vscode',
  'htmlcov',
]);
const MAX_FILES = 5000;
const MAX_DEPTH = 8;
const MAX_BYTES = 1_000_000;

/** The files of a project, relative paths with `/`, read lazily and cached. */
export class ProjectFiles {
  private readonly cache = new Map<string, string | undefined>();

  private constructor(
    readonly dir: string,
    readonly paths: string[],
  ) {}

  static async scan(dir: string): Promise<ProjectFiles> {
    const paths: string[] = [];
    const walk = async (rel: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || paths.length >= MAX_FILES) return;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await readdir(path.join(dir, rel), { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.endsWith('.egg-info')) await walk(child, depth + 1);
        } else if (e.isFile() && paths.length < MAX_FILES) {
          paths.push(child);
        }
      }
    };
    await walk('', 0);
    return new ProjectFiles(dir, paths);
  }

  has(rel: string): boolean {
    return this.paths.includes(rel);
  }

  /** Text of a file, or undefined when it is missing, too large or unreadable. */
  async read(rel: string): Promise<string | undefined> {
    if (this.cache.has(rel)) return this.cache.get(rel);
    let text: string | undefined;
    try {
      const buf = await readFile(path.join(this.dir, rel));
      text = buf.length > MAX_BYTES ? undefined : buf.toString('utf8');
    } catch {
      text = undefined;
    }
    this.cache.set(rel, text);
    return text;
  }

  /** Paths whose base name matches. */
  named(pattern: RegExp): string[] {
    return this.paths.filter((p) => pattern.test(path.posix.basename(p)));
  }

  /** Python sources, tests excluded: they construct apps and routes that are not the service. */
  python(): string[] {
    return this.paths.filter(
      (p) =>
        p.endsWith('.py') &&
        !/(^|\/)(tests?|testing|migrations|alembic|docs|scripts\/tests)\//.test(p) &&
        !/(^|\/)(test_[^/]*|[^/]*_test|conftest|setup|noxfile)\.py$/.test(p),
    );
  }
}
