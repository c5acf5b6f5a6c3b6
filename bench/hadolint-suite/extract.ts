// Reads the rule cases out of hadolint's Haskell spec files (test/Hadolint/Rule/DL*Spec.hs) without
// running Haskell: a small tokenizer and an evaluator for the few forms those files use (string
// literals, `Text.unlines [...]`, `let name = ...`, `?config = def { ... }`, and the helpers
// ruleCatches / ruleCatchesNot / onBuildRuleCatches / onBuildRuleCatchesNot / assertChecks with
// failsWith N). Nothing of hadolint is kept: the cases are read at run time from the user's checkout.

/** The settings a case runs with, in dockspec's terms. */
export interface CaseConfig {
  trustedRegistries?: string[];
  labelSchema?: Record<string, string>;
  strictLabels?: boolean;
}

export interface SpecCase {
  /** The hadolint rule id the case is about (`DL3042`). */
  rule: string;
  /** The `it "..."` description it sits under. */
  name: string;
  /** 1-based line of the assertion in the spec file. */
  line: number;
  dockerfile: string;
  /** hadolint's onBuild helpers wrap every RUN in ONBUILD. */
  onBuild: boolean;
  /** 'some' = at least one finding; a number = exactly that many. */
  expect: 'some' | number;
  config: CaseConfig;
}

type Token =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'number'; value: number; line: number }
  | { kind: 'name'; value: string; line: number }
  | { kind: 'punct'; value: string; line: number };

const escapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  "'": "'",
  '\\': '\\',
  '&': '',
};

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (source.startsWith('--', i) && !/[!#$%&*+./<=>?@\\^|~:]/.test(source[i + 2] ?? '')) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (source.startsWith('{-', i)) {
      const end = source.indexOf('-}', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      line += countLines(source.slice(i, stop));
      i = stop;
    } else if (c === '"') {
      const start = line;
      let value = '';
      i++;
      while (i < source.length && source[i] !== '"') {
        if (source[i] === '\\') {
          const next = source[i + 1];
          if (next !== undefined && /\s/.test(next)) {
            // A string gap: backslash, whitespace (newlines included), backslash.
            const close = source.indexOf('\\', i + 1);
            line += countLines(source.slice(i, close));
            i = close + 1;
          } else if (next !== undefined && /\d/.test(next)) {
            const digits = /^\d+/.exec(source.slice(i + 1))![0];
            value += String.fromCodePoint(Number(digits));
            i += 1 + digits.length;
          } else {
            value += escapes[next] ?? next;
            i += 2;
          }
        } else {
          if (source[i] === '\n') line++;
          value += source[i++];
        }
      }
      i++;
      tokens.push({ kind: 'string', value, line: start });
    } else if (/\d/.test(c)) {
      const digits = /^\d+/.exec(source.slice(i))![0];
      tokens.push({ kind: 'number', value: Number(digits), line });
      i += digits.length;
    } else if (/[A-Za-z_?]/.test(c)) {
      const word = /^\??[A-Za-z_][\w.']*/.exec(source.slice(i))?.[0] ?? c;
      tokens.push({ kind: 'name', value: word.replace(/\.$/, ''), line });
      i += word.replace(/\.$/, '').length || 1;
    } else {
      tokens.push({ kind: 'punct', value: c, line });
      i++;
    }
  }
  return tokens;
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

type Value = string | Value[] | CaseConfig | undefined;

const labelTypeNames: Record<string, string> = {
  RawText: 'text',
  Url: 'url',
  GitHash: 'hash',
  Rfc3339: 'rfc3339',
  SemVer: 'semver',
  Spdx: 'spdx',
  Email: 'email',
};

const helpers: Record<string, { onBuild: boolean; expect: 'some' | number }> = {
  ruleCatches: { onBuild: false, expect: 'some' },
  ruleCatchesNot: { onBuild: false, expect: 0 },
  // hadolint's onBuildRuleCatches asserts exactly one failure.
  onBuildRuleCatches: { onBuild: true, expect: 1 },
  onBuildRuleCatchesNot: { onBuild: true, expect: 0 },
};

/** The cases of one spec file. Forms it does not know are skipped, and named in `skipped`. */
export function extractCases(source: string): { cases: SpecCase[]; skipped: string[] } {
  const tokens = tokenize(source);
  const cases: SpecCase[] = [];
  const skipped: string[] = [];
  const bindings = new Map<string, Value>();
  let config: CaseConfig = {};
  let name = '';
  let pos = 0;

  const peek = (offset = 0): Token | undefined => tokens[pos + offset];
  const isPunct = (value: string, offset = 0) => {
    const t = peek(offset);
    return t?.kind === 'punct' && t.value === value;
  };

  // expr := atom | 'Text.unlines' expr | 'def' '{' fields '}'
  function expr(): Value {
    if (isPunct('$')) pos++;
    const t = peek();
    if (!t) return undefined;
    if (t.kind === 'name' && (t.value === 'Text.unlines' || t.value === 'unlines')) {
      pos++;
      const list = expr();
      return Array.isArray(list) ? list.map((l) => `${String(l)}\n`).join('') : undefined;
    }
    if (t.kind === 'name' && t.value === 'def') {
      pos++;
      return isPunct('{') ? record() : {};
    }
    return atom();
  }

  function atom(): Value {
    const t = peek();
    if (!t) return undefined;
    pos++;
    if (t.kind === 'string') return t.value;
    if (t.kind === 'name') return bindings.get(t.value);
    if (t.kind === 'punct' && t.value === '(') {
      const inner = expr();
      // A tuple ("key", Rule.Type) keeps both parts.
      if (isPunct(',')) {
        pos++;
        const second = peek();
        pos++;
        skipTo(')');
        return [inner as string, second?.kind === 'name' ? second.value : ''];
      }
      skipTo(')');
      return inner;
    }
    if (t.kind === 'punct' && t.value === '[') {
      const items: Value[] = [];
      while (peek() && !isPunct(']')) {
        items.push(expr());
        if (isPunct(',')) pos++;
        else if (!isPunct(']')) break;
      }
      skipTo(']');
      return items;
    }
    return undefined;
  }

  function skipTo(close: string) {
    let depth = 0;
    while (peek()) {
      const t = peek()!;
      pos++;
      if (t.kind !== 'punct') continue;
      if ('([{'.includes(t.value)) depth++;
      else if (')]}'.includes(t.value)) {
        if (depth === 0 && t.value === close) return;
        depth--;
      }
    }
  }

  // def { allowedRegistries = [...], labelSchema = Map.fromList [...], strictLabels = True }
  function record(): CaseConfig {
    pos++; // {
    const out: CaseConfig = {};
    while (peek() && !isPunct('}')) {
      const field = peek();
      if (field?.kind === 'name' && isPunct('=', 1)) {
        pos += 2;
        if (field.value === 'allowedRegistries') out.trustedRegistries = (expr() as string[]) ?? [];
        else if (field.value === 'labelSchema') {
          if (peek()?.kind === 'name' && String(peek()!.value).endsWith('fromList')) pos++;
          const pairs = (expr() as [string, string][]) ?? [];
          out.labelSchema = Object.fromEntries(
            pairs.map(([key, type]) => [key, labelTypeNames[type.replace(/^Rule\./, '')] ?? type]),
          );
        } else if (field.value === 'strictLabels') {
          out.strictLabels = peek()?.value === 'True';
          pos++;
        } else expr();
      } else pos++;
    }
    pos++; // }
    return out;
  }

  /** Records a case when its rule and Dockerfile were read as strings. */
  function add(
    rule: Value,
    dockerfile: Value,
    line: number,
    onBuild: boolean,
    expect: SpecCase['expect'],
  ): boolean {
    if (typeof rule !== 'string' || typeof dockerfile !== 'string') return false;
    cases.push({ rule, name, line, dockerfile, onBuild, expect, config });
    return true;
  }

  while (pos < tokens.length) {
    const t = tokens[pos];
    if (t.kind === 'name' && (t.value === 'it' || t.value === 'describe') && peek(1)?.kind === 'string') {
      if (t.value === 'it') name = String(peek(1)!.value);
      pos += 2;
    } else if (t.kind === 'name' && t.value === '?config' && isPunct('=', 1)) {
      pos += 2;
      const value = expr();
      if (value && typeof value === 'object' && !Array.isArray(value)) config = value;
    } else if (t.kind === 'name' && isPunct('=', 1) && !isPunct('=', 2)) {
      // A binding: `let name = expr` or a further one in the same let block.
      pos += 2;
      bindings.set(t.value, expr());
    } else if (t.kind === 'name' && helpers[t.value]) {
      const helper = helpers[t.value];
      pos++;
      const rule = expr();
      const dockerfile = expr();
      if (!add(rule, dockerfile, t.line, helper.onBuild, helper.expect))
        skipped.push(`line ${t.line}: ${t.value} with arguments not read`);
    } else if (t.kind === 'name' && (t.value === 'assertChecks' || t.value === 'assertOnBuildChecks')) {
      pos++;
      const dockerfile = expr();
      // (failsWith N "DLxxxx")
      const open = isPunct('(');
      if (open) pos++;
      const assertion = peek();
      if (assertion?.kind === 'name' && assertion.value === 'failsWith' && peek(1)?.kind === 'number') {
        const times = peek(1)!.value as number;
        pos += 2;
        const rule = expr();
        if (open) skipTo(')');
        if (add(rule, dockerfile, t.line, t.value === 'assertOnBuildChecks', times)) continue;
      }
      skipped.push(`line ${t.line}: ${t.value} with an assertion not read`);
    } else pos++;
  }
  return { cases, skipped };
}
