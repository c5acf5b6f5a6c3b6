import { afterEach, describe, expect, it } from 'vitest';
import { checkContractText, maxContractBytes } from '../../src/contract/load.js';
import { MAX_YAML_DEPTH, tooDeep } from '../../src/contract/nesting.js';
import { MAX_LIST_ITEMS } from '../../src/contract/schema.js';

const head = 'version: 1\nservice: api\ntarget: generic\n';

describe('contract input limits', () => {
  afterEach(() => {
    delete process.env.DOCKSPEC_MAX_CONTRACT_BYTES;
  });

  it('a list longer than the limit is an error at that list, with what to do', () => {
    const paths = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `  - /data/${i}`).join('\n');
    const check = checkContractText(`${head}writablePaths:\n${paths}\n`, 'dockspec.yaml');
    expect(check.valid).toBe(false);
    const d = check.diagnostics.find((x) => x.path === 'writablePaths');
    expect(d?.message).toContain(`at most ${MAX_LIST_ITEMS} items`);
    expect(d?.line).toBe(5);
    const ok = Array.from({ length: 20 }, (_, i) => `  - /data/${i}`).join('\n');
    expect(checkContractText(`${head}writablePaths:\n${ok}\n`, 'dockspec.yaml').valid).toBe(true);
  });

  it('a file over the size limit is refused before it is parsed; the limit can be raised', () => {
    const big = `${head}# ${'x'.repeat(1024 * 1024)}\n`;
    const [d] = checkContractText(big, 'dockspec.yaml').diagnostics;
    expect(d).toMatchObject({ rule: 'too-large', line: 1, column: 1 });
    expect(d.message).toBe('the contract is 1.0 MB, over the 1.0 MB a contract may have');
    process.env.DOCKSPEC_MAX_CONTRACT_BYTES = String(4 * 1024 * 1024);
    expect(maxContractBytes()).toBe(4 * 1024 * 1024);
    expect(
      checkContractText(big, 'dockspec.yaml').diagnostics.find((x) => x.rule === 'too-large'),
    ).toBeUndefined();
  });

  it('nesting deeper than the limit is refused at the line it goes too deep, in flow and block style', () => {
    const flow = checkContractText(
      `${head}labels: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      'dockspec.yaml',
    );
    expect(flow.diagnostics[0]).toMatchObject({ rule: 'too-deep', line: 4 });
    const block = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const deep = checkContractText(`${head}${block} 1\n`, 'dockspec.yaml');
    expect(deep.diagnostics[0]).toMatchObject({
      rule: 'too-deep',
      line: 4 + MAX_YAML_DEPTH,
      column: MAX_YAML_DEPTH + 1,
    });
    expect(deep.diagnostics[0].message).toBe(
      `the YAML nests deeper than ${MAX_YAML_DEPTH} levels here, and was not read`,
    );
    // Ordinary contracts, flow lists and comments with brackets included, are far from it.
    expect(
      tooDeep(`${head}env:\n  secrets: [{name: A}, {name: B}]  # [[[[\n  description: "[[[[["\n`),
    ).toBeUndefined();
  });
});
