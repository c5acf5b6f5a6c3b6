import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureCliOutput, dockspec } from '../helpers/cli-capture.js';

// Flag errors that verify reports before it looks for an engine; no engine needed.
const contract = `version: 1
service: demo-api
target: compose
app: { framework: fastapi, entrypoint: app.main:app, port: 8000 }
`;

let dir: string;
const io = captureCliOutput();
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dockspec-cli-verify-'));
  await writeFile(join(dir, 'dockspec.yaml'), contract);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dockspec verify (CLI, no engine)', () => {
  it('echoes the text of a bad --time-scale, not NaN', async () => {
    const c = join(dir, 'dockspec.yaml');
    expect(await dockspec('verify', '--contract', c, '--time-scale', 'abc')).toBe(2);
    expect(io.stderr).toContain('--time-scale must be a positive number, not abc');
    expect(io.stderr).not.toContain('NaN');
    expect(await dockspec('verify', '--contract', c, '--time-scale', '0')).toBe(2);
  });

  it('shows examples in --help, like the other commands', async () => {
    await dockspec('verify', '--help');
    expect(io.stdout).toMatch(/Examples:\n\s+\$ dockspec verify/);
    expect(io.stdout).toContain('--report html --out verify.html');
  });
});
