import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { packageProject } from '../../src/generate/package.js';
import { hfContract } from './factory.js';

let root: string;
let project: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dockspec-package-'));
  project = join(root, 'project');
  const files: Record<string, string> = {
    'requirements.txt': 'fastapi\n',
    'scripts/api.py': 'app = None\n',
    'shared/util.py': 'X = 1\n',
    '.env': 'OPENAI_API_KEY=sk-secret\n',
    '.env.example': 'OPENAI_API_KEY=\n',
    'tests/test_api.py': 'def test(): pass\n',
    '.venv/bin/python': '',
    'README.md': '---\ntitle: Book Bot\n---\n\n# Book bot\n\nHow it works.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(project, path, '..'), { recursive: true });
    await writeFile(join(project, path), text);
  }
  await symlink('../shared/util.py', join(project, 'scripts/util.py'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('dockspec package --target hf-space', () => {
  it('assembles the build context with the Dockerfile and the Space README, copying symlinks as files', async () => {
    const out = join(root, 'space');
    const result = await packageProject(hfContract(), {
      projectDir: project,
      outDir: out,
      target: 'hf-space',
    });
    expect(result.generated).toEqual(['Dockerfile', '.dockerignore', 'README.md']);
    expect(result.copied).toEqual([
      '.env.example',
      'requirements.txt',
      'scripts/api.py',
      'scripts/util.py',
      'shared/util.py',
    ]);
    expect(existsSync(join(out, '.env'))).toBe(false);
    expect(existsSync(join(out, 'tests'))).toBe(false);
    expect(existsSync(join(out, '.venv'))).toBe(false);
    expect((await lstat(join(out, 'scripts/util.py'))).isSymbolicLink()).toBe(false);
    expect(await readFile(join(out, 'scripts/util.py'), 'utf8')).toBe('X = 1\n');
    const readme = await readFile(join(out, 'README.md'), 'utf8');
    expect(readme).toMatch(/^---\ntitle: Book Bot\n[\s\S]*sdk: docker\napp_port: 7860\n/);
    expect(readme.endsWith('\n# Book bot\n\nHow it works.\n')).toBe(true);
    expect(await readFile(join(out, 'Dockerfile'), 'utf8')).toContain('EXPOSE 7860');
  });

  it('honours the project’s own .dockerignore', async () => {
    await writeFile(join(project, '.dockerignore'), 'shared\n.env\n');
    const out = join(root, 'space');
    const result = await packageProject(hfContract(), {
      projectDir: project,
      outDir: out,
      target: 'hf-space',
    });
    expect(result.copied).toContain('tests/test_api.py');
    expect(result.copied).not.toContain('shared/util.py');
    expect(await readFile(join(out, '.dockerignore'), 'utf8')).toBe('shared\n.env\n');
  });

  it('refuses a non-empty folder unless forced, and a folder that contains the project', async () => {
    const out = join(root, 'space');
    await mkdir(out);
    await writeFile(join(out, 'stale.txt'), 'x');
    const run = (force: boolean) =>
      packageProject(hfContract(), { projectDir: project, outDir: out, target: 'hf-space', force });
    await expect(run(false)).rejects.toThrow(/is not empty/);
    await run(true);
    expect(existsSync(join(out, 'stale.txt'))).toBe(false);
    await expect(
      packageProject(hfContract(), { projectDir: project, outDir: root, target: 'hf-space', force: true }),
    ).rejects.toThrow(InputError);
  });

  it('may write into a folder inside the project without copying itself', async () => {
    const out = join(project, 'space');
    const result = await packageProject(hfContract(), {
      projectDir: project,
      outDir: out,
      target: 'hf-space',
    });
    expect(result.copied.some((f) => f.startsWith('space/'))).toBe(false);
  });
});
