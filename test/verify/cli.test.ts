import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main.js';

// Flag errors that verify reports before it looks for an engine; no engine needed.
const contract = `version: 1
service: demo-api
target: compose
app: { framework: fastapi, entrypoint: app.main:app, port: 8000 }
`;

let dir: string;
let stdout: string;
let stderr: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dockspec-cli-verify-'));
  await writeFile(join(dir, 'dockspec.yaml'), contract);
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

const dockspec = async (...args: string[]) => {
  process.exitCode = undefined;
  const code = await run(['node', 'dockspec', '--no-color', ...args]);
  process.exitCode = undefined;
  return code;
};

describe('dockspec verify (CLI, no engine)', () => {
  it('echoes the text of a bad --time-scale, not NaN', async () => {
    const c = join(dir, 'dockspec.yaml');
    expect(await dockspec('verify', '--contract', c, '--time-scale', 'abc')).toBe(2);
    expect(stderr).toContain('--time-scale must be a positive number, not abc');
    expect(stderr).not.toContain('NaN');
    expect(await dockspec('verify', '--contract', c, '--time-scale', '0')).toBe(2);
  });

  it('shows examples in --help, like the other commands', async () => {
    await dockspec('verify', '--help');
    expect(stdout).toMatch(/Examples:\n\s+\$ dockspec verify/);
    expect(stdout).toContain('--report html --out verify.html');
  });
});
