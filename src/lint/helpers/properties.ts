import {
  type DockerfileModel,
  type Instruction,
  type Range,
  readsProperties,
} from '../../dockerfile/index.js';

/** One `key=value` of an ARG, ENV or LABEL, unquoted, with the ranges of its key and value. */
export interface Property {
  key: string;
  /** Undefined for `ARG NAME` without a default. */
  value?: string;
  keyRange: Range;
  /** The value as written (quotes included); an empty range right after `=` when the value is empty. */
  valueRange?: Range;
  range: Range;
}

interface Token {
  start: number;
  end: number;
  /** Offset of the first unquoted `=` in argsText, or -1. */
  eq: number;
  /** The token with quotes and escapes removed, split at the first unquoted `=`. */
  key: string;
  value: string;
}

/** Whitespace-separated tokens of argsText, honouring quotes and the escape character. */
function tokens(text: string, esc: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    let eq = -1;
    let key = '';
    let value = '';
    let quote = '';
    for (; i < text.length; i++) {
      const c = text[i];
      let ch = c;
      if (quote) {
        if (c === quote) {
          quote = '';
          continue;
        }
        if (c === esc && quote === '"' && i + 1 < text.length) ch = text[++i];
      } else if (/\s/.test(c)) break;
      else if (c === '"' || c === "'") {
        quote = c;
        continue;
      } else if (c === esc && i + 1 < text.length) ch = text[++i];
      else if (c === '=' && eq === -1) {
        eq = i;
        continue;
      }
      if (eq === -1) key += ch;
      else value += ch;
    }
    out.push({ start, end: i, eq, key, value });
  }
  return out;
}

/**
 * The properties of an ARG, ENV or LABEL, including the legacy `ENV key value` form (one property
 * whose value is the rest of the line). Never throws; odd text gives odd but harmless properties.
 */
export function properties(model: DockerfileModel, instruction: Instruction): Property[] {
  // Past the limit the parse reports the instruction as not analysed (not-analysed, DS1047).
  if (!readsProperties(instruction)) return [];
  const text = instruction.argsText;
  const toks = tokens(text, model.escapeChar);
  const range = (s: number, e: number) => model.argsRange(instruction, s, e);
  if (toks.length === 0) return [];
  if (instruction.keyword !== 'ARG' && toks[0].eq === -1) {
    const [first, ...rest] = toks;
    const last = rest.at(-1);
    return [
      {
        key: first.key,
        value: rest.map((t) => (t.eq === -1 ? t.key : `${t.key}=${t.value}`)).join(' '),
        keyRange: range(first.start, first.end),
        valueRange: last ? range(rest[0].start, last.end) : undefined,
        range: range(first.start, last?.end ?? first.end),
      },
    ];
  }
  return toks.map((t) => new TokenProperty(model, instruction, t));
}

/**
 * A `key=value` token whose ranges are worked out when a rule reports one: most never are, and an
 * instruction of thousands of words made millions of position objects for the collector.
 */
class TokenProperty implements Property {
  readonly key: string;
  readonly value?: string;

  constructor(
    private readonly model: DockerfileModel,
    private readonly instruction: Instruction,
    private readonly token: Token,
  ) {
    this.key = token.key;
    if (token.eq !== -1) this.value = token.value;
  }

  get keyRange(): Range {
    const t = this.token;
    return this.model.argsRange(this.instruction, t.start, t.eq === -1 ? t.end : t.eq);
  }

  get valueRange(): Range | undefined {
    const t = this.token;
    return t.eq === -1 ? undefined : this.model.argsRange(this.instruction, t.eq + 1, t.end);
  }

  get range(): Range {
    return this.model.argsRange(this.instruction, this.token.start, this.token.end);
  }
}

/**
 * An expanded ARG/ENV value without its enclosing quotes: the model's scope keeps `ARG UID="1000"`
 * as `"1000"`, which would make numeric and path checks misfire.
 */
export function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/s, '$2');
}
