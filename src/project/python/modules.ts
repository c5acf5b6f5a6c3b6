import path from 'node:path';
import type { ProjectFiles } from '../files.js';
import { type Statement, scanPython } from './scan.js';

/** What a name bound by an import refers to: a module, or a name inside a module. */
export interface ImportRef {
  module: string;
  name?: string;
}

export interface PyModule {
  /** Path relative to the project directory. */
  file: string;
  /** Dotted module name as imported from `root` (e.g. `myapp.main` for src/myapp/main.py). */
  name: string;
  /** Directory that must be on sys.path (the working directory of the server): '' is the project root. */
  root: string;
  statements: Statement[];
  imports: Map<string, ImportRef>;
  /** Raw source, for the few checks that need it. */
  source: string;
}

/**
 * The importable module name of a file. Inside a regular package (directories with __init__.py) the
 * root is the parent of the outermost package; otherwise a src/ layout roots at src/, and anything
 * else at the project root (namespace packages).
 */
export function moduleNameOf(file: string, has: (p: string) => boolean): { name: string; root: string } {
  const dir = path.posix.dirname(file);
  let root: string;
  if (dir !== '.' && has(`${dir}/__init__.py`)) {
    let top = dir;
    for (;;) {
      const parent = path.posix.dirname(top);
      if (parent === '.' || !has(`${parent}/__init__.py`)) break;
      top = parent;
    }
    root = path.posix.dirname(top);
    if (root === '.') root = '';
  } else if (file.startsWith('src/')) root = 'src';
  else root = '';
  const rel = root ? file.slice(root.length + 1) : file;
  const name = rel
    .replace(/\.py$/, '')
    .replace(/\/__init__$/, '')
    .split('/')
    .join('.');
  return { name, root };
}

export async function loadModules(files: ProjectFiles): Promise<PyModule[]> {
  const has = (p: string) => files.has(p);
  const modules: PyModule[] = [];
  for (const file of files.python()) {
    const source = await files.read(file);
    if (source === undefined) continue;
    const { name, root } = moduleNameOf(file, has);
    const statements = scanPython(source);
    const isPackage = file.endsWith('/__init__.py');
    modules.push({ file, name, root, statements, imports: readImports(statements, name, isPackage), source });
  }
  return modules;
}

function readImports(
  statements: Statement[],
  moduleName: string,
  isPackage: boolean,
): Map<string, ImportRef> {
  const imports = new Map<string, ImportRef>();
  for (const s of statements) {
    const from = /^from\s+(\.*)([\w.]*)\s+import\s+\(?([^)]*)\)?$/.exec(s.code);
    if (from) {
      const base = resolveRelative(from[1], from[2], moduleName, isPackage);
      for (const part of from[3].split(',')) {
        const m = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
        if (m) imports.set(m[2] ?? m[1], { module: base, name: m[1] });
      }
      continue;
    }
    const imp = /^import\s+(.+)$/.exec(s.code);
    if (imp) {
      for (const part of imp[1].split(',')) {
        const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
        if (!m) continue;
        // `import a.b` binds `a`; `import a.b as c` binds c to a.b.
        if (m[2]) imports.set(m[2], { module: m[1] });
        else imports.set(m[1].split('.')[0], { module: m[1].split('.')[0] });
      }
    }
  }
  return imports;
}

function resolveRelative(dots: string, rest: string, moduleName: string, isPackage: boolean): string {
  if (!dots) return rest;
  const parts = moduleName.split('.');
  // A module's package is its parent; a package's own __init__ is its package.
  let up = isPackage ? dots.length - 1 : dots.length;
  while (up-- > 0) parts.pop();
  return [...parts, ...(rest ? [rest] : [])].filter(Boolean).join('.');
}

/** Statements in the body of the block that starts at index `i` (a `def`/`class` line). */
export function blockBody(statements: Statement[], i: number): Statement[] {
  const head = statements[i];
  const body: Statement[] = [];
  for (let j = i + 1; j < statements.length; j++) {
    if (statements[j].indent <= head.indent) break;
    body.push(statements[j]);
  }
  return body;
}
