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

const ids = (list: string) =>
  list
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

/** What a file's pragmas suppress when `disable-ignore-pragma` is set: nothing. */
export const noPragmas: Pragmas = { global: new Set(), byLine: new Map() };

export function readPragmas(model: DockerfileModel): Pragmas {
  const pragmas: Pragmas = { global: new Set(), byLine: new Map() };
  const starts = model.instructions.map((i) => i.range);
  for (const comment of model.comments) {
    const global = globalRe.exec(comment.text);
    if (global) {
      for (const id of ids(global[1])) pragmas.global.add(id);
      continue;
    }
    const local = lineRe.exec(comment.text);
    if (!local) continue;
    const target = starts.find((r) => r.start.line > comment.line);
    if (!target) continue;
    for (let line = target.start.line; line <= target.end.line; line++) {
      const set = pragmas.byLine.get(line) ?? new Set<string>();
      for (const id of ids(local[1])) set.add(id);
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
export function pragmaIds(
  model: DockerfileModel,
): { id: string; comment: DockerfileModel['comments'][number] }[] {
  const out: { id: string; comment: DockerfileModel['comments'][number] }[] = [];
  for (const comment of model.comments) {
    const m = globalRe.exec(comment.text) ?? lineRe.exec(comment.text);
    if (!m) continue;
    for (const raw of m[1].split(',')) if (raw.trim()) out.push({ id: raw.trim(), comment });
  }
  return out;
}
