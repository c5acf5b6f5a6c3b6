import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initShellParser } from '../../src/dockerfile/shell.js';
import { importDocumentsSync } from '../../src/import/import.js';

// The corpus: contract documents written by the team, each modelled on a kind of document seen in
// public repositories (its first line says which), with the contract a careful reader takes from it.
// `must` fields are the core of a contract (target, base, python, installer, stages, UID, port,
// health paths, entrypoint, healthcheck timings, secrets): any wrong one fails, and `null` means the
// document gives none for this service (a value from another service must not appear). `should`
// fields are scored only.
const dir = new URL('../fixtures/documents/', import.meta.url);
const documents = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();

await initShellParser();

/** The value at a dotted path; `env.secrets` as the list of names, in the document's order. */
function at(contract: Record<string, unknown>, path: string): unknown {
  if (path === 'env.secrets')
    return ((contract.env as { secrets?: { name: string }[] } | undefined)?.secrets ?? []).map((s) => s.name);
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], contract);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

describe('import on the document corpus', () => {
  it('has at least 12 documents, each with its expected contract', () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
  });

  it.each(documents)('%s', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const expected = parse(readFileSync(new URL(name.replace(/\.md$/, '.expected.yaml'), dir), 'utf8')) as {
      must: Record<string, unknown>;
      should?: Record<string, unknown>;
    };
    const r = importDocumentsSync([{ file: name, text }]);
    const contract = r.contract as unknown as Record<string, unknown>;
    const wrong = Object.entries(expected.must)
      .filter(([path, value]) => !same(at(contract, path), value))
      .map(
        ([path, value]) =>
          `${path}: expected ${JSON.stringify(value)}, got ${JSON.stringify(at(contract, path))}`,
      );
    const should = Object.entries(expected.should ?? {});
    const shouldRight = should.filter(([path, value]) => same(at(contract, path), value)).length;
    const mustRight = Object.keys(expected.must).length - wrong.length;
    console.log(
      `${name}: must ${mustRight}/${Object.keys(expected.must).length}, should ${shouldRight}/${should.length}`,
    );
    expect(wrong).toEqual([]);
  });
});
