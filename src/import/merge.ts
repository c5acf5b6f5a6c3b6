import type { Conflict, ConflictCandidate, Fact } from './types.js';
import { sameValue } from './values.js';

/** Paths where a later wording simply replaces an earlier one without being a disagreement. */
const SOFT = /\.description$|^env\.secretsSource$/;

export interface Merged {
  /** The winning fact for each path, in the order paths were first seen. */
  chosen: Map<string, Fact>;
  conflicts: Conflict[];
}

/**
 * One value per path. The more specific place wins (a requirements table beats a Dockerfile block
 * beats prose); at equal specificity a later document refines an earlier one, and within one
 * document the later statement wins. Every disagreement is kept as a conflict.
 */
export function mergeFacts(facts: Fact[], documentOrder: string[]): Merged {
  const rank = (f: Fact) => [f.specificity, documentOrder.indexOf(f.source.file), f.source.line];
  const better = (a: Fact, b: Fact) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] > rb[i];
    return false;
  };
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const group = groups.get(fact.path) ?? [];
    group.push(fact);
    groups.set(fact.path, group);
  }
  const chosen = new Map<string, Fact>();
  const conflicts: Conflict[] = [];
  for (const [path, group] of groups) {
    const winner = group.reduce((best, f) => (better(f, best) ? f : best));
    chosen.set(path, winner);
    if (SOFT.test(path)) continue;
    const others = distinct(group.filter((f) => !sameValue(f.value, winner.value)));
    if (others.length === 0) continue;
    conflicts.push({
      path,
      chosen: candidate(winner),
      others: others.map(candidate),
      reason: reason(winner, others[0], documentOrder),
    });
  }
  return { chosen, conflicts };
}

function distinct(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${JSON.stringify(f.value)}@${f.source.file}:${f.source.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function candidate(f: Fact): ConflictCandidate {
  return { value: f.value, source: f.source, evidence: f.evidence };
}

function reason(winner: Fact, other: Fact, order: string[]): string {
  const at = (f: Fact) => `${f.source.file}:${f.source.line}`;
  if (winner.specificity > other.specificity) {
    return `took ${at(winner)}: ${article(winner.evidence)} is more specific than ${article(other.evidence)}`;
  }
  if (
    winner.source.file !== other.source.file &&
    order.indexOf(winner.source.file) > order.indexOf(other.source.file)
  ) {
    return `took ${at(winner)}: ${winner.source.file} comes later and refines ${other.source.file}`;
  }
  return `took ${at(winner)}: both are ${article(winner.evidence)}; the later statement wins`;
}

function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
