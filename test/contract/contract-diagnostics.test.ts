import { describe, expect, it } from 'vitest';
import { checkContractText } from '../../src/contract/load.js';
import { type Case, invalid, warnings } from './cases.js';

function find(c: Case) {
  const check = checkContractText(c.yaml, 'dockspec.yaml');
  const hit = check.diagnostics.find((d) => d.rule === c.rule);
  return { check, hit };
}

describe('invalid contracts', () => {
  it('has at least 30 cases with distinct names', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(30);
    expect(new Set(invalid.map((c) => c.name)).size).toBe(invalid.length);
  });

  it.each(invalid)('$name → $rule at $at', (c) => {
    const { check, hit } = find(c);
    expect(check.valid).toBe(false);
    expect(hit, JSON.stringify(check.diagnostics, null, 1)).toBeDefined();
    expect(hit!.severity).toBe('error');
    expect(hit!.message).toContain(c.message);
    expect(`${hit!.line}:${hit!.column}`).toBe(c.at);
    if (c.path !== undefined) expect(hit!.path).toBe(c.path);
    expect(hit!.file).toBe('dockspec.yaml');
  });
});

describe('contracts that are valid with a warning', () => {
  it.each(warnings)('$name → $rule at $at', (c) => {
    const { check, hit } = find(c);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(check.valid).toBe(true);
    expect(hit, JSON.stringify(check.diagnostics, null, 1)).toBeDefined();
    expect(hit!.severity).toBe('warning');
    expect(hit!.message).toContain(c.message);
    expect(`${hit!.line}:${hit!.column}`).toBe(c.at);
  });
});

describe('rule parity', () => {
  it('every cross-field rule has a unique id and at least one case here', async () => {
    const { contractRules } = await import('../../src/contract/rules/index.js');
    const ids = contractRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const covered = new Set([...invalid, ...warnings].map((c) => c.rule));
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
    for (const rule of contractRules) {
      const cases = [...invalid, ...warnings].filter((c) => c.rule === rule.id);
      const list = rule.severity === 'error' ? invalid : warnings;
      expect(
        cases.every((c) => list.includes(c)),
        `${rule.id} cases sit in the ${rule.severity} table`,
      ).toBe(true);
    }
  });
});
