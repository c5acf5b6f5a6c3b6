/**
 * Where an unclosed flow collection starts. The yaml package reports `[8000` left open where it
 * gives up (the next line, column 1), but the mistake is the `[` or `{` itself: this finds the last
 * one before `offset` that nothing closes, outside quotes and comments.
 */
export function unclosedFlowStart(
  text: string,
  offset: number,
): { line: number; column: number; bracket: '[' | '{' } | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length > 0) open.pop();
  }
  const at = open.at(-1);
  if (at === undefined) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n'), bracket: text[at] as '[' | '{' };
}

/** The parts of a yaml-package error that say where it is. */
export interface YamlErrorLike {
  message: string;
  pos?: [number, number];
  linePos?: { line: number; col: number }[];
}

/**
 * Where a YAML error starts, for every reader of YAML files (contracts, .hadolint.yaml): at the
 * bracket for an unclosed flow collection (with `unclosed` naming it), else where the parser says.
 */
export function yamlErrorStart(
  error: YamlErrorLike,
  text: string,
): { line?: number; column?: number; unclosed?: '[' | '{' } {
  const open =
    /^Flow (sequence|map|mapping)\b.*end with a [\]}]/.test(error.message) && error.pos
      ? unclosedFlowStart(text, error.pos[0])
      : undefined;
  if (open) return { line: open.line, column: open.column, unclosed: open.bracket };
  const at = error.linePos?.[0];
  return at ? withinText(text, at.line, at.col) : {};
}

/**
 * The position moved inside the text: the yaml package may place an error one past the end of a
 * line or of the file (an unexpected end), which an editor cannot show.
 */
export function withinText(text: string, line: number, column: number): { line: number; column: number } {
  const lines = text.split('\n');
  const l = Math.min(Math.max(1, line), lines.length);
  const length = lines[l - 1].replace(/\r$/, '').length;
  return { line: l, column: Math.min(Math.max(1, column), length + 1) };
}
