// Cases of hadolint's suite where dockspec answers otherwise on purpose, because Docker, the shell or
// the package manager behaves otherwise. Each is matched by what the case's Dockerfile does (a
// predicate written here, not hadolint's text) and explained on the dockspec rule's doc page under
// "Differences from hadolint".
import type { SpecCase } from './extract.js';

export interface KnownDifference {
  rule: string;
  /** A short name of our own, listed by the benchmark. */
  name: string;
  /** The dockspec rule page that explains it. */
  page: string;
  why: string;
  matches(c: SpecCase): boolean;
}

export const knownDifferences: KnownDifference[] = [
  {
    rule: 'DL3042',
    name: 'pip-no-cache-dir-any-value',
    page: 'docs/rules/pip-no-cache-dir.md',
    why: 'pip disables its cache for any non-empty PIP_NO_CACHE_DIR, "0", "false", "no" and "off" included',
    matches: (c) => /PIP_NO_CACHE_DIR=(0|false|no|off)\b/i.test(c.dockerfile),
  },
];
