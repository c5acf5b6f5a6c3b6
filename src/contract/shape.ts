import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import type { ContractDiagnostic } from './errors.js';
import { formatPath } from './errors.js';
import { type Contract, contractSchema } from './schema.js';
import { expectedAt, fieldElsewhere, keysAt } from './schema-paths.js';
import type { YamlSource } from './source.js';

/**
 * The shape pass: zod's issues become diagnostics that say where (file:line:col of the offending
 * value, or of the unknown key itself), what was expected and what was found.
 */
export function checkShape(
  data: unknown,
  source: YamlSource,
  file: string,
): { contract?: Contract; partial?: Contract; diagnostics: ContractDiagnostic[] } {
  const result = contractSchema.safeParse(data, { reportInput: true });
  if (result.success) return { contract: result.data, diagnostics: [] };
  const diagnostics: ContractDiagnostic[] = [];
  for (const issue of result.error.issues) diagnostics.push(...fromIssue(issue, source, file));
  // Without the offending values the rest may still be checked across fields, so one run
  // reports every problem (as ESLint does) instead of one pass at a time.
  const pruned = contractSchema.safeParse(prune(data, result.error.issues));
  return pruned.success ? { partial: pruned.data, diagnostics } : { diagnostics };
}

/** A copy of `data` without the values zod rejected (whole lists, so indices stay true). */
function prune(data: unknown, issues: readonly Issue[]): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const issue of issues) {
    let path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) drop(copy, [...path, key]);
      continue;
    }
    const firstIndex = path.findIndex((p) => typeof p === 'number');
    if (firstIndex >= 0) path = path.slice(0, firstIndex);
    if (issue.code === 'invalid_key') path = path.slice(0, -1);
    if (path.length > 0) drop(copy, path);
  }
  return copy;
}

function drop(data: Record<string, unknown>, path: PropertyKey[]): void {
  let node: unknown = data;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  if (node !== null && typeof node === 'object') delete (node as Record<PropertyKey, unknown>)[path.at(-1)!];
}

type Issue = z.core.$ZodIssue;

function fromIssue(issue: Issue, source: YamlSource, file: string): ContractDiagnostic[] {
  const path = issue.path as PropertyKey[];
  const at = (p: PropertyKey[], key = false) => source.locate(p, { key });
  const base = (p: PropertyKey[], key = false) => ({
    severity: 'error' as const,
    file,
    ...at(p, key),
    path: formatPath(p),
  });
  const found = describeValue(issue.input);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = keysAt(path);
      return issue.keys.map((key) => {
        const suggestion = suggest(key, valid);
        // A real field in the wrong place (`port` at the top level) is moved, not renamed.
        const elsewhere = suggestion ? undefined : fieldElsewhere(key);
        const advice = suggestion
          ? { message: `; did you mean "${suggestion}"?`, hint: `rename it to "${suggestion}"` }
          : elsewhere
            ? { message: `; did you mean ${elsewhere}?`, hint: `move it to ${elsewhere}` }
            : { message: '', hint: 'delete it, or see docs/contract.md for the fields this level takes' };
        return {
          ...base([...path, key], true),
          rule: 'unknown-key',
          message: `unknown key "${key}"${advice.message}`,
          expected: valid.length > 0 ? `one of ${valid.join(', ')}` : undefined,
          found: `"${key}"`,
          hint: advice.hint,
        };
      });
    }
    case 'invalid_type': {
      const missing = issue.input === undefined;
      const expected = expectedAt(path) ?? issue.expected;
      return [
        {
          ...base(path),
          rule: missing ? 'missing-field' : 'wrong-type',
          message: missing ? `missing required field "${String(path.at(-1))}"` : `expected ${expected}`,
          expected,
          found: missing ? 'nothing' : found,
          hint: missing ? undefined : quoteHint(issue, source),
        },
      ];
    }
    case 'invalid_value': {
      // A missing `version` or `target` arrives as a literal/enum mismatch with no input.
      if (issue.input === undefined)
        return [
          {
            ...base(path),
            rule: 'missing-field',
            message: `missing required field "${String(path.at(-1))}"`,
            expected: issue.values.map((v) => JSON.stringify(v)).join(' | '),
            found: 'nothing',
          },
        ];
      const options = issue.values.map((v) => JSON.stringify(v));
      const suggestion =
        typeof issue.input === 'string'
          ? suggest(
              issue.input,
              issue.values.map((v) => String(v)),
            )
          : undefined;
      return [
        {
          ...base(path),
          rule: 'invalid-value',
          message:
            options.length === 1
              ? `must be ${options[0]}`
              : `must be one of ${options.join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          expected: options.join(' | '),
          found,
        },
      ];
    }
    case 'invalid_format':
      return [
        {
          ...base(path),
          rule: 'invalid-format',
          // The schema's regex messages read as what is expected ("a duration such as 30s").
          message: `expected ${issue.message.startsWith('Invalid') ? `a value matching ${issue.pattern}` : issue.message}`,
          expected: issue.message.startsWith('Invalid') ? issue.pattern : issue.message,
          found,
        },
      ];
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = small ? (issue as { minimum: number }).minimum : (issue as { maximum: number }).maximum;
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : undefined;
      const expected = `${small ? 'at least' : 'at most'} ${bound}${what ? ` ${what}` : ''}`;
      return [{ ...base(path), rule: 'out-of-range', message: `expected ${expected}`, expected, found }];
    }
    case 'invalid_key': {
      const key = String(path.at(-1));
      const inner = issue.issues[0];
      const detail = inner && !inner.message.startsWith('Invalid') ? inner.message : 'a valid name';
      return [
        {
          ...base(path, true),
          rule: 'invalid-key',
          message: `invalid key "${key}": expected ${detail}`,
          expected: detail,
          found: `"${key}"`,
        },
      ];
    }
    case 'invalid_union': {
      // Report the branch that got furthest: the one whose failures are not about the type itself.
      const branches = issue.errors.filter((errs) => errs.length > 0);
      const deeper = branches.find((errs) =>
        errs.every((e) => e.code !== 'invalid_type' || e.path.length > 0),
      );
      if (deeper)
        return deeper.flatMap((e) =>
          fromIssue({ ...e, path: [...path, ...(e.path as PropertyKey[])] } as Issue, source, file),
        );
      const expected = expectedAt(path) ?? 'another type';
      return [{ ...base(path), rule: 'wrong-type', message: `expected ${expected}`, expected, found }];
    }
    default:
      return [{ ...base(path), rule: 'invalid', message: issue.message, found }];
  }
}

function suggest(word: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates);
  const limit = Math.max(2, Math.floor(best.length / 3));
  // Also catch case-only or separator-only differences such as start_period → startPeriod.
  const loose = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const looseHit = candidates.find((c) => loose(c) === loose(word));
  if (looseHit) return looseHit;
  const d = distance(word, best);
  // Two edits are a typo only when the first letter agrees (imgae → image, not port → cors).
  return d <= 1 || (d <= limit && best[0].toLowerCase() === word[0]?.toLowerCase()) ? best : undefined;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** A number where a string was expected: YAML read `3.10` as 3.1. */
function quoteHint(issue: Issue, source: YamlSource): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const scalar = source.scalar(issue.path as PropertyKey[]);
  if (issue.expected === 'string' && scalar && typeof scalar.value !== 'string')
    return `quote it: "${scalar.source ?? String(scalar.value)}"`;
  if (issue.expected === 'array' && (typeof issue.input === 'string' || typeof issue.input === 'number'))
    return `write it as a list: [${JSON.stringify(issue.input)}]`;
  if (issue.expected === 'number' && typeof issue.input === 'string' && /^\d+$/.test(issue.input))
    return `remove the quotes: ${issue.input}`;
  // YAML 1.2 reads yes/no/on/off as strings, unlike YAML 1.1 tools.
  if (issue.expected === 'boolean' && typeof issue.input === 'string') {
    const truthy = /^(yes|y|on|true)$/i.test(issue.input);
    const falsy = /^(no|n|off|false)$/i.test(issue.input);
    if (truthy || falsy)
      return `write ${truthy ? 'true' : 'false'} (YAML 1.2 reads "${issue.input}" as text)`;
  }
  return undefined;
}

// --- Schema introspection: what is valid at a path ---------------------------------------------
