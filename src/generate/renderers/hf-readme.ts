import { parseDocument, stringify } from 'yaml';
import type { ResolvedContract } from '../../contract/resolved.js';
import { planFor } from '../plan.js';

/**
 * The Hugging Face Space README: YAML front matter (the Space's configuration) merged into an
 * existing README without losing its body. The header line goes right after the front matter,
 * and its hash covers the front matter only: the body belongs to the user.
 */

/** Keys a person chooses for looks; an existing hand-written README keeps its own. */
const COSMETIC = new Set([
  'title',
  'emoji',
  'colorFrom',
  'colorTo',
  'short_description',
  'pinned',
  'thumbnail',
]);
export function isCosmetic(key: string): boolean {
  return COSMETIC.has(key);
}

/** HF caps short_description at 60 characters. */
const SHORT_DESCRIPTION_MAX = 60;
/** The Space's startup timer also covers scheduling and pulling the image; never ask for less. */
const MIN_STARTUP_MINUTES = 5;

function titleOf(service: string): string {
  return service
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function hfFrontMatter(c: ResolvedContract): Record<string, unknown> {
  const space = c.space ?? {};
  const fm: Record<string, unknown> = {
    title: space.title ?? titleOf(c.service),
    emoji: space.emoji ?? '🐳',
    colorFrom: space.colorFrom ?? 'blue',
    colorTo: space.colorTo ?? 'indigo',
    ...(space.pinned === undefined ? {} : { pinned: space.pinned }),
    sdk: 'docker',
    app_port: planFor(c).port,
  };
  if (c.description) {
    const d = c.description.trim();
    fm.short_description =
      d.length <= SHORT_DESCRIPTION_MAX ? d : `${d.slice(0, SHORT_DESCRIPTION_MAX - 1).trimEnd()}…`;
  }
  if (c.budgets.startupMs !== undefined) {
    const minutes = Math.max(MIN_STARTUP_MINUTES, Math.ceil(c.budgets.startupMs / 60_000));
    fm.startup_duration_timeout = `${minutes}m`;
  }
  return fm;
}

export interface SplitReadme {
  frontMatter?: Record<string, unknown>;
  /** The raw front matter text between the fences, newline-terminated. */
  frontMatterText?: string;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function splitReadme(text: string): SplitReadme {
  const m = FENCE.exec(text);
  if (!m) return { body: text };
  const raw = m[1] ?? '';
  const doc = parseDocument(raw);
  const value = doc.errors.length === 0 ? doc.toJS() : undefined;
  return {
    frontMatter: value && typeof value === 'object' && !Array.isArray(value) ? value : {},
    frontMatterText: raw,
    body: text.slice(m[0].length),
  };
}

/** The merged front matter: ours for everything the contract decides, theirs for what it does not. */
export function mergeFrontMatter(
  ours: Record<string, unknown>,
  theirs: Record<string, unknown> | undefined,
  keepTheirCosmetics: boolean,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...ours };
  for (const [k, v] of Object.entries(theirs ?? {})) {
    if (!(k in ours) || (keepTheirCosmetics && COSMETIC.has(k))) merged[k] = v;
  }
  return merged;
}

export function frontMatterText(fm: Record<string, unknown>): string {
  return stringify(fm, { lineWidth: 0 });
}

export function defaultReadmeBody(c: ResolvedContract): string {
  const plan = planFor(c);
  return [
    '',
    `# ${titleOf(c.service)}`,
    '',
    c.description ? `${c.description}\n` : undefined,
    `A Docker Space serving \`${c.app.entrypoint}\` with ${c.app.server} on port ${plan.port}.`,
    `Health: \`GET ${plan.livenessPath}\`. See DEPLOY.md for secrets, deployment and verification.`,
    '',
  ]
    .filter((l) => l !== undefined)
    .join('\n');
}
