import { describe, expect, it } from 'vitest';
import { parseDockerignore } from '../../src/dockerfile/dockerignore.js';

describe('.dockerignore with a pattern that does not compile', () => {
  it('sets the bad pattern aside instead of throwing, and still matches the rest', () => {
    const ignore = parseDockerignore('.env\nCMD ["uvicorn", "--port"\n*.pem\n');
    expect(ignore.invalid.map((p) => p.line)).toEqual([2]);
    expect(ignore.patterns.map((p) => p.pattern)).toEqual(['.env', '*.pem']);
    expect(ignore.ignores('.env')).toBe(true);
    expect(ignore.ignores('key.pem')).toBe(true);
    expect(ignore.ignores('app/main.py')).toBe(false);
    expect(ignore.excludedBy('key.pem')?.line).toBe(3);
  });
});
