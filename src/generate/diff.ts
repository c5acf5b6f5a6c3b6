/**
 * A small unified diff (what `--dry-run` prints). Generated files are a few hundred lines at most,
 * so a longest-common-subsequence table is fast enough and keeps this dependency-free.
 */
type Op = { kind: ' ' | '-' | '+'; text: string };

const MAX_CELLS = 4_000_000;

function diffLines(a: string[], b: string[]): Op[] {
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...a.map((text) => ({ kind: '-' as const, text })),
      ...b.map((text) => ({ kind: '+' as const, text })),
    ];
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) ops.push({ kind: '-', text: a[i++] });
    else ops.push({ kind: '+', text: b[j++] });
  }
  while (i < a.length) ops.push({ kind: '-', text: a[i++] });
  while (j < b.length) ops.push({ kind: '+', text: b[j++] });
  return ops;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A unified diff from `before` to `after` (undefined `before` means the file does not exist yet). */
export function unifiedDiff(path: string, before: string | undefined, after: string, context = 3): string {
  const a = splitLines(before ?? '');
  const ops = diffLines(a, splitLines(after));
  if (ops.every((op) => op.kind === ' ')) return '';
  const out = [`--- ${before === undefined ? '/dev/null' : `a/${path}`}`, `+++ b/${path}`];
  // Group changes into hunks with `context` unchanged lines around them.
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      k++;
      continue;
    }
    let start = Math.max(0, k - context);
    let end = k;
    while (end < ops.length) {
      if (ops[end].kind !== ' ') {
        end++;
        continue;
      }
      let run = 0;
      while (end + run < ops.length && ops[end + run].kind === ' ') run++;
      if (end + run >= ops.length || run > context * 2) {
        end = Math.min(ops.length, end + context);
        break;
      }
      end += run;
    }
    // Line numbers of the hunk's first line in each file.
    let oldLine = 1;
    let newLine = 1;
    for (let x = 0; x < start; x++) {
      if (ops[x].kind !== '+') oldLine++;
      if (ops[x].kind !== '-') newLine++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(
      `@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`,
    );
    for (const op of hunk) out.push(`${op.kind}${op.text}`);
    k = end;
    start = end;
  }
  return `${out.join('\n')}\n`;
}
