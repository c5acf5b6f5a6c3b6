// Cases of hadolint's suite where dockspec answers otherwise on purpose, because Docker, the shell or
// the package manager behaves otherwise. Each is matched by what the case's Dockerfile does (a
// predicate written here, not hadolint's text) and explained on the dockspec rule's doc page.
import type { SpecCase } from './extract.js';

export interface KnownDifference {
  rule: string;
  /** A short name of our own, listed by the benchmark. */
  name: string;
  why: string;
  matches(c: SpecCase): boolean;
}

export const knownDifferences: KnownDifference[] = [];
