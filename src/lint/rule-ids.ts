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
