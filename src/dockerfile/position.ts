/** A 1-based position in a user's file (columns count UTF-16 units, like editors do). */
export interface Position {
  line: number;
  column: number;
}

/** A span in a file; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * Converts between character offsets in a text and 1-based line:column positions. `lineOffset`
 * shifts every line, for Dockerfiles embedded in another document (a fenced block in markdown).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(
    readonly text: string,
    readonly lineOffset = 0,
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1 + this.lineOffset, column: o - this.starts[lo] + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(p: Position): number {
    const index = p.line - 1 - this.lineOffset;
    if (index < 0) return 0;
    if (index >= this.starts.length) return this.text.length;
    const lineEnd = index + 1 < this.starts.length ? this.starts[index + 1] - 1 : this.text.length;
    return Math.min(this.starts[index] + p.column - 1, lineEnd);
  }

  /** Position of dockerfile-ast's 0-based {line, character}: position(offsetOfAst(p)), without the search. */
  positionOfAst(p: { line: number; character: number }): Position {
    const start = this.starts[p.line];
    if (start !== undefined) {
      const next = p.line + 1 < this.starts.length ? this.starts[p.line + 1] : this.text.length + 1;
      if (start + p.character < next) return { line: p.line + 1 + this.lineOffset, column: p.character + 1 };
    }
    return this.position(this.offsetOfAst(p));
  }

  /** Offset from dockerfile-ast's 0-based {line, character}. */
  offsetOfAst(p: { line: number; character: number }): number {
    if (p.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[p.line] + p.character, this.text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineText(line: number): string {
    const index = line - 1 - this.lineOffset;
    if (index < 0 || index >= this.starts.length) return '';
    const end = index + 1 < this.starts.length ? this.starts[index + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[index], end).replace(/\r$/, '');
  }
}

export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}
