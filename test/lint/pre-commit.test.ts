import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isDockerfileName } from '../../src/lint/index.js';

// pre-commit selects files by the hook's regex and passes them to the entry; the regex must pick the
// files a directory scan picks, and no others.
const hooks = parse(readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as {
  id: string;
  entry: string;
  files: string;
  exclude: string;
}[];

const names = [
  'Dockerfile',
  'Containerfile',
  'Dockerfile.gpu',
  'Dockerfile.dev',
  'api.Dockerfile',
  'api.dockerfile',
  'Containerfile.prod',
  'Dockerfile.dockerignore',
  'Containerfile.dockerignore',
  'Dockerfiles',
  'README.md',
  'my-Dockerfile',
  'dockerfile',
  'docker-compose.yml',
];

describe('.pre-commit-hooks.yaml', () => {
  for (const hook of hooks) {
    it(`${hook.id} selects what a directory scan lints, at any depth`, () => {
      const files = new RegExp(hook.files);
      const exclude = new RegExp(hook.exclude);
      const selects = (p: string) => files.test(p) && !exclude.test(p);
      for (const name of names) {
        for (const p of [name, `services/api/${name}`]) expect(selects(p), p).toBe(isDockerfileName(name));
      }
      expect(hook.entry).toBe('dockspec lint');
    });
  }
});
