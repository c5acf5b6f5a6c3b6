import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContractText } from '../../src/contract/load.js';
import {
  contractJsonSchema,
  type JsonSchemaNode,
  renderContractDoc,
  renderJsonSchema,
} from '../../src/contract/reference.js';
import { contractRules } from '../../src/contract/rules/index.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('generated reference', () => {
  it('schema/dockspec.schema.json is what `npm run generate:schema` writes', () => {
    expect(read('schema/dockspec.schema.json'), 'run `npm run generate:schema` and commit the result').toBe(
      renderJsonSchema(),
    );
  });

  it('docs/contract.md is what `npm run generate:schema` writes', () => {
    expect(read('docs/contract.md'), 'run `npm run generate:schema` and commit the result').toBe(
      renderContractDoc(),
    );
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: JsonSchemaNode, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) missing.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
      }
      if (node.items) walk(node.items, path);
      if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, path);
      for (const option of node.anyOf ?? []) walk(option, path);
    };
    walk(contractJsonSchema(), '');
    expect(missing).toEqual([]);
  });

  it('documents every cross-field rule', () => {
    const doc = renderContractDoc();
    for (const rule of contractRules) expect(doc).toContain(`| \`${rule.id}\` |`);
  });

  it("the README's contract example is valid", () => {
    const section = read('README.md').split('<!-- section:validate -->')[1] ?? '';
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const check = checkContractText(example!, 'README.md');
    expect(check.diagnostics).toEqual([]);
  });

  it('the JSON Schema accepts the seed contracts and rejects an unknown key', () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    const validate = ajv.compile(contractJsonSchema());
    for (const seed of ['seed-000', 'seed-002', 'seed-003']) {
      const data = parse(read(`test/fixtures/contracts/${seed}.yaml`));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({ version: 1, service: 'a', target: 'generic', imgae: {} })).toBe(false);
  });
});
