import dockerignoreModule, { type Ignore } from '@balena/dockerignore';

// The package is CommonJS with an ESM-style typing; take the factory from whichever shape loads.
type Factory = () => Ignore;
const loaded = dockerignoreModule as unknown as Factory | { default: Factory };
const ignore: Factory = typeof loaded === 'function' ? loaded : loaded.default;

export interface DockerignorePattern {
  pattern: string;
  negated: boolean;
  /** 1-based line in the .dockerignore file. */
  line: number;
}

/** A parsed `.dockerignore`, matching the way `docker build` does (via @balena/dockerignore). */
export interface Dockerignore {
  file: string;
  text: string;
  patterns: DockerignorePattern[];
  /** Patterns that do not compile (e.g. an unterminated `[`): docker build refuses them; matching skips them. */
  invalid: DockerignorePattern[];
  /** True when the context path (relative, `/`-separated) is left out of the build context. */
  ignores(path: string): boolean;
  /** The pattern that excludes the path, when one does. */
  excludedBy(path: string): DockerignorePattern | undefined;
}

export function parseDockerignore(text: string, file = '.dockerignore'): Dockerignore {
  const patterns: DockerignorePattern[] = [];
  const invalid: DockerignorePattern[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const pattern = { pattern: line, negated: line.startsWith('!'), line: i + 1 };
    (compiles(line) ? patterns : invalid).push(pattern);
  });
  const all = ignore().add(patterns.map((p) => p.pattern));
  const normalize = (p: string) =>
    p
      .replace(/\\/g, '/')
      .replace(/^(\.\/)+/, '')
      .replace(/^\/+/, '')
      .replace(/\/+$/, '');
  const ignores = (path: string): boolean => {
    const p = normalize(path);
    return p !== '' && p !== '.' && all.ignores(p);
  };
  return {
    file,
    text,
    patterns,
    invalid,
    ignores,
    excludedBy(path) {
      if (!ignores(path)) return undefined;
      const p = normalize(path);
      for (let i = patterns.length - 1; i >= 0; i--) {
        const pattern = patterns[i];
        if (!pattern.negated && ignore().add(pattern.pattern).ignores(p)) return pattern;
      }
      return undefined;
    },
  };
}

/** The matcher compiles patterns lazily and throws on a bad one; find out up front. */
function compiles(pattern: string): boolean {
  try {
    ignore().add(pattern).ignores('probe');
    return true;
  } catch {
    return false;
  }
}
