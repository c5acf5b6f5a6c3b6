import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { applyFixes, type Rule } from '../../src/lint/index.js';
import { type CaseContext, lintWith } from './harness.js';

export interface ValidCase extends CaseContext {
  code: string;
  /** Set false when wrapping RUN lines in ONBUILD changes what the case means. */
  onbuild?: boolean;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /**
   * The text after --fix; the fixed text must re-lint clean for this rule. Equal to `code` for a
   * shape --fix must leave alone (the fix would change what the build does).
   */
  output?: string;
  /** The text with the finding's suggestion applied: what the report offers where --fix may not edit. */
  suggestion?: string;
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

export interface RuleTesterOptions {
  /** Re-run cases with `RUN` wrapped in `ONBUILD` (default true; off for rules about the image itself). */
  onbuild?: boolean;
}

const ONBUILD = 'ONBUILD ';

/**
 * ESLint-style tester: each case is one `it`, positions and message ids are asserted, and weak tests
 * are refused (a flagging case without expected findings, duplicate cases, fewer than 3 of each).
 */
export function ruleTester(rule: Rule, tests: RuleTests, options: RuleTesterOptions = {}): void {
  const valid = tests.valid.map((v) => (typeof v === 'string' ? { code: v } : v));
  const seen = new Set<string>();
  for (const c of [...valid, ...tests.invalid]) {
    const key = JSON.stringify([c.code, c.contract, c.files, c.dockerignore, c.config]);
    if (seen.has(key)) throw new Error(`${rule.name}: duplicate test case:\n${c.code}`);
    seen.add(key);
  }
  for (const c of tests.invalid) {
    if (!c.errors || c.errors.length === 0)
      throw new Error(`${rule.name}: a flagging case needs expected errors:\n${c.code}`);
    for (const e of c.errors) {
      if (!(e.messageId in rule.messages))
        throw new Error(`${rule.name}: unknown messageId "${e.messageId}"`);
    }
  }
  if (valid.length < 3 || tests.invalid.length < 3) {
    throw new Error(`${rule.name}: needs at least 3 valid and 3 invalid cases`);
  }

  describe(`${rule.id} ${rule.name}`, () => {
    beforeAll(() => initShellParser());

    valid.forEach((c, i) => {
      it(`valid #${i + 1}`, () => {
        expect(actual(rule, c.code, c)).toEqual([]);
        const wrapped = onbuildVariant(c, options);
        if (wrapped) expect(actual(rule, wrapped.code, c), 'inside ONBUILD').toEqual([]);
      });
    });

    tests.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}`, () => {
        const shape = (e: ExpectedError) => ({ messageId: e.messageId, line: e.line, column: e.column });
        const found = actual(rule, c.code, c, c.errors);
        expect(found).toEqual(c.errors.map((e) => ({ ...shape(e), ...ends(e) })));
        const wrapped = onbuildVariant(c, options);
        if (wrapped) {
          expect(actual(rule, wrapped.code, c, c.errors), 'inside ONBUILD').toEqual(
            c.errors.map((e) => ({
              ...shape(e),
              column: e.column + (wrapped.lines.has(e.line) ? ONBUILD.length : 0),
              ...ends(e, wrapped.lines),
            })),
          );
        }
        if (c.output !== undefined) {
          const fixed = lintWith(rule, c.code, c, true);
          expect(fixed.output ?? c.code, 'fixed text').toBe(c.output);
          if (c.output !== c.code) expect(actual(rule, c.output, c), 'fixed text re-lints clean').toEqual([]);
        }
        if (c.suggestion !== undefined) {
          const offered = lintWith(rule, c.code, c)
            .findings.filter((f) => f.ruleId === rule.id && f.suggestion)
            .map((f) => ({ ...f, fix: f.suggestion }));
          expect(applyFixes(c.code, offered[0]?.file ?? '', offered).text, 'suggested text').toBe(
            c.suggestion,
          );
        }
        for (const f of lintWith(rule, c.code, c).findings) expect(f.message).not.toMatch(/\{\{/);
      });
    });
  });
}

function ends(e: ExpectedError, shifted?: Set<number>) {
  const out: { endLine?: number; endColumn?: number } = {};
  if (e.endLine !== undefined) out.endLine = e.endLine;
  if (e.endColumn !== undefined) {
    const line = e.endLine ?? e.line;
    out.endColumn = e.endColumn + (shifted?.has(line) ? ONBUILD.length : 0);
  }
  return out;
}

function actual(rule: Rule, code: string, c: CaseContext, expected: ExpectedError[] = []) {
  const wantEnd = expected.some((e) => e.endLine !== undefined || e.endColumn !== undefined);
  return lintWith(rule, code, c)
    .findings.filter((f) => f.ruleId === rule.id)
    .map((f, i) => {
      const base = { messageId: f.messageId, line: f.line, column: f.column };
      const e = expected[i];
      if (!wantEnd || !e) return base;
      return {
        ...base,
        ...(e.endLine !== undefined ? { endLine: f.endLine } : {}),
        ...(e.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
      };
    });
}

/** The case with every `RUN` instruction wrapped in `ONBUILD`, and the lines that moved right. */
function onbuildVariant(
  c: ValidCase,
  options: RuleTesterOptions,
): { code: string; lines: Set<number> } | undefined {
  if (options.onbuild === false || c.onbuild === false) return undefined;
  const lines = c.code.split('\n');
  const shifted = new Set<number>();
  let heredoc = false;
  const out = lines.map((line, i) => {
    if (/^RUN\s/i.test(line)) {
      if (line.includes('<<')) heredoc = true;
      shifted.add(i + 1);
      return ONBUILD + line;
    }
    return line;
  });
  // ONBUILD does not take heredocs; those cases run once.
  if (shifted.size === 0 || heredoc) return undefined;
  return { code: out.join('\n'), lines: shifted };
}
