/**
 * DOCKSPEC_CHECK_LOCATIONS=1 (the test suites set it) makes every reported location a checked
 * promise: inside its file, end not before start. lint, validate and import assert it where they
 * hand their results out, so a rule or extractor that breaks it fails loudly in tests instead of
 * sending an editor or SARIF viewer a range it cannot show.
 */
export const checkLocations = process.env.DOCKSPEC_CHECK_LOCATIONS === '1';

/** A reported location: a point, or a range when the end is given. Lines and columns count from 1. */
export interface Span {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** What is wrong with `s` in text of these `lines` (after `lineOffset` lines), if anything. */
export function malformedSpan(lines: readonly string[], lineOffset: number, s: Span): string | undefined {
  const first = 1 + lineOffset;
  const last = lineOffset + lines.length;
  // A CR before a line feed ends the line; one at the very end of the text is read as a space.
  const col = (line: number) => {
    const i = line - 1 - lineOffset;
    const text = lines[i] ?? '';
    return (i < lines.length - 1 ? text.replace(/\r$/, '') : text).length + 1;
  };
  const column = s.column ?? 1;
  const endLine = s.endLine ?? s.line;
  const endColumn = s.endColumn ?? column;
  if (!Number.isInteger(s.line) || s.line < first || endLine > last)
    return `line ${s.line}-${endLine} outside ${first}-${last}`;
  if (endLine < s.line || (endLine === s.line && endColumn < column)) return 'end before start';
  if (column < 1 || column > col(s.line) || endColumn < 1 || endColumn > col(endLine))
    return `column ${column}-${endColumn} outside the line`;
  return undefined;
}

/** Throws when checking is on and `s` is malformed in `text`: a bug in `who`, not in the input. */
export function assertLocation(text: string | readonly string[], s: Span, who: string, lineOffset = 0): void {
  if (!checkLocations) return;
  const bad = malformedSpan(typeof text === 'string' ? text.split('\n') : text, lineOffset, s);
  if (bad) throw new Error(`${who} reported a malformed location (${bad}) at ${s.line}:${s.column ?? 1}`);
}
