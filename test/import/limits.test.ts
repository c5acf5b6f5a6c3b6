import { afterEach, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/shell.js';
import { InputError } from '../../src/errors.js';
import { importDocumentsSync, maxImportBytes } from '../../src/import/import.js';

describe('import: input limits', () => {
  afterEach(() => {
    delete process.env.DOCKSPEC_MAX_IMPORT_BYTES;
  });

  it('refuses a document over the limit, naming the file and how to raise it', async () => {
    await initShellParser();
    expect(maxImportBytes()).toBe(2 * 1024 * 1024);
    const big = `# Contract\n\n${'x'.repeat(2 * 1024 * 1024)}`;
    expect(() => importDocumentsSync([{ file: 'docs/dump.md', text: big }])).toThrow(
      /docs\/dump\.md is 2\.0 MB, over the 2\.0 MB a document to import may have/,
    );
    // A lower limit applies as set; under it the document is read (and here holds no contract).
    process.env.DOCKSPEC_MAX_IMPORT_BYTES = '2000';
    const text = `# Contract\n\n${'Some prose about the service.\n'.repeat(100)}`;
    expect(() => importDocumentsSync([{ file: 'a.md', text }])).toThrow(
      /a\.md is 3 kB, over the 2 kB a document to import may have/,
    );
    process.env.DOCKSPEC_MAX_IMPORT_BYTES = '20000';
    expect(() => importDocumentsSync([{ file: 'a.md', text }])).toThrow(InputError);
    expect(() => importDocumentsSync([{ file: 'a.md', text }])).not.toThrow(/a document to import may have/);
  });
});
