import { createTwoFilesPatch } from 'diff';
import type { LintResult } from '../lint/types.js';

/**
 * What `--fix` would change, as one unified diff (`a/<file>` → `b/<file>`, as git writes it), so it
 * can be read in a CI log or applied with `git apply`. Empty when nothing would change.
 */
export function fixDiff(result: LintResult, original: (file: string) => string | undefined): string {
  const parts: string[] = [];
  for (const f of result.files) {
    if (f.output === undefined) continue;
    const before = original(f.file);
    if (before === undefined || before === f.output) continue;
    const name = f.file.replace(/\\/g, '/');
    parts.push(
      createTwoFilesPatch(`a/${name}`, `b/${name}`, before, f.output, undefined, undefined, { context: 3 }),
    );
  }
  // jsdiff starts each patch with an `Index:`-less "===" header line: keep only what git writes.
  return parts.map((p) => p.replace(/^=+\n/m, '')).join('');
}
