import type { ResolvedContract } from '../../contract/resolved.js';
import { parseDockerignore } from '../../dockerfile/dockerignore.js';
import { dockerignoreSecretPatterns } from '../../knowledge/secrets.js';

/**
 * .dockerignore: keeps VCS data, virtualenvs, caches, secrets and dev-only files out of the build
 * context — and never a file the Dockerfile COPYs (seed 002 excluded its own README.md that way).
 */
const GROUPS: [string, string[]][] = [
  ['Version control', ['.git', '.gitignore', '.gitattributes', '.hg', '.svn']],
  [
    'Virtualenvs and Python caches',
    ['.venv', 'venv', '**/__pycache__', '**/*.py[cod]', '*.egg-info', 'build', 'dist'],
  ],
  [
    'Tool caches and reports',
    ['.pytest_cache', '.mypy_cache', '.ruff_cache', '.tox', '.nox', '.coverage', 'coverage.xml', 'htmlcov'],
  ],
  ['Secrets: never in the image (.env.example stays)', [...dockerignoreSecretPatterns]],
  ['Editors and OS files', ['.idea', '.vscode', '**/.DS_Store', '*.swp']],
  ['Tests, docs and logs (not needed at run time)', ['tests', 'test', 'docs', '*.md', '*.log', 'logs']],
  [
    'Container and deploy files',
    [
      'Dockerfile*',
      '.dockerignore',
      'compose*.yaml',
      'compose*.yml',
      'docker-compose*',
      'k8s',
      'node_modules',
    ],
  ],
];

function normalize(path: string): string {
  return path.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** Paths that must reach the build: dependency files and every COPY source. */
export function copiedPaths(c: ResolvedContract): string[] {
  return [...c.image.dependencyFiles, ...c.image.copy.map((e) => e.source)]
    .map(normalize)
    .filter((p) => p !== '' && p !== '.');
}

export function renderDockerignore(c: ResolvedContract): string {
  const needed = copiedPaths(c);
  const kept = (pattern: string) =>
    pattern.startsWith('!') || !needed.some((p) => parseDockerignore(pattern).ignores(p));
  const sections: string[] = [];
  const dropped: string[] = [];
  const extra = c.image.dockerignore ?? [];
  const groups: [string, string[]][] = extra.length > 0 ? [...GROUPS, ['From the contract', extra]] : GROUPS;
  for (const [title, patterns] of groups) {
    const keep = patterns.filter(kept);
    dropped.push(...patterns.filter((p) => !kept(p)));
    if (keep.length > 0) sections.push([`# ${title}`, ...keep].join('\n'));
  }
  if (dropped.length > 0)
    sections.push(`# Left in because the Dockerfile copies them: ${dropped.join(', ')}`);
  return `${sections.join('\n\n')}\n`;
}

/** Which of `paths` a .dockerignore text excludes (used by tests and by `dockspec package`). */
export function ignoredBy(text: string, paths: string[]): string[] {
  const ignore = parseDockerignore(text);
  return paths.filter((p) => ignore.ignores(p));
}
