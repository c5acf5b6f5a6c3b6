import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import type { ResolvedContract } from '../../src/contract/resolved.js';
import { initShellParser } from '../../src/dockerfile/index.js';
import { renderFiles } from '../../src/generate/index.js';
import { lintTextSync, memoryProject, summarize } from '../../src/lint/index.js';
import { hfContract, resolvedContract } from './factory.js';

/** Every generated Dockerfile must pass `dockspec lint` at the default threshold, against its contract. */
const examplesDir = join(import.meta.dirname, '../../examples');
const examples = readdirSync(examplesDir).filter((n) => existsSync(join(examplesDir, n, 'dockspec.yaml')));

function projectFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) {
        if (!['.git', '.venv', '__pycache__', 'node_modules'].includes(name)) walk(abs);
      } else files[relative(dir, abs)] = readFileSync(abs, 'utf8');
    }
  };
  walk(dir);
  return files;
}

function lintGenerated(c: ResolvedContract, files: Record<string, string>) {
  const exists = (p: string) =>
    Object.keys(files).some((f) => f === p || f.startsWith(`${p.replace(/\/$/, '')}/`));
  const generated = renderFiles(
    { ...c, image: { ...c.image, gpu: undefined } },
    { only: ['dockerfile', 'dockerignore'], exists },
  );
  const dockerignore = generated.find((f) => f.path === '.dockerignore')!.text;
  const project = memoryProject({ ...files, '.dockerignore': dockerignore });
  const dockerfile = generated.find((f) => f.path === 'Dockerfile')!.text;
  return summarize([lintTextSync(dockerfile, { file: 'Dockerfile', contract: c, project })], 'warning');
}

beforeAll(async () => {
  await initShellParser();
});

describe('generated Dockerfiles lint clean', () => {
  for (const name of examples) {
    it(name, async () => {
      const { resolved } = await loadContractFile(join(examplesDir, name, 'dockspec.yaml'));
      const result = lintGenerated(resolved, projectFiles(join(examplesDir, name)));
      expect(result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
      expect(result.failed).toBe(false);
    });
  }

  it('for the other shapes too', () => {
    const app = {
      'app/main.py': 'app = None\n',
      'requirements.txt': 'fastapi\n',
      'scripts/api.py': 'app = None\n',
    };
    for (const c of [resolvedContract(), hfContract(), resolvedContract({ image: { stages: 'single' } })]) {
      expect(lintGenerated(c, app).failed).toBe(false);
    }
  });

  it('the check can fail: a hand-broken Dockerfile does not lint clean', () => {
    const c = resolvedContract();
    const text = renderFiles(c, { only: ['dockerfile'] })[0].text.replace(/^USER .*$/m, 'USER root');
    const result = summarize([lintTextSync(text, { file: 'Dockerfile', contract: c })], 'warning');
    expect(result.failed).toBe(true);
  });
});
