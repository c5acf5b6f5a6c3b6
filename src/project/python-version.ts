import { type Fact, fact, lineOf } from './fact.js';
import type { ProjectFiles } from './files.js';

/** `3.11` from `3.11.7`, `python-3.11.4`, `>=3.10,<3.13` (the lower bound) or `^3.12`. */
export function pythonFromSpec(spec: string): string | undefined {
  const bound = /(?:>=|~=|\^|~|==)\s*(3\.\d+)/.exec(spec) ?? /^\s*(?:python-?)?(3\.\d+)/i.exec(spec);
  return bound?.[1];
}

/**
 * The Python version, most explicit source first: .python-version (what pyenv and uv pin),
 * runtime.txt (Heroku-style), the python image an existing Dockerfile uses, then the lower bound of requires-python in pyproject.toml or uv.lock,
 * then Pipfile's python_version and Poetry's python constraint.
 */
export async function detectPython(
  files: ProjectFiles,
  pyproject: Record<string, unknown> | undefined,
  pyprojectText: string | undefined,
  fromImage?: Fact<string>,
): Promise<Fact<string> | undefined> {
  for (const file of ['.python-version', 'runtime.txt']) {
    const text = files.has(file) ? await files.read(file) : undefined;
    if (text === undefined) continue;
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.trim() && !l.trim().startsWith('#'));
    const version = i >= 0 ? pythonFromSpec(lines[i].trim()) : undefined;
    if (version) return fact(version, file, i + 1, lines[i].trim());
  }
  // The image a Dockerfile already builds on is what runs; requires-python only bounds it.
  if (fromImage) return fromImage;
  const project = (pyproject?.project ?? {}) as Record<string, unknown>;
  if (typeof project['requires-python'] === 'string' && pyprojectText) {
    const version = pythonFromSpec(project['requires-python']);
    const line = lineOf(pyprojectText, /^\s*requires-python\s*=/m) ?? 1;
    if (version)
      return fact(version, 'pyproject.toml', line, `requires-python ${project['requires-python']}`);
  }
  const lock = files.has('uv.lock') ? await files.read('uv.lock') : undefined;
  const lockSpec = lock ? /^requires-python\s*=\s*"([^"]+)"/m.exec(lock) : null;
  if (lock && lockSpec) {
    const version = pythonFromSpec(lockSpec[1]);
    if (version)
      return fact(
        version,
        'uv.lock',
        lineOf(lock, /^requires-python/m) ?? 1,
        `requires-python ${lockSpec[1]}`,
      );
  }
  const pipfile = files.has('Pipfile') ? await files.read('Pipfile') : undefined;
  const pipPython = pipfile ? /^python_(?:full_)?version\s*=\s*"([^"]+)"/m.exec(pipfile) : null;
  if (pipfile && pipPython) {
    const version = pythonFromSpec(pipPython[1]);
    if (version)
      return fact(version, 'Pipfile', lineOf(pipfile, /^python_(full_)?version/m) ?? 1, pipPython[0]);
  }
  const poetry = ((pyproject?.tool as Record<string, unknown> | undefined)?.poetry ?? {}) as Record<
    string,
    unknown
  >;
  const poetryPython = (poetry.dependencies as Record<string, unknown> | undefined)?.python;
  if (typeof poetryPython === 'string' && pyprojectText) {
    const version = pythonFromSpec(poetryPython);
    const line = lineOf(pyprojectText, /^\s*python\s*=/m) ?? 1;
    if (version) return fact(version, 'pyproject.toml', line, `python = "${poetryPython}"`);
  }
  return undefined;
}
