import { LineIndex } from '../dockerfile/position.js';
import type { Finding } from './types.js';

/**
 * Applies the fixes of `findings` that belong to `file`, skipping any whose edits overlap an edit
 * already taken (the next pass picks them up after a re-lint). Returns the new text and how many
 * findings were fixed.
 */
export function applyFixes(
  text: string,
  file: string,
  findings: Finding[],
  lineOffset = 0,
): { text: string; fixed: number } {
  const lines = new LineIndex(text, lineOffset);
  // Rules write `\n`; a CRLF file keeps CRLF so the fix does not leave mixed line endings.
  const eol = /\r\n/.test(text) ? (t: string) => t.replace(/\r?\n/g, '\r\n') : (t: string) => t;
  type Span = { start: number; end: number; text: string };
  const taken: Span[] = [];
  let fixed = 0;
  for (const finding of findings) {
    if (!finding.fix || finding.file !== file) continue;
    const spans = finding.fix.edits.map((e) => ({
      start: lines.offset(e.range.start),
      end: lines.offset(e.range.end),
      text: eol(e.text),
    }));
    const overlaps = spans.some((s) => taken.some((t) => touches(s, t)));
    if (overlaps) continue;
    taken.push(...spans);
    fixed++;
  }
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const span of taken) out = out.slice(0, span.start) + span.text + out.slice(span.end);
  return { text: out, fixed };
}

/** Two edits conflict when they overlap, or when an insertion falls inside or at the edge of the other. */
function touches(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end) return a.start >= b.start && a.start <= b.end;
  if (b.start === b.end) return b.start >= a.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
