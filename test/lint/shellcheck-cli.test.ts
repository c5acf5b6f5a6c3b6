import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { lintTextSync, resolveShellcheck, rules } from '../../src/lint/index.js';

// `dockspec lint` with and without a shellcheck executable. Runs wherever shellcheck is installed
// (CI installs Debian's; DOCKSPEC_REQUIRE_SHELLCHECK=1 makes its absence a failure).
const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const installed = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v shellcheck'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();
const required = process.env.DOCKSPEC_REQUIRE_SHELLCHECK === '1';

function project(dockerfile: string, hadolint?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-sc-'));
  writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  if (hadolint) writeFileSync(path.join(dir, '.hadolint.yaml'), hadolint);
  return dir;
}

interface JsonFinding {
  ruleId: string;
  rule: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}

const lint = (dir: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync('node', [bin, 'lint', '--no-contract', '--format', 'json', ...args, 'Dockerfile'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { ...r, findings: r.stdout ? (JSON.parse(r.stdout) as JsonFinding[]) : [] };
};
const sc = (findings: JsonFinding[]) =>
  findings.filter((f) => /^SC\d+$/.test(f.ruleId) || f.ruleId === 'DS1049' || f.ruleId === 'DS1048');

const dockerfile = [
  'FROM python:3.12-slim',
  'ARG VERSION=1.0',
  'RUN echo $HOME $VERSION $lower_unset',
  '# hadolint ignore=SC2006',
  'RUN echo "built `date`" > /build-date',
  'CMD echo `date`',
  '',
].join('\n');

describe('lint with a shellcheck executable', () => {
  it('resolves --no-shellcheck, DOCKSPEC_SHELLCHECK=off and a bad path as a user would expect', () => {
    expect(resolveShellcheck(false, { PATH: '/usr/bin' })).toBeUndefined();
    expect(resolveShellcheck(undefined, { DOCKSPEC_SHELLCHECK: 'off', PATH: '/usr/bin' })).toBeUndefined();
    expect(resolveShellcheck(undefined, { PATH: '' })).toBeUndefined();
    expect(() => resolveShellcheck('/nonexistent/shellcheck', {})).toThrow(
      /--shellcheck \/nonexistent\/shellcheck: not a shellcheck executable/,
    );
    expect(() => resolveShellcheck(undefined, { DOCKSPEC_SHELLCHECK: '/bin/true' })).toThrow(
      /DOCKSPEC_SHELLCHECK=\/bin\/true/,
    );
  });

  it('keeps the native findings, with a note, when the executable fails on a file', async () => {
    await initShellParser();
    const shellRules = rules.filter((r) => r.aliases?.some((a) => a.startsWith('SC')) || r.id === 'DS1047');
    const { findings } = lintTextSync(dockerfile, { rules: shellRules, shellcheck: '/bin/false' });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '3:1 DS1047',
      '3:10 DS1049',
      '3:25 DS1049',
      '6:10 DS1048',
    ]);
    expect(findings[0].message).toBe(
      'shellcheck could not check this file (/bin/false printed no ShellCheck JSON (exit status 1)); dockspec ran its own SC checks instead',
    );
  });

  it('says what to do, exit 2, for a --shellcheck that is not one', () => {
    const r = lint(project(dockerfile), ['--shellcheck', '/bin/true']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shellcheck /bin/true: not a shellcheck executable');
    expect(r.stderr).toContain('apt install shellcheck');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('without the executable, the native checks report under DS ids with SC aliases', () => {
    const r = lint(project(dockerfile), ['--no-shellcheck']);
    expect(sc(r.findings).map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '3:10 DS1049',
      '3:25 DS1049',
      '6:10 DS1048',
    ]);
  });

  it.runIf(installed || required)(
    'with it, SC codes replace the native findings in RUN; pragmas and config apply',
    () => {
      expect(installed, 'DOCKSPEC_REQUIRE_SHELLCHECK=1 but no shellcheck on PATH').not.toBe('');
      const dir = project(dockerfile);
      const r = lint(dir, ['--shellcheck', installed]);
      // SC2154 (lower-case variable never assigned) only the executable knows; the pragma silences
      // SC2006 in the RUN; the CMD is not a RUN, so the native backtick check still speaks there.
      expect(sc(r.findings).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity}`)).toEqual([
        '3:10 SC2086 info',
        '3:25 SC2086 info',
        '3:25 SC2154 warning',
        '6:10 DS1048 style',
      ]);
      // On PATH it is found without the flag; DOCKSPEC_SHELLCHECK=off turns it off again.
      expect(sc(lint(dir, [], { DOCKSPEC_SHELLCHECK: '', PATH: path.dirname(installed) }).findings)).toEqual(
        sc(r.findings),
      );
      expect(sc(lint(dir, [], { DOCKSPEC_SHELLCHECK: 'off' }).findings).map((f) => f.ruleId)).toEqual([
        'DS1049',
        'DS1049',
        'DS1048',
      ]);
      // .hadolint.yaml's ignored names SC codes, as in hadolint.
      const ignored = lint(project(dockerfile, 'ignored: [SC2154]\n'), ['--shellcheck', installed]);
      expect(sc(ignored.findings).map((f) => f.ruleId)).toEqual(['SC2086', 'SC2086', 'DS1048']);
      // SARIF links each SC code to its ShellCheck wiki page.
      const sarif = spawnSync(
        'node',
        [bin, 'lint', '--no-contract', '--format', 'sarif', '--shellcheck', installed, 'Dockerfile'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      const rules = JSON.parse(sarif.stdout).runs[0].tool.driver.rules as { id: string; helpUri?: string }[];
      expect(rules.find((x) => x.id === 'SC2154')?.helpUri).toBe('https://www.shellcheck.net/wiki/SC2154');
    },
  );
});
