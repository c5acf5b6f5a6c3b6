import { declaredProxyVariables } from '../knowledge/shell-quoting.js';
/** Where a variable visible to an instruction comes from. */
export type VariableSource = 'arg' | 'env' | 'automatic' | 'base-image';

export interface VariableDefinition {
  name: string;
  /** Undefined when the value is only known at build time (`ARG NAME` with no default, platform args). */
  value?: string;
  source: VariableSource;
  /** 1-based line of the ARG/ENV that defined it. */
  line?: number;
}

/** Variables visible at one instruction. Scopes are immutable: each ARG/ENV makes a new one. */
export type Scope = ReadonlyMap<string, VariableDefinition>;

/** BuildKit's automatic platform args: always usable in FROM, and in a stage once declared with ARG. */
export const automaticArgs = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
];

/** Predefined args usable in RUN without a declaration (proxies, BuildKit settings). */
export const predefinedArgs = [
  ...declaredProxyVariables,
  'ALL_PROXY',
  'all_proxy',
  'BUILDKIT_INLINE_CACHE',
  'BUILDKIT_MULTI_PLATFORM',
  'BUILDKIT_SANDBOX_HOSTNAME',
  'BUILDKIT_CONTEXT_KEEP_GIT_DIR',
  'SOURCE_DATE_EPOCH',
];

/** One `$NAME` / `${NAME…}` reference in a Dockerfile argument. */
export interface VariableReference {
  name: string;
  /** Offset of the `$` in the expanded text's source. */
  offset: number;
  length: number;
  /** True for `${NAME:-x}` / `${NAME-x}` / `${NAME:+x}`, which are fine when NAME is unset. */
  hasFallback: boolean;
}

export interface Expansion {
  value: string;
  references: VariableReference[];
  /** Names referenced that the scope does not define (and have no fallback). */
  undefinedNames: string[];
  /** True when some referenced value is only known at build time. */
  unknown: boolean;
  /** True when the expansion stopped at MAX_EXPANSION_DEPTH or MAX_EXPANDED_LENGTH. */
  limited: boolean;
}

/**
 * Limits on what the input controls: `${A:-${B:-…}}` nested deeper than this, or a value grown
 * past this many characters (`ARG B=$A$A`, `ARG C=$B$B`, … doubles each time), is not followed
 * further; the value is then unknown, as a build argument's is. Each level scans the text it holds
 * for its closing brace, so the depth multiplies the cost of a long value: real ones nest two or three.
 */
export const MAX_EXPANSION_DEPTH = 16;
export const MAX_EXPANDED_LENGTH = 65_536;

/**
 * Expands Dockerfile variables the way BuildKit does for FROM, COPY, ENV, WORKDIR… (not the shell):
 * `$A`, `${A}`, `${A:-default}`, `${A-default}`, `${A:+alt}`, `${A+alt}`, `${A:?msg}`; `\$` escapes.
 */
export function expandVariables(text: string, scope: Scope, escapeChar = '\\', depth = 0): Expansion {
  const references: VariableReference[] = [];
  const undefinedNames: string[] = [];
  if (depth > MAX_EXPANSION_DEPTH)
    return { value: text, references, undefinedNames, unknown: true, limited: true };
  let unknown = false;
  let limited = false;
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (out.length > MAX_EXPANDED_LENGTH) {
      return {
        value: out.slice(0, MAX_EXPANDED_LENGTH),
        references,
        undefinedNames,
        unknown: true,
        limited: true,
      };
    }
    const ch = text[i];
    if (ch === escapeChar && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    const simple = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i));
    if (simple) {
      const name = simple[1];
      references.push({ name, offset: i, length: simple[0].length, hasFallback: false });
      const def = scope.get(name);
      if (!def) undefinedNames.push(name);
      else if (def.value === undefined) unknown = true;
      out += def?.value ?? '';
      i += simple[0].length;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = findClosingBrace(text, i + 2);
      const inner = text.slice(i + 2, close === -1 ? text.length : close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])(.*))?$/s.exec(inner);
      const end = close === -1 ? text.length : close + 1;
      if (!m) {
        out += text.slice(i, end);
        i = end;
        continue;
      }
      const [, name, op, word = ''] = m;
      const def = scope.get(name);
      const hasFallback = op !== undefined && !op.endsWith('?');
      references.push({ name, offset: i, length: end - i, hasFallback });
      const set = def !== undefined && (def.value === undefined || !op?.startsWith(':') || def.value !== '');
      if (def?.value === undefined && def !== undefined) unknown = true;
      const nested = op ? expandVariables(word, scope, escapeChar, depth + 1) : undefined;
      if (nested) {
        references.push(
          ...nested.references.map((r) => ({ ...r, offset: r.offset + i + 2 + name.length + op!.length })),
        );
        undefinedNames.push(...nested.undefinedNames);
        unknown ||= nested.unknown;
        limited ||= nested.limited;
      }
      if (!op) {
        if (!def) undefinedNames.push(name);
        out += def?.value ?? '';
      } else if (op.endsWith('-')) {
        out += set ? (def?.value ?? '') : nested!.value;
      } else if (op.endsWith('+')) {
        out += set ? nested!.value : '';
      } else {
        if (!def) undefinedNames.push(name);
        out += def?.value ?? '';
      }
      i = end;
      continue;
    }
    out += ch;
    i++;
  }
  return { value: out, references, undefinedNames, unknown, limited };
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}
