import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    // A real lint from the installed copy: the bundled chunks and the shell grammar's wasm resolve
    // from wherever npm put the package.
    const dockerfile = join(work, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM python:3.12-slim\nRUN apt-get update && apt-get install curl\n');
    const lint = spawnSync(join(prefix, 'bin', 'dockspec'), ['lint', '--format', 'json', dockerfile], {
      encoding: 'utf8',
    });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    expect(JSON.parse(lint.stdout).map((f: { ruleId: string }) => f.ruleId)).toContain('DS2001');
  }, 240_000);
});
