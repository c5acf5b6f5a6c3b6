import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ignoredBy, renderDockerignore } from '../../src/generate/index.js';
import { resolvedContract } from './factory.js';

describe('.dockerignore', () => {
  it('keeps secrets, VCS, virtualenvs and caches out, but keeps .env.example', () => {
    const text = renderDockerignore(resolvedContract());
    expect(
      ignoredBy(text, [
        '.git/config',
        '.venv/bin/python',
        '.env',
        '.env.production',
        'app/.env',
        'key.pem',
        'app/__pycache__/m.pyc',
        'tests/test_x.py',
      ]),
    ).toHaveLength(8);
    expect(ignoredBy(text, ['.env.example', 'app/main.py', 'requirements.txt'])).toEqual([]);
  });

  it('never excludes a file the Dockerfile copies (seed 002 excluded its own README.md)', () => {
    const c = resolvedContract({
      image: {
        dependencyFiles: ['pyproject.toml', 'README.md'],
        copy: [
          { source: 'app/', required: true },
          { source: 'docs/openapi.yaml', required: true },
          { source: 'tests/fixtures/', required: true },
        ],
      },
    });
    const text = renderDockerignore(c);
    expect(
      ignoredBy(text, ['README.md', 'pyproject.toml', 'app', 'docs/openapi.yaml', 'tests/fixtures']),
    ).toEqual([]);
    expect(text).toContain('# Left in because the Dockerfile copies them:');
  });

  it('holds for any copied path, including ones the defaults would match', () => {
    const segment = fc.constantFrom(
      '.git',
      'docs',
      'tests',
      'build',
      'app',
      'venv',
      'k8s',
      'logs',
      'x.log',
      'Dockerfile.prod',
      'notes.md',
      'src',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(segment, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (paths) => {
          const sources = paths.map((p) => p.join('/'));
          const c = resolvedContract({
            image: { copy: sources.map((source) => ({ source, required: true })) },
          });
          expect(ignoredBy(renderDockerignore(c), sources)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adds the contract’s own patterns', () => {
    const text = renderDockerignore(resolvedContract({ image: { dockerignore: ['uploads/'] } }));
    expect(ignoredBy(text, ['uploads/a.png'])).toEqual(['uploads/a.png']);
  });
});
