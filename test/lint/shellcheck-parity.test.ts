import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser, parseDockerfile } from '../../src/dockerfile/index.js';
import { lintTextSync, rules } from '../../src/lint/index.js';
import { runShellcheck, shellcheckScripts } from '../../src/lint/shellcheck.js';

// The native ShellCheck checks against `shellcheck` itself, on RUN shapes written by the team
// (test/fixtures/shellcheck/, kind of source on each first line). expected.json holds what
// `shellcheck` 0.9 reported for the codes dockspec checks natively, on the scripts dockspec extracts
// (shebang of the stage's shell, ARG/ENV names declared, as hadolint does), at Dockerfile positions.
// With the executable installed (CI installs Debian's; DOCKSPEC_REQUIRE_SHELLCHECK=1 makes its
// absence a failure) the test runs it again and compares; DOCKSPEC_RECORD_SHELLCHECK=1 rewrites
// expected.json from it.
const dir = new URL('../fixtures/shellcheck/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.Dockerfile'));
const expectedFile = `${dir}expected.json`;
const nativeRules = rules.filter((r) => r.aliases?.some((a) => a.startsWith('SC')));
const codes = new Set(nativeRules.flatMap((r) => r.aliases ?? []).filter((a) => a.startsWith('SC')));
const codeOf = new Map(nativeRules.map((r) => [r.id, r.aliases!.find((a) => a.startsWith('SC'))!]));

const installed = (() => {
  try {
    execFileSync('shellcheck', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

type Found = string[];
const show = (
  code: string,
  r: { start: { line: number; column: number }; end: { line: number; column: number } },
) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column} ${code}`;
const sorted = (list: string[]) => list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

function native(text: string): Found {
  return sorted(
    lintTextSync(text, { rules: nativeRules })
      .findings.filter((f) => codeOf.has(f.ruleId))
      .map((f) =>
        show(codeOf.get(f.ruleId)!, {
          start: { line: f.line, column: f.column },
          end: { line: f.endLine, column: f.endColumn },
        }),
      ),
  );
}

async function executable(text: string): Promise<Found> {
  const found = runShellcheck('shellcheck', shellcheckScripts(parseDockerfile(text)));
  // Lint reports a finding once, though a backtick the outer shell runs inside `bash -c "…"` is in both scripts.
  return sorted([...new Set(found.filter((f) => codes.has(f.code)).map((f) => show(f.code, f.range)))]);
}

describe('native ShellCheck checks agree with shellcheck', () => {
  let expected: Record<string, Found> = {};
  beforeAll(async () => {
    await initShellParser();
    if (process.env.DOCKSPEC_RECORD_SHELLCHECK === '1') {
      const recorded: Record<string, Found> = {};
      for (const f of files) recorded[f] = await executable(readFileSync(dir + f, 'utf8'));
      writeFileSync(expectedFile, `${JSON.stringify(recorded, null, 2)}\n`);
    }
    expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
  });

  it('has a recorded answer for every fixture, and the fixtures cover every native code', () => {
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
    const seen = new Set(Object.values(expected).flatMap((list) => list.map((k) => k.split(' ')[1])));
    expect([...codes].filter((c) => !seen.has(c))).toEqual([]);
  });

  for (const file of files) {
    it(`${file}: native checks report what shellcheck reported`, () => {
      expect(native(readFileSync(dir + file, 'utf8'))).toEqual(expected[file]);
    });
  }

  it.runIf(installed || process.env.DOCKSPEC_REQUIRE_SHELLCHECK === '1')(
    'the installed shellcheck still reports what expected.json holds',
    async () => {
      expect(installed, 'DOCKSPEC_REQUIRE_SHELLCHECK=1 but no shellcheck on PATH').toBe(true);
      for (const file of files)
        expect(await executable(readFileSync(dir + file, 'utf8')), file).toEqual(expected[file]);
    },
  );
});
