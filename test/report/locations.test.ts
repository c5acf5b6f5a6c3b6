import { describe, expect, it } from 'vitest';
import { checkContractText } from '../../src/contract/load.js';
import { assertLocation, checkLocations, malformedSpan } from '../../src/locations.js';

// The one assertion lint, validate and import make at the boundary where they hand results out.
describe('malformedSpan', () => {
  const lines = ['FROM python:3.12-slim', 'RUN echo hi\r', 'USER app\r'];

  it('accepts points and ranges inside the text', () => {
    expect(malformedSpan(lines, 0, { line: 1, column: 1 })).toBeUndefined();
    expect(malformedSpan(lines, 0, { line: 1, column: 22 })).toBeUndefined();
    expect(malformedSpan(lines, 0, { line: 1, column: 6, endLine: 2, endColumn: 12 })).toBeUndefined();
    // The CR at the very end of the text counts as a character, one before a line feed does not.
    expect(malformedSpan(lines, 0, { line: 3, column: 1, endLine: 3, endColumn: 10 })).toBeUndefined();
    expect(malformedSpan(lines, 10, { line: 11 })).toBeUndefined();
  });

  it('names what is wrong with a malformed one', () => {
    expect(malformedSpan(lines, 0, { line: 0 })).toBe('line 0-0 outside 1-3');
    expect(malformedSpan(lines, 0, { line: 4 })).toBe('line 4-4 outside 1-3');
    expect(malformedSpan(lines, 0, { line: 2, column: 13 })).toBe('column 13-13 outside the line');
    expect(malformedSpan(lines, 0, { line: 2, column: 5, endLine: 1, endColumn: 3 })).toBe(
      'end before start',
    );
    expect(malformedSpan(lines, 0, { line: 1, column: 5, endColumn: 3 })).toBe('end before start');
    expect(malformedSpan(lines, 10, { line: 1 })).toBe('line 1-1 outside 11-13');
  });

  it('throws in the test suites, where DOCKSPEC_CHECK_LOCATIONS is on', () => {
    expect(checkLocations).toBe(true);
    expect(() => assertLocation('a\nb', { line: 3 }, 'a rule')).toThrow(
      /a rule reported a malformed location/,
    );
    expect(() => assertLocation('a\nb', { line: 2, column: 2 }, 'a rule')).not.toThrow();
  });

  it('validate asserts at its boundary: YAML errors at the end of a line stay inside it', () => {
    const { diagnostics } = checkContractText('version: 1\nservice: [api\n', 'dockspec.yaml');
    expect(diagnostics.length).toBeGreaterThan(0);
  });
});
