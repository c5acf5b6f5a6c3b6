import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const seeds = new URL('../fixtures/seeds/', import.meta.url).pathname;
const run = (args: string[], cwd = process.cwd()) =>
  spawnSync('node', [bin, 'lint', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('dockspec lint (CLI)', () => {
  it('lints the current directory by default and exits 1 on findings', () => {
    const r = run([], path.join(seeds, '000-hf-space'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Dockerfile\n/);
    expect(r.stdout).toContain('\n  31:9  error  HEALTHCHECK runs curl');
    expect(r.stdout).toContain('    |         ^^^^');
  });

  it('--format json prints an array of findings on stdout', () => {
    const r = run([path.join(seeds, '002-multistage/Dockerfile'), '--format', 'json']);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout);
    expect(findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`)).toContain(
      'DS1006@16',
    );
  });

  it('--failure-threshold none exits 0; bad flags exit 2 with a hint', () => {
    expect(run([path.join(seeds, '000-hf-space'), '--failure-threshold', 'none']).status).toBe(0);
    const bad = run(['--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown format "xml"');
    const missing = run(['/no/such/Dockerfile']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file or directory');
  });

  it('--fix rewrites the file and exits by what is left', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    cpSync(path.join(seeds, '000-hf-space'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      'FROM python:3.12-slim\nRUN pip install fastapi\nCMD uvicorn app:app --host 0.0.0.0 --port 7860\nUSER 1000\n',
    );
    const r = run(['--fix', '--no-contract', '--failure-threshold', 'error'], dir);
    expect(r.stderr).toMatch(/fixed \d+ problems/);
    const fixed = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    expect(fixed).toContain('RUN pip install --no-cache-dir fastapi');
    expect(fixed).toContain('CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "7860"]');
    expect(r.status).toBe(0);
  });

  it('a broken contract is an input error (exit 2) naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM python:3.12-slim\n');
    writeFileSync(path.join(dir, 'dockspec.yaml'), 'version: 1\nservice: Bad Name\ntarget: nowhere\n');
    const r = run([], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('dockspec.yaml');
    expect(run(['--no-contract', '--failure-threshold', 'error'], dir).status).toBe(0);
  });
});
