import { describe, expect, it } from 'vitest';
import { lineAt, lineIndex, lineOf } from '../../src/project/fact.js';

describe('line helpers', () => {
  it('map offsets to 1-based lines, the fast index like the plain scan', () => {
    const text = 'a\nbc\n\nd';
    const at = lineIndex(text);
    expect([0, 1, 2, 4, 5, 6].map(at)).toEqual([1, 1, 2, 2, 3, 4]);
    expect([0, 1, 2, 4, 5, 6].map((o) => lineAt(text, o))).toEqual([1, 1, 2, 2, 3, 4]);
    expect(lineOf(text, /^d/m)).toBe(4);
    expect(lineOf(text, /x/)).toBeUndefined();
  });
});
