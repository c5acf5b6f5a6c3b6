import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContractText } from '../../src/contract/load.js';
import { initProject } from '../../src/init/init.js';

// The reference backends carry hand-written contracts: init must find the same app facts in their code.
const examples = new URL('../../examples/', import.meta.url).pathname;
const withContracts = existsSync(examples)
  ? readdirSync(examples).filter((d) => existsSync(path.join(examples, d, 'dockspec.yaml')))
  : [];

describe.skipIf(withContracts.length === 0)('init on the reference backends', () => {
  it.each(
    withContracts,
  )('%s: framework, entrypoint, server, port and health paths match its contract', async (name) => {
    const dir = path.join(examples, name);
    const expected = parse(readFileSync(path.join(dir, 'dockspec.yaml'), 'utf8'));
    const r = await initProject(dir);
    expect(checkContractText(r.contractText, 'dockspec.yaml').valid).toBe(true);
    const got = parse(r.contractText);
    const pick = (c: { app?: Record<string, unknown> & { health?: Record<string, unknown> } }) => ({
      framework: c.app?.framework,
      entrypoint: c.app?.entrypoint,
      server: c.app?.server,
      port: c.app?.port,
      liveness: c.app?.health?.liveness,
      readiness: c.app?.health?.readiness,
    });
    expect(pick(got)).toEqual(pick(expected));
    // Init finds every required secret of the contract, and nothing the contract does not list.
    const all: { name: string; required?: boolean }[] = (expected.env?.secrets ?? []).map((s: unknown) =>
      typeof s === 'string' ? { name: s } : s,
    );
    const found: string[] = (got.env?.secrets ?? []) as string[];
    expect(found.filter((n) => !all.some((s) => s.name === n))).toEqual([]);
    expect(all.filter((s) => s.required !== false && !found.includes(s.name)).map((s) => s.name)).toEqual([]);
  });
});
