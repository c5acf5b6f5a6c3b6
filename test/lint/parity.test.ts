import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { rules } from '../../src/lint/index.js';
import { readRuleDoc } from './docs-examples.js';
import { lintWith } from './harness.js';

const root = new URL('../../', import.meta.url).pathname;
const headings = ['Why', 'Bad', 'Good', 'Fix', 'Aliases'];

describe('every rule has an id, a doc page with linted examples and a test', () => {
  beforeAll(() => initShellParser());

  it('ids and names are unique and well formed', () => {
    const ids = rules.map((r) => r.id);
    const names = rules.map((r) => r.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^DS[1-6]\d{3}$/);
      expect(r.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Object.keys(r.messages).length).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    describe(`${rule.id} ${rule.name}`, () => {
      const docPath = `${root}docs/rules/${rule.name}.md`;

      it('has a test file', () => {
        expect(existsSync(`${root}test/lint/rules/${rule.name}.test.ts`)).toBe(true);
      });

      it('has a doc page with the fixed headings', () => {
        expect(existsSync(docPath)).toBe(true);
        const doc = readRuleDoc(docPath);
        expect(doc.title).toContain(rule.id);
        expect(doc.title).toContain(rule.name);
        // "When it does not fire" is optional, right after Why; "Differences from hadolint" is
        // optional, right before Aliases.
        const optional = ['When it does not fire', 'Differences from hadolint'];
        expect(doc.headings.filter((h) => !optional.includes(h))).toEqual(headings);
        if (doc.headings.includes('When it does not fire'))
          expect(doc.headings.indexOf('When it does not fire')).toBe(1);
        if (doc.headings.includes('Differences from hadolint'))
          expect(doc.headings.indexOf('Differences from hadolint')).toBe(doc.headings.indexOf('Aliases') - 1);
        for (const alias of rule.aliases ?? []) expect(doc.sections.Aliases).toContain(alias);
      });

      it("flags the doc's Bad example and not its Good one", () => {
        const doc = readRuleDoc(docPath);
        expect(doc.bad.code, 'a ```dockerfile block under ## Bad').toBeDefined();
        expect(doc.good.code, 'a ```dockerfile block under ## Good').toBeDefined();
        const bad = lintWith(rule, doc.bad.code!, doc.bad).findings.filter((f) => f.ruleId === rule.id);
        const good = lintWith(rule, doc.good.code!, doc.good).findings.filter((f) => f.ruleId === rule.id);
        expect(bad.length, 'findings on the Bad example').toBeGreaterThan(0);
        expect(
          good.map((f) => `${f.line}:${f.column} ${f.message}`),
          'findings on the Good example',
        ).toEqual([]);
      });
    });
  }
});
