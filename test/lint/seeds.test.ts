import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint/index.js';

const seeds = new URL('../fixtures/seeds/', import.meta.url).pathname;
const rel = (p: string) => path.relative(process.cwd(), path.join(seeds, p));
const brief = (f: { ruleId: string; file: string; line: number; column: number }) =>
  `${f.file}:${f.line}:${f.column} ${f.ruleId}`;

// The seeds are real hand-written contracts; each has one defect that breaks the deployment.
describe('the seeds’ own Dockerfiles', () => {
  it('000: HEALTHCHECK calls curl in python:3.11-slim, which has no curl', async () => {
    const result = await lintFiles([path.join(seeds, '000-hf-space')]);
    expect(result.findings.map(brief)).toEqual([`${rel('000-hf-space/Dockerfile')}:31:9 DS1005`]);
    expect(result.failed).toBe(true);
  });

  it('002: .dockerignore excludes README.md, which the builder COPYs', async () => {
    const result = await lintFiles([path.join(seeds, '002-multistage/Dockerfile')]);
    expect(result.findings.map(brief)).toEqual([`${rel('002-multistage/Dockerfile')}:16:21 DS1006`]);
    expect(result.findings[0].message).toContain('line 17 (README.md)');
  });

  it('003: CORS origin "https://*.vercel.app" in allow_origins never matches', async () => {
    const result = await lintFiles([path.join(seeds, '003-hf-cors')]);
    expect(result.findings.map(brief)).toEqual([`${rel('003-hf-cors/scripts/api.py')}:11:9 DS6001`]);
    expect(result.findings[0].message).toContain('allow_origin_regex');
  });

  it('a directory is searched for Dockerfile, Dockerfile.* and friends', async () => {
    const result = await lintFiles([path.join(seeds, '002-multistage')]);
    expect(result.files.map((f) => path.basename(f.file))).toEqual(['Dockerfile', 'Dockerfile.gpu']);
  });
});
