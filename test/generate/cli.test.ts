import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main.js';
import { outputSink } from '../../src/cli/output.js';
import { captureCliOutput, dockspec } from '../helpers/cli-capture.js';

const contract = `version: 1
service: demo-api
target: compose
app: { framework: fastapi, entrypoint: app.main:app, port: 8000 }
image: { copy: [{ source: app/ }] }
`;

let dir: string;
const io = captureCliOutput();
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dockspec-cli-generate-'));
  await writeFile(join(dir, 'dockspec.yaml'), contract);
  await mkdir(join(dir, 'app'));
  await writeFile(join(dir, 'requirements.txt'), 'fastapi\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dockspec generate (CLI)', () => {
  it('writes the files, then --check passes; a drift makes --check exit 1 with a diff', async () => {
    const c = join(dir, 'dockspec.yaml');
    expect(await dockspec('generate', '--contract', c)).toBe(0);
    expect(io.stderr).toMatch(/created +Dockerfile/);
    expect(await dockspec('generate', '--contract', c, '--check')).toBe(0);
    await writeFile(c, contract.replace('port: 8000', 'port: 9000'));
    io.stdout = '';
    expect(await dockspec('generate', '--contract', c, '--check')).toBe(1);
    expect(io.stdout).toContain('+EXPOSE 9000');
    expect(await readFile(join(dir, 'Dockerfile'), 'utf8')).toContain('EXPOSE 8000');
  });

  it('exits 2 naming a hand-edited file, and --force overwrites it', async () => {
    const c = join(dir, 'dockspec.yaml');
    await dockspec('generate', '--contract', c);
    await writeFile(join(dir, 'Dockerfile'), `${await readFile(join(dir, 'Dockerfile'), 'utf8')}# mine\n`);
    await writeFile(c, contract.replace('port: 8000', 'port: 9000'));
    io.stderr = '';
    expect(await dockspec('generate', '--contract', c)).toBe(2);
    expect(io.stderr).toContain('refusing to overwrite Dockerfile');
    expect(io.stderr).toContain('edited since dockspec generated it');
    expect(await dockspec('generate', '--contract', c, '--force')).toBe(0);
    expect(await readFile(join(dir, 'Dockerfile'), 'utf8')).toContain('EXPOSE 9000');
  });

  it('exits 2 when --out is an existing file, saying it is not a directory', async () => {
    const file = join(dir, 'somefile.yaml');
    await writeFile(file, 'x: 1\n');
    expect(await dockspec('generate', '--contract', join(dir, 'dockspec.yaml'), '--out', file)).toBe(2);
    expect(io.stderr).toContain(`--out ${file} is not a directory`);
    expect(
      await dockspec('generate', '--contract', join(dir, 'dockspec.yaml'), '--out', join(file, 'sub')),
    ).toBe(2);
    expect(io.stderr).toContain('is a file, not a directory');
  });

  it.runIf(process.platform === 'linux')(
    'exits 2 promptly when --out cannot be created (/proc/nope)',
    async () => {
      const started = Date.now();
      expect(
        await dockspec('generate', '--contract', join(dir, 'dockspec.yaml'), '--out', '/proc/nope'),
      ).toBe(2);
      expect(io.stderr).toContain('cannot create the folder /proc/nope');
      expect(Date.now() - started).toBeLessThan(5000);
    },
    10_000,
  );

  it('paints status by whether io.stderr is a terminal, not io.stdout', async () => {
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('FORCE_COLOR', '');
    const terminal = vi.spyOn(outputSink, 'isTerminal');
    try {
      terminal.mockImplementation((fd) => fd === 2);
      await run(['node', 'dockspec', 'generate', '--contract', join(dir, 'dockspec.yaml')]);
      expect(io.stderr).toContain('\u001b[32mcreated');
      io.stderr = '';
      terminal.mockImplementation((fd) => fd === 1);
      await run(['node', 'dockspec', 'generate', '--contract', join(dir, 'dockspec.yaml')]);
      expect(io.stderr).toMatch(/^unchanged/m);
      expect(io.stderr).not.toContain('\u001b[');
    } finally {
      terminal.mockRestore();
      vi.unstubAllEnvs();
      process.exitCode = undefined;
    }
  });

  it('package exits 2 when --out is an existing file', async () => {
    const file = join(dir, 'somefile');
    await writeFile(file, 'x\n');
    expect(
      await dockspec('package', '-t', 'hf-space', '--contract', join(dir, 'dockspec.yaml'), '--out', file),
    ).toBe(2);
    expect(io.stderr).toContain(`--out ${file} is not a directory`);
  });

  it('rejects an unknown --only artifact with exit 2', async () => {
    expect(await dockspec('generate', '--contract', join(dir, 'dockspec.yaml'), '--only', 'helm')).toBe(2);
    expect(io.stderr).toContain('unknown artifact "helm"');
  });
});
