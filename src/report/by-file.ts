import type { Finding, LintResult } from '../lint/types.js';

/**
 * Every linted file with its findings, clean files included, in the order files were linted (then
 * any other file a finding is in, a Python source say): what per-file formats (JUnit, checkstyle)
 * list. One pass over the findings, not one per file.
 */
export function findingsByFile(result: LintResult): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>(result.files.map((f) => [f.file, []]));
  for (const f of result.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  return byFile;
}
