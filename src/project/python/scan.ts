/**
 * A tokenizer-aware scan of Python source into logical statements. Comments are dropped and every
 * string literal is replaced by a placeholder `§N§` (N indexes `strings`), so that patterns matched
 * on `code` never match inside strings or comments, and multi-line calls and decorators read as one
 * line. This is not a parser: it is enough to find assignments, calls and decorators reliably.
 */
export interface Statement {
  /** 1-based line where the statement starts. */
  line: number;
  /** Columns of indentation of its first line. */
  indent: number;
  /** Code with comments removed, strings as `§N§`, whitespace runs collapsed to one space. */
  code: string;
  /** Values of the string literals, indexed by their placeholder number. */
  strings: string[];
  /** 1-based line where each string literal starts. */
  stringLines: number[];
}

const PREFIX = /[rRbBuUfF]{1,2}(?=['"])/y;
const IDENT_CHAR = /[\w]/;

export function scanPython(source: string): Statement[] {
  const out: Statement[] = [];
  let code = '';
  let strings: string[] = [];
  let stringLines: number[] = [];
  let depth = 0;
  let line = 1;
  let startLine = 1;
  let indent = 0;
  let atLineStart = true;
  let i = 0;

  const flush = () => {
    const text = code.replace(/\s+/g, ' ').trim();
    if (text) out.push({ line: startLine, indent, code: text, strings, stringLines });
    code = '';
    strings = [];
    stringLines = [];
  };

  while (i < source.length) {
    const ch = source[i];
    if (atLineStart && depth === 0 && code.trim() === '') {
      // Measure the indentation of a new logical line.
      let col = 0;
      while (source[i] === ' ' || source[i] === '\t') {
        col += source[i] === '\t' ? 8 - (col % 8) : 1;
        i++;
      }
      indent = col;
      startLine = line;
      atLineStart = false;
      continue;
    }
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (ch === '\\' && source[i + 1] === '\n') {
      code += ' ';
      i += 2;
      line++;
      continue;
    }
    if (ch === '\r') {
      i++;
      continue;
    }
    if (ch === '\n') {
      line++;
      i++;
      if (depth === 0) {
        flush();
        atLineStart = true;
      } else code += ' ';
      continue;
    }
    PREFIX.lastIndex = i;
    const prefix = (i === 0 || !IDENT_CHAR.test(source[i - 1])) && PREFIX.exec(source);
    if (ch === '"' || ch === "'" || prefix) {
      const raw = prefix ? /r/i.test(prefix[0]) : false;
      const literalLine = line;
      if (prefix) i += prefix[0].length;
      const q = source[i];
      const triple = source.startsWith(q.repeat(3), i);
      const close = triple ? q.repeat(3) : q;
      i += close.length;
      let value = '';
      while (i < source.length && !source.startsWith(close, i)) {
        const c = source[i];
        if (c === '\n') {
          line++;
          if (!triple) break; // an unterminated string ends at the line end
        }
        if (c === '\\' && i + 1 < source.length) {
          const next = source[i + 1];
          if (next === '\n') line++;
          value += raw ? c + next : escapeValue(next);
          i += 2;
          continue;
        }
        value += c;
        i++;
      }
      if (source.startsWith(close, i)) i += close.length;
      // Adjacent literals ("a" "b") concatenate in Python.
      const prev = /§(\d+)§\s*$/.exec(code);
      if (prev && Number(prev[1]) === strings.length - 1) {
        strings[strings.length - 1] += value;
        code = code.slice(0, prev.index + prev[0].trimEnd().length);
      } else {
        code += `§${strings.length}§`;
        strings.push(value);
        stringLines.push(literalLine);
      }
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      flush();
      startLine = line;
      i++;
      continue;
    }
    code += ch;
    i++;
  }
  flush();
  return out;
}

function escapeValue(c: string): string {
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '\n':
      return '';
    default:
      return c;
  }
}

/** The string value of a placeholder like `§3§`, or undefined when the text is not one literal. */
export function literal(s: Statement, text: string | undefined): string | undefined {
  const m = text === undefined ? null : /^\s*§(\d+)§\s*$/.exec(text);
  return m ? s.strings[Number(m[1])] : undefined;
}

/** The line where a placeholder's literal starts, or the statement's line. */
export function literalLine(s: Statement, text: string | undefined): number {
  const m = text === undefined ? null : /§(\d+)§/.exec(text);
  return m ? (s.stringLines[Number(m[1])] ?? s.line) : s.line;
}

/**
 * Splits the argument text of a call (inside the parentheses) into positional and keyword arguments,
 * at top-level commas only.
 */
export function splitArgs(args: string): { positional: string[]; keywords: Map<string, string> } {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of args) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  const positional: string[] = [];
  const keywords = new Map<string, string>();
  for (const p of parts) {
    const kw = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(p);
    if (kw) keywords.set(kw[1], kw[2].trim());
    else if (p.trim()) positional.push(p.trim());
  }
  return { positional, keywords };
}

/**
 * The argument text of the call that opens at `open` (the index of `(` in `code`), without the
 * parentheses; undefined when it never closes.
 */
export function callArgs(code: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return code.slice(open + 1, i);
    }
  }
  return undefined;
}

/** String values of a list/tuple literal such as `[§0§, §1§]`; undefined if any item is not a string. */
export function stringList(s: Statement, text: string): string[] | undefined {
  const m = /^\s*[[(]([\s\S]*)[\])]\s*$/.exec(text);
  if (!m) return undefined;
  const items = m[1]
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const values = items.map((x) => literal(s, x));
  return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
}
