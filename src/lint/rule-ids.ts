import { closest } from 'fastest-levenshtein';
import { ruleNames } from './engine.js';
import type { Rule } from './types.js';

export interface UnknownRuleId {
  id: string;
  /** The known id, alias or name nearest to it (as the rule spells it). */
  nearest: string;
}

/** The ids of `ids` that name no rule (by id, alias or name, any case), each with the nearest known one. */
export function unknownRuleIds(ids: readonly string[], rules: readonly Rule[]): UnknownRuleId[] {
  const known = new Set(rules.flatMap(ruleNames));
  const spelled = rules.flatMap((r) => [r.id, ...(r.aliases ?? []), r.name]);
  const upper = spelled.map((n) => n.toUpperCase());
  return ids
    .filter((id) => !known.has(id.toUpperCase()))
    .map((id) => ({ id, nearest: spelled[upper.indexOf(closest(id.toUpperCase(), upper))] }));
}

/**
 * Whose id this is when it names no dockspec rule: hadolint's (`DL3049`) or ShellCheck's (`SC2086`),
 * both common in configurations and pragmas migrated from hadolint; undefined for anything else.
 */
export function foreignRuleId(id: string): 'hadolint' | 'shellcheck' | undefined {
  if (/^DL\d+$/i.test(id)) return 'hadolint';
  if (/^SC\d+$/i.test(id)) return 'shellcheck';
  return undefined;
}
