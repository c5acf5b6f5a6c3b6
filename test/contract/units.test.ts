import { describe, expect, it } from 'vitest';
import { formatDuration, formatSize, parseDuration, parseSize } from '../../src/contract/units.js';

describe('units', () => {
  it.each([
    ['30s', 30_000],
    ['2m', 120_000],
    ['500ms', 500],
    ['1.5h', 5_400_000],
    ['10 seconds', 10_000],
    ['5', 5_000],
    [5, 5_000],
  ] as const)('duration %s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    ['500MB', 500e6],
    ['1.5GB', 1.5e9],
    ['512MiB', 512 * 1024 ** 2],
    ['1gib', 1024 ** 3],
    ['300 kB', 300e3],
    [1024, 1024],
  ] as const)('size %s = %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['fast', '30x', '-1s', ''])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
    expect(parseSize(text)).toBeUndefined();
  });

  it('formats for messages', () => {
    expect(formatDuration(500)).toBe('500ms');
    expect(formatDuration(40_000)).toBe('40s');
    expect(formatDuration(90_000)).toBe('1.5m');
    expect(formatSize(500e6)).toBe('500MB');
    expect(formatSize(1.5e9)).toBe('1.5GB');
  });
});
