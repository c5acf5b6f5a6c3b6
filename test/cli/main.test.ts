import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('dockspec CLI', () => {
  it('prints its version', () => {
    expect(execFileSync('node', [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });

  it('exits 2 on an unknown command, with usage on stderr', () => {
    const r = spawnSync('node', [bin, 'frobnicate'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stdout).toBe('');
  });

  it('documents the exit codes in --help', () => {
    const out = execFileSync('node', [bin, '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/Exit codes:[\s\S]*2 {2}usage or input error/);
  });
});
