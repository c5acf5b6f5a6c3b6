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
  {
    rule: 'DL3048',
    name: 'label-key-variable',
    page: 'docs/rules/label-key-format.md',
    why: 'BuildKit expands variables in LABEL keys; the $ is not part of the key the image gets',
    matches: (c) => /^\s*(onbuild\s+)?label\s+[^=\s]*\$/im.test(c.dockerfile),
  },
  {
    rule: 'DL3002',
    name: 'root-in-builder-stage',
    page: 'docs/rules/no-root-user.md',
    why: "only the final stage's user runs the container; a builder may stay root",
    matches: (c) =>
      finalStageUser(c.dockerfile) !== undefined && !/^root$|^0$/.test(finalStageUser(c.dockerfile)!),
  },
  {
    rule: 'DL3025',
    name: 'healthcheck-shell-form',
    page: 'docs/rules/json-args-recommended.md',
    why: 'a health check has no PID 1 signal problem; BuildKit checks only CMD and ENTRYPOINT',
    matches: (c) => /^\s*healthcheck\b(?!.*\bcmd\s*\[)/im.test(c.dockerfile),
  },
  {
    rule: 'DL3064',
    name: 'key-id-not-secret',
    page: 'docs/rules/secrets-in-arg-env.md',
    why: 'a key id names a key like a user name; the secret half is reported',
    matches: (c) => /^\s*(arg|env)\s+\w*_ID\b/im.test(c.dockerfile),
  },
  {
    rule: 'DL3009',
    name: 'onbuild-in-unshipped-stage',
    page: 'docs/rules/apt-lists-cleanup.md',
    why: 'a trigger in a stage that neither ships nor is built upon never runs',
    matches: (c) => c.onBuild && builderOnly(c.dockerfile),
  },
  {
    rule: 'DL3060',
    name: 'onbuild-in-unshipped-stage',
    page: 'docs/rules/yarn-cache-clean.md',
    why: 'a trigger in a stage that neither ships nor is built upon never runs',
    matches: (c) => c.onBuild && builderOnly(c.dockerfile),
  },
  {
    rule: 'DL3049',
    name: 'schema-final-image-only',
    page: 'docs/rules/label-schema.md',
    why: 'labels of a stage that never becomes the image reach no registry or scanner',
    matches: (c) => (c.dockerfile.match(/^\s*from\s/gim) ?? []).length > 1,
  },
  {
    rule: 'DL3051',
    name: 'empty-label-outside-schema',
    page: 'docs/rules/label-value-empty.md',
    why: 'an empty value says nothing whatever the label',
    matches: (c) =>
      [...c.dockerfile.matchAll(/(\S+?)=""/g)].some(([, key]) => !(key in (c.config.labelSchema ?? {}))),
  },
];

/** The last USER of the last stage, if any. */
function finalStageUser(dockerfile: string): string | undefined {
  const stages = dockerfile.split(/^\s*from\s/im);
  if (stages.length < 3) return undefined;
  return [...stages.at(-1)!.matchAll(/^\s*user\s+(\S+)/gim)].at(-1)?.[1];
}

/** Several stages, the RUNs to check in an earlier one, and no stage built FROM it. */
function builderOnly(dockerfile: string): boolean {
  const froms = [...dockerfile.matchAll(/^\s*from\s+(\S+)(?:\s+as\s+(\S+))?/gim)];
  if (froms.length < 2) return false;
  const names = froms.map((m) => m[2]?.toLowerCase()).filter(Boolean);
  return !froms.slice(1).some((m) => names.includes(m[1].toLowerCase()));
}
