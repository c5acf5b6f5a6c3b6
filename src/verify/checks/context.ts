import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import dockerignoreModule from '@balena/dockerignore';
import { formatSize } from '../../contract/units.js';
import { secretFileKind } from '../../knowledge/secrets.js';
import { type Check, fail, pass, skip } from '../types.js';

// The typings declare an ES default export over a CommonJS module; NodeNext needs the cast.
const dockerignore = dockerignoreModule as unknown as typeof dockerignoreModule.default;

/** Files that must never reach the build context (src/knowledge/secrets.ts): every kind counts here. */
export function isSensitiveContextFile(rel: string): string | undefined {
  return secretFileKind(rel)?.kind;
}

/** Files the build would send, after .dockerignore (Dockerfile-specific ignore file first). */
export async function contextFiles(
  dir: string,
  dockerfile?: string,
): Promise<{ rel: string; size: number }[]> {
  const ignoreFile = [dockerfile ? `${dockerfile}.dockerignore` : undefined, path.join(dir, '.dockerignore')];
  let rules = '';
  for (const f of ignoreFile) {
    if (!f) continue;
    const text = await readFile(f, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      rules = text;
      break;
    }
  }
  const ig = dockerignore({ ignorecase: false }).add(rules.split(/\r?\n/));
  const out: { rel: string; size: number }[] = [];
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        // Docker still descends into excluded folders for `!` exceptions; do so only when rules have any.
        if (ig.ignores(r) && !rules.includes('!')) continue;
        await walk(r);
      } else if (!ig.ignores(r)) {
        out.push({ rel: r, size: (await stat(path.join(dir, r))).size });
      }
    }
  };
  await walk('');
  return out.sort((a, b) => a.rel.localeCompare(b.rel));
}

export const context: Check = {
  id: 'context',
  title: 'Build context is small and carries no .env, .git or key files',
  needs: ['build context'],
  async run(ctx) {
    if (!ctx.contextDir) return skip('no build context: an image was given with --image');
    const files = await contextFiles(ctx.contextDir, ctx.dockerfile);
    const bytes = files.reduce((a, f) => a + f.size, 0);
    const bad = files.flatMap((f) => {
      const why = isSensitiveContextFile(f.rel);
      return why ? [`${f.rel} (${why})`] : [];
    });
    const largest = [...files].sort((a, b) => b.size - a.size).slice(0, 5);
    const evidence = [
      `${files.length} files, ${formatSize(bytes)}`,
      ...largest.map((f) => `  ${formatSize(f.size).padStart(8)}  ${f.rel}`),
    ];
    const expected = 'no .env, .git or key files in the build context';
    if (bad.length) {
      return fail(expected, `sent to the engine: ${bad.slice(0, 5).join(', ')}`, [
        'add them to .dockerignore',
        ...evidence,
      ]);
    }
    return pass(expected, `${formatSize(bytes)} in ${files.length} files, none sensitive`, evidence);
  },
};
