import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Cases written by the team, each modelled on a kind of real layout (its key.yaml says which): lone
// files, stdin, monorepos built from the root, subfolder contexts, .dockerignore policies and
// multi-stage builds. Each key lists the findings that must appear for the rules it speaks about;
// any other finding of those rules is a false error.
const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const corpus = new URL('../fixtures/lint-context/', import.meta.url).pathname;

interface Key {
  about: string;
  lint: string[];
  rules: string[];
  expect: string[];
  clean?: string[];
  stdin?: string;
  git?: boolean;
  /** The build context JSON must name for the linted Dockerfile (null: none). */
  context?: string | null;
}

const cases = readdirSync(corpus).sort();
const totals = { expected: 0, found: 0, missed: 0, falseErrors: 0 };

describe('lint context corpus', () => {
  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  for (const name of cases) {
    const key = parse(readFileSync(path.join(corpus, name, 'key.yaml'), 'utf8')) as Key;
    it(`${name}: ${key.about}`, () => {
      const dir = mkdtempSync(path.join(tmpdir(), `dockspec-ctx-${name}-`));
      // The key is not part of the layout it describes.
      cpSync(path.join(corpus, name), dir, {
        recursive: true,
        filter: (src) => path.basename(src) !== 'key.yaml',
      });
      if (key.git) spawnSync('git', ['init', '-q'], { cwd: dir });
      const r = spawnSync('node', [bin, 'lint', ...key.lint, '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        input: key.stdin ? readFileSync(path.join(dir, key.stdin)) : undefined,
      });
      expect(r.status, r.stderr).not.toBe(2);
      const all = JSON.parse(r.stdout) as {
        file: string;
        line: number;
        ruleId: string;
        context?: string | null;
      }[];
      if (key.context !== undefined) {
        const own = all.filter((f) => f.file === (key.stdin ? '<stdin>' : key.lint[0]));
        expect(own.length).toBeGreaterThan(0);
        for (const f of own) expect(f.context).toBe(key.context);
      }
      const found = all
        .filter((f) => key.rules.includes(f.ruleId))
        .map((f) => `${f.file}:${f.line} ${f.ruleId}`);
      const missed = key.expect.filter((e) => !found.includes(e));
      const falseErrors = found.filter((f) => !key.expect.includes(f));
      totals.expected += key.expect.length;
      totals.found += found.length - falseErrors.length;
      totals.missed += missed.length;
      totals.falseErrors += falseErrors.length;
      // Lines the key says must stay clean are a subset of "anything not expected".
      for (const c of key.clean ?? []) expect(key.expect).not.toContain(c);
      expect({ missed, falseErrors }).toEqual({ missed: [], falseErrors: [] });
    });
  }

  afterAll(() => {
    console.log(
      `lint context corpus: ${cases.length} cases, ${totals.expected} expected findings, ${totals.found} found, ${totals.missed} missed, ${totals.falseErrors} false`,
    );
  });
});
