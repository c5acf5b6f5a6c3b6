import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// How CI jobs and pre-commit hooks call a Dockerfile linter: stdin, quoted globs, whole trees.
const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const run = (args: string[], cwd: string, input?: string | Buffer) =>
  spawnSync('node', [bin, 'lint', ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

const clean =
  'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nUSER 1000\nHEALTHCHECK NONE\nCMD ["python", "app.py"]\n';
const flawed =
  'FROM python:3.12-slim\nRUN pip install fastapi==0.115.0\nUSER 1000\nHEALTHCHECK NONE\nENV PYTHONUNBUFFERED=1\nCMD ["python", "app.py"]\n';

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-inputs-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

const ruleAt = (stdout: string) =>
  (JSON.parse(stdout) as { file: string; ruleId: string; line: number }[]).map(
    (f) => `${f.file}:${f.line} ${f.ruleId}`,
  );

describe('dockspec lint inputs', () => {
  it('- reads one Dockerfile from stdin, named <stdin> or by --stdin-filename', () => {
    const dir = tree({});
    const plain = run(['-', '--no-contract'], dir, flawed);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toMatch(
      /^<stdin> {2}\(no build context: COPY sources and .dockerignore not checked\)\n {2}2:5 {2}warning {2}pip keeps/,
    );
    // The code frame comes from what arrived on stdin.
    expect(plain.stdout).toContain('    | RUN pip install fastapi==0.115.0');
    const named = run(
      ['-', '--stdin-filename', 'svc/Dockerfile', '--no-contract', '-f', 'json'],
      dir,
      flawed,
    );
    expect(ruleAt(named.stdout)).toEqual(['svc/Dockerfile:2 DS2004']);
    expect(run(['-', '--no-contract'], dir, clean).status).toBe(0);
  });

  it('stdin takes its configuration from the folder of --stdin-filename', () => {
    const dir = tree({ 'svc/.hadolint.yaml': 'ignored:\n  - DL3042\n' });
    const r = run(['-', '--stdin-filename', 'svc/Dockerfile', '--no-contract'], dir, flawed);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('✓ 1 file linted, no problems\n');
    expect(run(['-', '--stdin-filename', 'other/Dockerfile', '--no-contract'], dir, flawed).status).toBe(1);
  });

  it('stdin that is not text is one error finding; --fix and a lone --stdin-filename are refused', () => {
    const dir = tree({});
    const bad = run(['-', '--no-contract'], dir, gzipSync(Buffer.from(flawed)) as unknown as string);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('  1:1  error  not linted: it holds NUL bytes');
    const fix = run(['-', '--fix', '--no-contract'], dir, flawed);
    expect(fix.status).toBe(2);
    expect(fix.stderr).toContain('--fix cannot write back to stdin');
    const lone = run(['--stdin-filename', 'Dockerfile'], dir, flawed);
    expect(lone.status).toBe(2);
    expect(lone.stderr).toContain('Pass - as a path too');
  });

  it('expands a quoted glob itself, skipping node_modules and .git as a directory scan does', () => {
    const dir = tree({
      'services/api/Dockerfile': flawed,
      'services/worker/Dockerfile': flawed,
      'services/web/README.md': '# not a Dockerfile\n',
      'node_modules/pkg/Dockerfile': flawed,
      'services/api/node_modules/x/Dockerfile': flawed,
    });
    const r = run(['services/*/Dockerfile', '--no-contract', '-f', 'json'], dir);
    expect(ruleAt(r.stdout)).toEqual([
      'services/api/Dockerfile:2 DS2004',
      'services/worker/Dockerfile:2 DS2004',
    ]);
    const deep = run(['**/Dockerfile', '--no-contract', '-f', 'json'], dir);
    expect(ruleAt(deep.stdout)).toEqual([
      'services/api/Dockerfile:2 DS2004',
      'services/worker/Dockerfile:2 DS2004',
    ]);
    const none = run(['apps/*/Dockerfile', '--no-contract'], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('apps/*/Dockerfile: the pattern matches no file');
  });

  it('a binary Dockerfile.gz in a scanned tree is noted and the rest is linted; SARIF holds every result', () => {
    const dir = tree({
      'a/Dockerfile': flawed,
      'b/Dockerfile.gz': gzipSync(Buffer.from(flawed)),
      'c/Dockerfile': clean,
    });
    const text = run(['.', '--no-contract'], dir);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('b/Dockerfile.gz\n  1:1  info  not linted: it holds NUL bytes');
    const sarifFile = path.join(dir, 'out.sarif');
    const sarif = run(['.', '--no-contract', '-f', 'sarif'], dir);
    writeFileSync(sarifFile, sarif.stdout);
    const results = JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results as {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(
      results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.ruleId} ${r.level}`),
    ).toEqual(['a/Dockerfile DS2004 warning', 'b/Dockerfile.gz DS1000 note']);
    // Only notes left: the exit code follows the findings.
    expect(run(['b', 'c', '--no-contract'], dir).status).toBe(0);
  });
});

describe('dockspec lint --fix-dry-run', () => {
  const fixable =
    'FROM python:3.12-slim\nRUN pip install fastapi==0.115.0\nRUN echo "$(pip install uvicorn==0.30.0)"\nUSER 1000\nHEALTHCHECK NONE\nENV PYTHONUNBUFFERED=1\nCMD ["python", "app.py"]\n';

  it('prints a diff that git applies, changes nothing, and leaves unsafe edits out', () => {
    const dir = tree({ Dockerfile: fixable });
    const r = run(['--fix-dry-run', '--no-contract'], dir);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(fixable);
    expect(r.stdout).toMatch(/^--- a\/Dockerfile\n\+\+\+ b\/Dockerfile\n@@ /);
    expect(r.stdout).toContain('+RUN pip install --no-cache-dir fastapi==0.115.0');
    // Inside $(…) the edit is only a suggestion: not in the patch.
    expect(r.stdout).not.toContain('+RUN echo');
    expect(r.stderr).toContain('--fix would fix 1 problem in 1 file; 1 would remain');
    expect(r.status).toBe(1);
    writeFileSync(path.join(dir, 'fix.patch'), r.stdout);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    expect(git('apply', 'fix.patch').status).toBe(0);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toContain(
      'pip install --no-cache-dir fastapi',
    );
  });

  it('--diff is the same; it works on stdin; nothing to fix prints nothing', () => {
    const dir = tree({ Dockerfile: clean });
    const fromStdin = run(['--diff', '-', '--no-contract'], dir, fixable);
    expect(fromStdin.stdout).toMatch(/^--- a\/<stdin>\n/);
    const none = run(['--diff', '--no-contract'], dir);
    expect(none.stdout).toBe('');
    expect(none.status).toBe(0);
    expect(run(['--fix', '--fix-dry-run'], dir).status).toBe(2);
  });
});

describe('dockspec lint configuration it does not know', () => {
  it('warns once about unknown .hadolint.yaml keys and rule ids, with the nearest known one', () => {
    const dir = tree({
      '.hadolint.yaml': 'ignore:\n  - DL3008\nformat: json\nignored:\n  - DL3031\n  - pip-no-cache-dr\n',
      'a/Dockerfile': flawed,
      'b/Dockerfile': flawed,
    });
    const r = run(['.', '--no-contract'], dir);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      'warning .hadolint.yaml: unknown key `ignore` (did you mean ignored?)',
      'warning .hadolint.yaml: `format` is read by hadolint, not by dockspec (pass --format)',
      "warning .hadolint.yaml: dockspec has no rule with hadolint's id DL3031",
      'warning .hadolint.yaml: no rule "pip-no-cache-dr" (did you mean pip-no-cache-dir?)',
    ]);
    // The typo ignores nothing: the finding stays.
    expect(r.stdout).toContain('DS2004 pip-no-cache-dir');
  });

  it('a pragma naming no rule is a finding at its line; disable-ignore-pragma turns pragmas off', () => {
    const code = flawed.replace('RUN pip', '# dockspec-ignore=pip-no-cache-dr\nRUN pip');
    const dir = tree({ Dockerfile: code });
    const r = run(['--no-contract'], dir);
    expect(r.stdout).toContain(
      '2:1  warning  the pragma names no rule "pip-no-cache-dr", so it suppresses nothing; did you mean pip-no-cache-dir?',
    );
    const ok = tree({ Dockerfile: code.replace('dr\n', 'dir\n') });
    expect(run(['--no-contract'], ok).status).toBe(0);
    writeFileSync(path.join(ok, '.hadolint.yaml'), 'disable-ignore-pragma: true\n');
    const off = run(['--no-contract'], ok);
    expect(off.status).toBe(1);
    expect(off.stdout).toContain('DS2004 pip-no-cache-dir');
  });
});
