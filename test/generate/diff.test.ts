import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/generate/index.js';

describe('unifiedDiff', () => {
  it('is empty for identical text', () => {
    expect(unifiedDiff('f', 'a\nb\n', 'a\nb\n')).toBe('');
  });

  it('shows a new file against /dev/null', () => {
    expect(unifiedDiff('f', undefined, 'a\nb\n')).toBe('--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });

  it('gives hunks with context and correct line numbers', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 3', 'line three').replace('line 18', 'line eighteen');
    expect(unifiedDiff('f', `${before}\n`, `${after}\n`)).toBe(
      [
        '--- a/f',
        '+++ b/f',
        '@@ -1,6 +1,6 @@',
        ' line 1',
        ' line 2',
        '-line 3',
        '+line three',
        ' line 4',
        ' line 5',
        ' line 6',
        '@@ -15,6 +15,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+line eighteen',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });
});
