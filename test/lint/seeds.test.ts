import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, rules } from '../../src/lint/index.js';
import { isCoreRule } from './harness.js';

// Exact expectations hold for the core rules; other batches' rules may add findings of their own.
const core = rules.filter((r) => isCoreRule(r.id));

const seeds = new URL('../fixtures/seeds/', import.meta.url).pathname;
const rel = (p: string) => path.relative(process.cwd(), path.join(seeds, p));
const brief = (f: { ruleId: string; file: string; line: number; column: number }) =>
  `${f.file}:${f.line}:${f.column} ${f.ruleId}`;

// The seeds are real hand-written contracts; each has one defect that breaks the deployment.
describe('the seeds’ own Dockerfiles', () => {
  it('000: HEALTHCHECK calls curl in python:3.11-slim, which has no curl', async () => {
    const result = await lintFiles([path.join(seeds, '000-hf-space')], { rules: core });
    expect(result.findings.map(brief)).toEqual([`${rel('000-hf-space/Dockerfile')}:31:9 DS1005`]);
    expect(result.failed).toBe(true);
  });

  it('002: .dockerignore excludes README.md, which the builder COPYs', async () => {
    const result = await lintFiles([path.join(seeds, '002-multistage/Dockerfile')], { rules: core });
    expect(result.findings.map(brief)).toEqual([`${rel('002-multistage/Dockerfile')}:16:21 DS1006`]);
    expect(result.findings[0].message).toContain('line 17 (README.md)');
  });

  it('003: CORS origin "https://*.vercel.app" in allow_origins never matches', async () => {
    const result = await lintFiles([path.join(seeds, '003-hf-cors')], { rules: core });
    expect(result.findings.map(brief)).toEqual([`${rel('003-hf-cors/scripts/api.py')}:11:9 DS6001`]);
    expect(result.findings[0].message).toContain('allow_origin_regex');
  });

  it('with every rule, the three defects are still reported', async () => {
    const result = await lintFiles([seeds]);
    const ids = result.findings.map((f) => `${path.basename(path.dirname(f.file))} ${f.ruleId}`);
    expect(ids).toContain('000-hf-space DS1005');
    expect(ids).toContain('002-multistage DS1006');
    expect(ids).toContain('scripts DS6001');
  });

  it('a directory is searched for Dockerfile, Dockerfile.* and friends', async () => {
    const result = await lintFiles([path.join(seeds, '002-multistage')], { rules: core });
    expect(result.files.map((f) => path.basename(f.file))).toEqual(['Dockerfile', 'Dockerfile.gpu']);
  });
});
