// Writes schema/dockspec.schema.json and docs/contract.md from the zod schema (src/contract/schema.ts).
// test/contract/reference.test.ts fails when the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderContractDoc, renderJsonSchema } from '../src/contract/reference.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs: [string, string][] = [
  ['schema/dockspec.schema.json', renderJsonSchema()],
  ['docs/contract.md', renderContractDoc()],
];
for (const [path, text] of outputs) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
