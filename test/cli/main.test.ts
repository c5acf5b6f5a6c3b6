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

describe('dockspec CLI in a pipe', () => {
  it('stops quietly when the reader closes the pipe early (dockspec --help | head -1)', () => {
    const r = spawnSync('sh', ['-c', `node '${bin}' --help | head -1; node '${bin}' schema | head -c 10`], {
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled 'error' event/);
    expect(r.stdout).toContain('Usage: dockspec');
  });
});

describe('dockspec lint output', () => {
  const file = new URL('../fixtures/seeds/002-multistage/Dockerfile', import.meta.url).pathname;

  it('writes its report without setting up Node’s stdout and stderr streams (about 5% of a one-file run)', () => {
    // A module run before the CLI that reports the first read of process.stdout or process.stderr.
    const watch = `data:text/javascript,${encodeURIComponent(`
      import { writeSync } from 'node:fs';
      for (const name of ['stdout', 'stderr']) {
        const own = Object.getOwnPropertyDescriptor(process, name);
        Object.defineProperty(process, name, { configurable: true, get() {
          writeSync(2, 'touched ' + name + '\\n');
          return own.get.call(this);
        } });
      }`)}`;
    const r = spawnSync('node', ['--import', watch, bin, 'lint', '--no-contract', '--no-shellcheck', file], {
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('DS1006');
    expect(r.stderr).not.toContain('touched');
  });

  it('stops quietly when the reader leaves before the report is written (dockspec lint | head -1)', () => {
    const r = spawnSync(
      'sh',
      ['-c', `node '${bin}' lint --no-contract --no-shellcheck --format json '${file}' | head -c 1`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('[');
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled 'error' event|internal error/);
  });
});
