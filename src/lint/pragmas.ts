import type { DockerfileModel } from '../dockerfile/index.js';

/**
 * Inline suppressions, ours and hadolint's:
 *   # dockspec-ignore=DS2001,DS2002 reason      (the next instruction)
 *   # hadolint ignore=DL3008,DL3009             (the next instruction)
 *   # hadolint global ignore=DL3008             (the whole file; also `# dockspec global ignore=`)
 */
export interface Pragmas {
  global: Set<string>;
  /** Ignored ids for each line an instruction covers. */
  byLine: Map<number, Set<string>>;
}

const lineRe = /^(?:dockspec-ignore\s*=|hadolint\s+ignore\s*=)\s*([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)/i;
const globalRe = /^(?:dockspec|hadolint)\s+global\s+ignore\s*=\s*([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)/i;

type Comment = DockerfileModel['comments'][number];

/** One pragma comment: the ids it names as written, and whether it covers the whole file. */
interface Pragma {
  comment: Comment;
  global: boolean;
  ids: string[];
}

/** The pragma comments of a file, each read once: what readPragmas and pragmaIds are built on. */
function pragmaComments(model: DockerfileModel): Pragma[] {
  const out: Pragma[] = [];
  for (const comment of model.comments) {
    const global = globalRe.exec(comment.text);
    const m = global ?? lineRe.exec(comment.text);
    if (!m) continue;
    const ids = m[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({ comment, global: global !== null, ids });
  }
  return out;
}

/** What a file's pragmas suppress when `disable-ignore-pragma` is set: nothing. */
export const noPragmas: Pragmas = { global: new Set(), byLine: new Map() };

export function readPragmas(model: DockerfileModel): Pragmas {
  const pragmas: Pragmas = { global: new Set(), byLine: new Map() };
  const starts = model.instructions.map((i) => i.range);
  for (const { comment, global, ids } of pragmaComments(model)) {
    const upper = ids.map((id) => id.toUpperCase());
    if (global) {
      for (const id of upper) pragmas.global.add(id);
      continue;
    }
    const target = starts.find((r) => r.start.line > comment.line);
    if (!target) continue;
    for (let line = target.start.line; line <= target.end.line; line++) {
      const set = pragmas.byLine.get(line) ?? new Set<string>();
      for (const id of upper) set.add(id);
      pragmas.byLine.set(line, set);
    }
  }
  return pragmas;
}

/** True when a pragma names the rule by id, alias or name (case-insensitive). */
export function suppressed(pragmas: Pragmas, line: number, names: string[]): boolean {
  if (pragmas.global.size === 0 && pragmas.byLine.size === 0) return false;
  const upper = names.map((n) => n.toUpperCase());
  if (upper.some((n) => pragmas.global.has(n))) return true;
  const set = pragmas.byLine.get(line);
  return set !== undefined && upper.some((n) => set.has(n));
}

/** Every rule id a pragma names, with the comment that names it (for checking that the ids exist). */
export function pragmaIds(model: DockerfileModel): { id: string; comment: Comment }[] {
  return pragmaComments(model).flatMap(({ comment, ids }) => ids.map((id) => ({ id, comment })));
}
