import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContractText } from '../../src/contract/load.js';
import { initShellParser } from '../../src/dockerfile/shell.js';
import { InputError } from '../../src/errors.js';
import { importDocumentsSync as importDocuments } from '../../src/import/import.js';
import { lintImported } from '../../src/import/lint-document.js';

// Words that steer the extractors into their interesting paths, mixed with arbitrary text.
const word = fc.oneof(
  fc.constantFrom(
    'Base Image',
    'python:3.11-slim',
    'Port',
    '7860',
    'User ID',
    '1000',
    'Health',
    '/health',
    'Interval',
    '30s',
    '<500MB',
    '~150MB',
    'Image size',
    'OPENAI_API_KEY',
    'PORT',
    'Secret Name',
    'Source',
    'Destination',
    'HuggingFace Secrets',
    'Kubernetes',
    'returns 503 if database unavailable',
    '**bold**',
    '`code`',
    '[link](http://x)',
    'https://*.vercel.app',
    'Service: api',
    '|',
    ':',
    '-',
    '*',
    '\\',
    '',
  ),
  fc.string({ maxLength: 12 }),
);
const line = fc.array(word, { maxLength: 6 }).map((ws) => ws.join(' '));
const table = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
  )
  .map(([n, rows]) => {
    const row = (cells: string[]) =>
      `| ${Array.from({ length: n }, (_, i) => (cells[i] ?? '').replace(/\|/g, '')).join(' | ')} |`;
    return [row(['Requirement', 'Value', 'Notes']), `|${'---|'.repeat(n)}`, ...rows.map(row)].join('\n');
  });
const dockerLine = fc.oneof(
  fc.constantFrom(
    'FROM python:3.12-slim AS builder',
    'FROM python:3.12-slim',
    'FROM builder',
    'RUN useradd -m -u 1000 user',
    'RUN apt-get update && apt-get install -y curl libpq5',
    'USER user',
    'USER 1000:1000',
    'WORKDIR $HOME/app',
    'ENV HOME=/home/user',
    'COPY --chown=user requirements.txt .',
    'COPY --from=builder /a /b',
    'COPY',
    'EXPOSE 7860/tcp',
    'EXPOSE',
    'HEALTHCHECK --interval=30s CMD curl -f http://localhost:7860/health || exit 1',
    'HEALTHCHECK NONE',
    'CMD ["uvicorn", "app.main:app", "--port", "8000"]',
    'CMD ["uvicorn", "app.main:app", "--port"',
    'ARG PYTHON_VERSION=3.12',
    'ARG',
    '...',
  ),
  line,
);
const fence = fc
  .tuple(
    fc.constantFrom('dockerfile', 'yaml', 'python', 'bash', '', 'dockerignore', 'toml'),
    fc.array(dockerLine, { maxLength: 8 }),
  )
  .map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``);
const block = fc.oneof(
  line,
  line.map((l) => `## ${l}`),
  line.map((l) => `- **${l}**: ${l}`),
  fc.array(line, { maxLength: 3 }).map((ls) => ls.map((l) => `1. ${l}`).join('\n')),
  table,
  fence,
  line.map((l) => `> ${l}`),
  fc.string({ maxLength: 80 }),
);
const document = fc
  .tuple(fc.boolean(), fc.array(block, { maxLength: 8 }), fc.boolean())
  .map(([front, blocks, crlf]) => {
    const text = `${front ? '---\nsdk: docker\napp_port: 7860\ntitle: x\n---\n' : ''}${blocks.join('\n\n')}\n`;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

// Dockerfile blocks are read with dockspec's Dockerfile model, which parses RUN with tree-sitter.
await initShellParser();

// A fixed seed: the run is the same in CI as here (the fuzz run of test/fuzz varies the inputs).
describe('import on random markdown', () => {
  it('never throws anything but an InputError, and what it writes is a valid contract', () => {
    let imported = 0;
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 2 }), (texts) => {
        const docs = texts.map((text, i) => ({ file: `doc${i}.md`, text }));
        let result: ReturnType<typeof importDocuments>;
        try {
          result = importDocuments(docs);
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        imported++;
        const check = checkContractText(result.contractText, 'dockspec.yaml');
        expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 1000, seed: 20261207 },
    );
    // The generator must reach the writer, not only the "no contract" error.
    expect(imported).toBeGreaterThan(300);
  }, 120_000);

  it('--lint survives random documents too', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        let result: ReturnType<typeof importDocuments>;
        try {
          result = importDocuments([{ file: 'doc.md', text }]);
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        for (const f of await lintImported(result)) expect(f.source.line).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 20261207 },
    );
  }, 120_000);
});
