import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContractText } from '../../src/contract/load.js';
import { contractCheckJson, formatContractCheck } from '../../src/contract/report.js';

// Whatever a person types, the loader answers with diagnostics, never an exception.
const keys = [
  'version',
  'service',
  'target',
  'app',
  'image',
  'port',
  'user',
  'uid',
  'health',
  'env',
  'secrets',
  'cors',
  'origins',
  'budgets',
  'startup',
  'healthcheck',
  'interval',
  'dependencies',
  'name',
  'gpu',
  'base',
];
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('30s', '1.5GB', '*', 'kubernetes', 'huggingface-space', '/health'),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...keys), tie('node'), { maxKeys: 4 }),
  ),
})).node;

function checkSafely(text: string) {
  const check = checkContractText(text, 'fuzz.yaml');
  for (const d of check.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  expect(check.valid).toBe(!check.diagnostics.some((d) => d.severity === 'error'));
  formatContractCheck(check);
  contractCheckJson(check);
}

describe('robustness', () => {
  it('never throws on arbitrary YAML documents', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 }), (doc) => {
        checkSafely(stringify({ version: 1, service: 'fuzz', target: 'generic', ...doc }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => checkSafely(text)),
      { numRuns: 300 },
    );
  });
});
