import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * A function that writes a project (relative path → text) into a fresh temporary folder and returns
 * the folder; every folder is removed after the test file.
 */
export function projectWriter(prefix: string): (files: Record<string, string>) => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return (files) => {
    const dir = mkdtempSync(path.join(tmpdir(), `dockspec-${prefix}-`));
    dirs.push(dir);
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  };
}
