import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownDifferences } from '../../bench/hadolint-suite/known-differences.js';
import { rules } from '../../src/lint/index.js';

const root = new URL('../../', import.meta.url).pathname;

describe('known differences from hadolint', () => {
  for (const k of knownDifferences) {
    it(`${k.rule} ${k.name} is explained on the page of a rule carrying ${k.rule}`, () => {
      const rule = rules.find((r) => `docs/rules/${r.name}.md` === k.page);
      expect(rule?.aliases).toContain(k.rule);
      const page = readFileSync(`${root}${k.page}`, 'utf8');
      const section = page.split(/^## /m).find((s) => s.startsWith('Differences from hadolint\n'));
      expect(section, `a "Differences from hadolint" section in ${k.page}`).toBeDefined();
      expect(section).toContain(`\`${k.name}\``);
    });
  }

  it('names each difference once per rule', () => {
    const names = knownDifferences.map((k) => `${k.rule} ${k.name}`);
    expect(new Set(names).size).toBe(names.length);
  });
});
