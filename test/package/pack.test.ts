import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The published artefact, not the work tree: pack, install globally into a private prefix, run the bin.
const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'dockspec-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('produces a tarball that installs globally and runs dockspec --version', () => {
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
    });
    const [{ filename, files }] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    const paths = files.map((f) => f.path);
    expect(paths).toContain('dist/cli/bin.js');
    expect(paths).toContain('schema/dockspec.schema.json');
    expect(paths.some((p) => p.startsWith('test/') || p.startsWith('src/'))).toBe(false);

    const prefix = join(work, 'prefix');
    execFileSync(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(work, filename),
      ],
      { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const version = execFileSync(join(prefix, 'bin', 'dockspec'), ['--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe(pkg.version);
    const help = execFileSync(join(prefix, 'bin', 'dockspec'), ['lint', '--help'], { encoding: 'utf8' });
    expect(help).toContain('Usage: dockspec lint');
  }, 240_000);
});
