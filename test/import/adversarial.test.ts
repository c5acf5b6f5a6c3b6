import { describe, expect, it } from 'vitest';
import { checkContractText } from '../../src/contract/load.js';
import { InputError } from '../../src/errors.js';
import { importDocumentsSync } from '../../src/import/import.js';

// Inputs of the kinds the fuzzer found crashing or slowing import and validate (issue 33), written here.

const importOrInputError = (text: string) => {
  try {
    return importDocumentsSync([{ file: 'CONTRACT.md', text }]);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return undefined;
  }
};

describe('import survives', () => {
  it('compose service and variable names that are not valid patterns, or are very long', () => {
    const long = `A${'B'.repeat(100_000)}`;
    const doc = `# Local run\n\n\`\`\`yaml\nservices:\n  api+v2(beta:\n    build: .\n    environment:\n      ${long}: x\n      LOG_LEVEL: debug\n\`\`\`\n`;
    expect(() => importOrInputError(doc)).not.toThrow();
  });

  it('a compose block whose ports are not a list, and one nested thousands deep', () => {
    const ports = '# Local run\n\n```yaml\nservices:\n  api:\n    build: .\n    ports: 8000\n```\n';
    expect(() => importOrInputError(ports)).not.toThrow();
    const deep = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- `).join('\n');
    expect(() => importOrInputError(`# Notes\n\n\`\`\`yaml\n${deep}x\n\`\`\`\n`)).not.toThrow();
  });

  it('lists and quotes nested thousands deep: the deep lines are listed as not analysed, the rest is read', () => {
    const table = '| Requirement | Value |\n|---|---|\n| Base image | python:3.12-slim |\n| Port | 8000 |\n';
    for (const deep of [
      `${'> '.repeat(4000)}x`,
      `${'- '.repeat(4000)}x`,
      Array.from({ length: 700 }, (_, i) => `${'  '.repeat(i)}1. step`).join('\n'),
    ]) {
      const result = importOrInputError(`# Platform contract\n\n${table}\n## Notes\n\n${deep}\n`);
      expect(result?.contract.image?.base).toBe('python:3.12-slim');
      const skipped = result?.notUnderstood.filter((n) => /nesting deeper than 100/.test(n.why)) ?? [];
      expect(skipped.length).toBeGreaterThan(0);
      expect(skipped[0].source.line).toBeGreaterThanOrEqual(10);
    }
    // Ordinary nesting is read as before.
    const nested = importOrInputError(`# Platform contract\n\n${table}\n- a\n  - b\n    > c\n`);
    expect(nested?.notUnderstood.some((n) => /nesting deeper/.test(n.why))).toBe(false);
  });

  it('variable lines of tens of thousands of opening parentheses, in bounded time', () => {
    const line = `- \`OPENAI_API_KEY\`: OpenAI key, set in the Space's ${'( '.repeat(12_000)}settings`;
    const doc = `# Platform contract\n\n| Requirement | Value |\n|---|---|\n| Base image | python:3.12-slim |\n\n## Environment\n\n${Array(8).fill(line).join('\n')}\n`;
    const t0 = performance.now();
    importOrInputError(doc);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('a variables table whose rows have fewer cells than its header', () => {
    const doc = `# Service\n\n## Environment\n\n| Name | Source | Description | Required |\n|---|---|---|---|\n| OPENAI_API_KEY |\n| DATABASE_URL | secret |\n`;
    expect(() => importOrInputError(doc)).not.toThrow();
  });

  it('lines of thousands of brackets, in bounded time', () => {
    const row = `| Base Image | python:3.1${'['.repeat(3000)}x${']'.repeat(3000)}2-slim |`;
    const doc = `# Platform contract\n\n| Requirement | Value |\n|---|---|\n${Array(60).fill(row).join('\n')}\n`;
    const t0 = performance.now();
    importOrInputError(doc);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('validate reports positions inside the file', () => {
  it('an error the YAML parser places past the end of a line or of the file', () => {
    for (const text of [
      'service: api\nport: "8000\n',
      'service: api\nenv:\n  secrets: [a, {b: c\n',
      'a: &x\nb: *y',
    ]) {
      const lines = text.split('\n');
      for (const d of checkContractText(text, 'dockspec.yaml').diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lines.length);
        expect(d.column).toBeLessThanOrEqual(lines[d.line - 1].length + 1);
      }
    }
  });
});
