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
  /** True when the context path (relative, `/`-separated) is left out of the build context. */
  ignores(path: string): boolean;
  /** The pattern that excludes the path, when one does. */
  excludedBy(path: string): DockerignorePattern | undefined;
}

export function parseDockerignore(text: string, file = '.dockerignore'): Dockerignore {
  const patterns: DockerignorePattern[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    patterns.push({ pattern: line, negated: line.startsWith('!'), line: i + 1 });
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
