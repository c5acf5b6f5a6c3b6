import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('parses RUN with baseline wasm code only: nothing is left compiling with TurboFan at exit', () => {
    // Node 24 ignored a run-time --liftoff-only and spent 1.7 s on the grammar's lexer before exiting.
    const r = spawnSync(
      'node',
      [
        '--trace-wasm-compilation-times',
        bin,
        'lint',
        '--no-contract',
        path.join(seeds, '002-multistage/Dockerfile'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.stdout).toContain('using Liftoff');
    expect(r.stdout).not.toContain('using TurboFan');
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

  it('--threads N lints on N threads with the same output as one; a bad N exits 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    for (let i = 0; i < 40; i++) {
      mkdirSync(path.join(dir, `s${i}`));
      writeFileSync(path.join(dir, `s${i}`, 'Dockerfile'), `FROM python:3.12\nRUN pip install x${i}\n`);
    }
    const one = run(['--threads', '1', '--format', 'json', dir]);
    const two = run(['--threads', '2', '--format', 'json', dir]);
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).filter((f: { ruleId: string }) => f.ruleId === 'DS2004')).toHaveLength(40);
    const bad = run(['--threads', '0', dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--threads 0: not a whole number of threads');
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

  it('a named binary or non-UTF-8 file is one error finding for that file, without a code frame', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    writeFileSync(path.join(dir, 'Bin.Dockerfile'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0]));
    writeFileSync(
      path.join(dir, 'Latin1.Dockerfile'),
      Buffer.from('FROM python:3.12\nLABEL a="caf\xe9"\n', 'latin1'),
    );
    for (const name of ['Bin.Dockerfile', 'Latin1.Dockerfile']) {
      const r = run([name, '--no-contract'], dir);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(
        new RegExp(`^${name}\n  1:1  error  not linted: it (holds NUL bytes|is not valid UTF-8)`),
      );
      expect(r.stdout).not.toContain('    | ');
      expect(r.stderr).toBe('');
    }
  });

  it('an empty Dockerfile is an error: Docker refuses a file with no instructions', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    writeFileSync(path.join(dir, 'E.Dockerfile'), '');
    const r = run(['E.Dockerfile', '--no-contract'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('1:1  error  the Dockerfile has no instructions');
  });

  it('--fix on a CRLF file inserts lines with CRLF', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    const file = path.join(dir, 'c.Dockerfile');
    writeFileSync(file, 'FROM python:3.12-slim\r\nUSER 1000\r\nCMD ["python", "app.py"]\r\n');
    run([file, '--no-contract', '--fix'], dir);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('ENV PYTHONUNBUFFERED=1\r\n');
    expect(fixed).not.toMatch(/[^\r]\n/);
  });

  it('names an absolute path outside cwd as given, and one under cwd relative to it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    const file = path.join(seeds, '000-hf-space/Dockerfile');
    expect(run([file, '--no-contract'], dir).stdout.split('\n')[0]).toBe(file);
    expect(run([file, '--no-contract'], seeds).stdout.split('\n')[0]).toBe('000-hf-space/Dockerfile');
  });

  it('--context must be an existing directory', () => {
    const file = path.join(seeds, '000-hf-space/Dockerfile');
    const missing = run([file, '--context', '/no/such/dir']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--context /no/such/dir: no such directory');
    const notDir = run([file, '--context', file]);
    expect(notDir.status).toBe(2);
    expect(notDir.stderr).toContain('is a file, not a directory');
  });

  it('--ignore with an unknown rule exits 2 naming the nearest known one', () => {
    const file = path.join(seeds, '000-hf-space/Dockerfile');
    const r = run([file, '--ignore', 'pip-no-cache-dr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--ignore pip-no-cache-dr: no such rule');
    expect(r.stderr).toContain('Did you mean pip-no-cache-dir?');
    expect(run([file, '--ignore', 'DS9999']).status).toBe(2);
    expect(run([file, '--ignore', 'dl3042', '--failure-threshold', 'none']).status).toBe(0);
    // A hadolint id dockspec has no rule for (label schema) only warns: migrated command lines keep working.
    const hadolint = run([file, '--ignore', 'DL3031', '--failure-threshold', 'none']);
    expect(hadolint.status).toBe(0);
    expect(hadolint.stderr).toContain('warning --ignore DL3031: dockspec has no rule with that hadolint id');
  });

  it('a directory named like a Dockerfile is reported as a directory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    mkdirSync(path.join(dir, 'dd/Dockerfile'), { recursive: true });
    const r = run(['dd/Dockerfile'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('dd/Dockerfile is a directory containing no Dockerfile');
  });

  it('an unknown rule in the contract’s lint.ignore is a warning, not an error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    cpSync(path.join(seeds, '000-hf-space'), dir, { recursive: true });
    const contract = readFileSync(path.join(dir, 'dockspec.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'dockspec.yaml'), `${contract}\nlint:\n  ignore: [pip-no-cache-dr]\n`);
    const r = run([], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'lint.ignore names no rule "pip-no-cache-dr" (did you mean pip-no-cache-dir?)',
    );
  });
});
