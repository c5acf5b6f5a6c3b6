/**
 * The deepest nesting of lists and block quotes that import reads. Real documents nest a few
 * levels; the markdown libraries recurse once per level and run out of call stack near a thousand.
 */
export const MAX_MARKDOWN_DEPTH = 100;

export interface DeepLine {
  line: number;
  /** The line's text after its list and quote markers, cut short. */
  text: string;
}

/**
 * Blanks each line that opens a list or quote deeper than MAX_MARKDOWN_DEPTH, keeping line numbers.
 * A line's depth is at most its `>` markers plus half the other columns before its text: every list
 * level takes a marker and a space (two columns or more) of each line inside it.
 */
export function blankDeepLines(source: string): { source: string; deep: DeepLine[] } {
  const deep: DeepLine[] = [];
  // Only lines whose prefix holds a container marker open levels; a deep one is cheap to spot first.
  if (!/^[ \t>]*(?:[-*+]|\d{1,9}[.)])?[ \t>]/m.test(source)) return { source, deep };
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    let quotes = 0;
    let columns = 0;
    let markers = 0;
    let at = 0;
    for (; at < line.length; at++) {
      const ch = line[at];
      if (ch === '>') {
        quotes++;
        markers++;
      } else if (ch === ' ') columns++;
      else if (ch === '\t') columns += 4 - (columns % 4);
      else if ('-*+'.includes(ch) && /[ \t]/.test(line[at + 1] ?? '')) {
        columns++;
        markers++;
      } else if (/\d/.test(ch)) {
        const m = /^\d{1,9}[.)](?=[ \t])/.exec(line.slice(at, at + 11));
        if (!m) break;
        columns += m[0].length;
        at += m[0].length - 1;
        markers++;
      } else break;
    }
    if (markers > 0 && quotes + Math.floor(columns / 2) > MAX_MARKDOWN_DEPTH) {
      deep.push({ line: i + 1, text: line.slice(at, at + 80) });
      lines[i] = '';
    }
  });
  return { source: deep.length > 0 ? lines.join('\n') : source, deep };
}
