import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { Installer } from '../contract/schema.js';
import { escapeRegExp } from '../regex.js';
import { type Fact, fact, lineIndex, lineOf } from './fact.js';
import type { ProjectFiles } from './files.js';

export interface DependencyFacts {
  /** Files an image build copies before the source, in install order. */
  files: Fact<string>[];
  installer?: Fact<Installer>;
  /** Direct dependencies, normalised names (PEP 503), first declaration wins. */
  packages: Fact<string>[];
  /** The extras each dependency is declared with (`psycopg[binary]` → binary), by normalised name. */
  extras: Map<string, string[]>;
  /** Parsed pyproject.toml, when there is one (name, description, requires-python). */
  pyproject?: Record<string, unknown>;
  pyprojectText?: string;
  /** Dependency files that exist but do not parse, as `file:line:col: what`. */
  warnings: string[];
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Line of a package name inside a dependency file (names compare as PEP 503 does). */
function lineOfPackage(text: string, name: string): number {
  const loose = name
    .split('-')
    .map((p) => escapeRegExp(p))
    .join('[-_.]+');
  // A lookbehind, so that the match starts at the name, not at the line break before it.
  return lineOf(text, new RegExp(`(?<=^|["'\\s])${loose}(?=[\\s\\[=<>~!;,"'@]|$)`, 'im')) ?? 1;
}

const REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?/;

function isDevFile(file: string): boolean {
  return /(dev|test|lint|doc|ci|local)/i.test(path.posix.basename(file, '.txt').replace(/^requirements/, ''));
}

function tomlWarning(file: string, error: unknown): string {
  const { line, column, message } = error as { line?: number; column?: number; message?: string };
  const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
  const why = (message ?? String(error)).split('\n')[0].replace(/^Invalid TOML document: /, '');
  return `${where} is not valid TOML (${why}); its dependencies and settings were not read: fix it, then run init again`;
}

export async function detectDependencies(files: ProjectFiles): Promise<DependencyFacts> {
  const out: DependencyFacts = { files: [], packages: [], extras: new Map(), warnings: [] };
  const seen = new Set<string>();
  const add = (name: string, file: string, line: number, extras?: string) => {
    const n = normalizeName(name);
    if (n === 'python' || seen.has(n)) return;
    seen.add(n);
    out.packages.push(fact(n, file, line));
    const list = (extras ?? '')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean);
    if (list.length) out.extras.set(n, list);
  };

  // Dev and test requirement files say nothing about what runs in the image: they are not read.
  const reqFiles = files.paths
    .filter((p) => /^(requirements[^/]*\.txt|requirements\/[^/]+\.txt)$/.test(p) && !isDevFile(p))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  for (const file of reqFiles) {
    const text = (await files.read(file)) ?? '';
    text.split('\n').forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '');
      if (/^\s*-/.test(line)) return; // -r, -e, --index-url
      const m = REQUIREMENT.exec(line);
      if (m) add(m[1], file, i + 1, m[2]);
    });
  }
  // Root files first; a requirements/ folder counts when the root has none (prod before base).
  const rootReqs = reqFiles.filter((f) => !isDevFile(f) && !f.includes('/'));
  const folderReqs = reqFiles
    .filter((f) => !isDevFile(f) && f.includes('/'))
    .sort((a, b) => Number(!/prod/.test(a)) - Number(!/prod/.test(b)));
  const runtimeReqs = rootReqs.length ? rootReqs : folderReqs.slice(0, 1);

  const pyprojectText = files.has('pyproject.toml') ? await files.read('pyproject.toml') : undefined;
  let pyproject: Record<string, unknown> | undefined;
  if (pyprojectText !== undefined) {
    try {
      pyproject = parseToml(pyprojectText) as Record<string, unknown>;
    } catch (error) {
      // A broken pyproject.toml gives no facts; say so, or "no pyproject.toml" would look like a bug.
      pyproject = undefined;
      out.warnings.push(tomlWarning('pyproject.toml', error));
    }
    out.pyproject = pyproject;
    out.pyprojectText = pyprojectText;
  }
  const project = (pyproject?.project ?? {}) as Record<string, unknown>;
  const poetry = ((pyproject?.tool as Record<string, unknown> | undefined)?.poetry ?? undefined) as
    | Record<string, unknown>
    | undefined;
  if (pyprojectText !== undefined) {
    for (const spec of Array.isArray(project.dependencies) ? project.dependencies : []) {
      const m = typeof spec === 'string' ? REQUIREMENT.exec(spec) : null;
      if (m) add(m[1], 'pyproject.toml', lineOfPackage(pyprojectText, normalizeName(m[1])), m[2]);
    }
    const poetryDeps = (poetry?.dependencies ?? {}) as Record<string, unknown>;
    for (const [name, spec] of Object.entries(poetryDeps)) {
      // `psycopg = { version = "^3.2", extras = ["binary"] }`
      const extras = (spec as { extras?: unknown })?.extras;
      add(
        name,
        'pyproject.toml',
        lineOfPackage(pyprojectText, normalizeName(name)),
        Array.isArray(extras) ? extras.join(',') : undefined,
      );
    }
  }

  const pipfile = files.has('Pipfile') ? await files.read('Pipfile') : undefined;
  if (pipfile !== undefined) {
    try {
      const parsed = parseToml(pipfile) as Record<string, Record<string, unknown>>;
      for (const name of Object.keys(parsed.packages ?? {}))
        add(name, 'Pipfile', lineOfPackage(pipfile, normalizeName(name)));
    } catch (error) {
      out.warnings.push(tomlWarning('Pipfile', error));
    }
  }

  // Lock files decide the installer; their packages (the full closure) only fill gaps.
  const uvLock = files.has('uv.lock');
  const poetryLock = files.has('poetry.lock');
  if (uvLock) {
    out.installer = fact('uv', 'uv.lock', 1, 'uv.lock present');
    out.files.push(fact('pyproject.toml', 'pyproject.toml', 1), fact('uv.lock', 'uv.lock', 1));
  } else if (poetryLock || poetry) {
    const line = poetry && pyprojectText ? (lineOf(pyprojectText, /^\[tool\.poetry/m) ?? 1) : 1;
    out.installer = poetryLock
      ? fact('poetry', 'poetry.lock', 1, 'poetry.lock present')
      : fact('poetry', 'pyproject.toml', line, '[tool.poetry]');
    out.files.push(fact('pyproject.toml', 'pyproject.toml', 1));
    if (poetryLock) out.files.push(fact('poetry.lock', 'poetry.lock', 1));
  } else if (runtimeReqs.length) {
    out.installer = fact('pip', runtimeReqs[0], 1, `${runtimeReqs[0]} present`);
    for (const f of runtimeReqs) out.files.push(fact(f, f, 1));
    // `-r base.txt` inside a requirements file: the included file must be in the image too.
    for (const f of runtimeReqs) {
      const text = (await files.read(f)) ?? '';
      text.split('\n').forEach((line, i) => {
        const inc = /^\s*(?:-r|--requirement)[\s=]+(\S+)/.exec(line);
        const target = inc ? path.posix.normalize(path.posix.join(path.posix.dirname(f), inc[1])) : undefined;
        if (target && files.has(target) && !out.files.some((x) => x.value === target))
          out.files.push(fact(target, f, i + 1, line.trim()));
      });
    }
  } else if (pyprojectText !== undefined && Array.isArray(project.dependencies)) {
    out.installer = fact(
      'pip',
      'pyproject.toml',
      lineOf(pyprojectText, /^\[project\]/m) ?? 1,
      'PEP 621 [project]',
    );
    out.files.push(fact('pyproject.toml', 'pyproject.toml', 1));
  } else if (pipfile !== undefined) {
    out.installer = fact('pip', 'Pipfile', 1, 'Pipfile present');
    out.files.push(fact('Pipfile', 'Pipfile', 1));
    if (files.has('Pipfile.lock')) out.files.push(fact('Pipfile.lock', 'Pipfile.lock', 1));
  }
  // Without declared dependencies, a lock file's packages (the whole closure) stand in.
  const locks = [uvLock ? 'uv.lock' : '', poetryLock ? 'poetry.lock' : ''].filter(Boolean);
  for (const lock of out.packages.length ? [] : locks) {
    const text = (await files.read(lock)) ?? '';
    const lineAt = lineIndex(text);
    for (const m of text.matchAll(/^\[\[package\]\]\s*\nname\s*=\s*"([^"]+)"/gm)) {
      add(m[1], lock, lineAt(m.index ?? 0) + 1);
    }
  }
  return out;
}
