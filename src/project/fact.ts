import type { LineCounter, Node } from 'yaml';

/** A detected value and where it came from: `file` is relative to the project directory, `line` 1-based. */
export interface Fact<T> {
  value: T;
  file: string;
  line: number;
  /** Why the value was chosen, e.g. `EXPOSE 8000` or `@router.get("/health")`; shown in comments. */
  note?: string;
}

export function fact<T>(value: T, file: string, line: number, note?: string): Fact<T> {
  return note === undefined ? { value, file, line } : { value, file, line, note };
}

/** `file:line` for messages and YAML comments. */
export function where(f: Fact<unknown>): string {
  return `${f.file}:${f.line}`;
}

/** 1-based line of a character offset in text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A fast offset → 1-based line lookup for many offsets in one text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** 1-based line of the first match of a pattern, or undefined. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(text);
  return m ? lineAt(text, m.index) : undefined;
}

/** 1-based line where a parsed YAML node starts (1 when it has no position). */
export function lineOfNode(lc: LineCounter, node: Node | null | undefined): number {
  return node?.range ? lc.linePos(node.range[0]).line : 1;
}
