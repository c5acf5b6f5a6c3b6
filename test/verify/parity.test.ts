import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/verify/checks/index.js';
import { checkIds } from '../../src/verify/types.js';

const root = new URL('../../', import.meta.url);
const HEADINGS = ['## Why', '## What is measured', '## Passes when', '## Fails when', '## Example output'];

describe('every check has a registry entry, a module and a doc page with fixed headings', () => {
  it('registry and ids agree, without duplicates', () => {
    expect(checks.map((c) => c.id).sort()).toEqual([...checkIds].sort());
  });

  it.each(checks.map((c) => [c.id, c] as const))('%s', (id) => {
    expect(existsSync(new URL(`src/verify/checks/${id}.ts`, root))).toBe(true);
    const doc = readFileSync(new URL(`docs/checks/${id}.md`, root), 'utf8');
    expect(doc.startsWith(`# ${id}: `)).toBe(true);
    const positions = HEADINGS.map((h) => doc.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('no doc page without a check', () => {
    const pages = readdirSync(new URL('docs/checks/', root)).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...checkIds].sort());
  });
});
