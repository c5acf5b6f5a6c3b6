import type { DockerfileModel, Position, Range } from '../dockerfile/index.js';
import { scriptFlagIndex } from '../knowledge/shells.js';
import type { Edit } from './types.js';

/**
 * Where `--fix` never edits: inside `$(…)`, backticks, `<(…)`, subshells and function bodies of a
 * shell script, inside heredoc bodies (RUN <<EOF scripts and the data of `cat <<EOF`), and inside
 * the script string of an exec-form `["sh", "-c", "…"]`. An edit there may be right, but the shell
 * parse cannot prove it keeps what the build does; it is offered as a suggestion instead.
 */
export function opaqueRanges(model: DockerfileModel): Range[] {
  const ranges: Range[] = [];
  for (const instruction of model.instructions) {
    if (instruction.shell) ranges.push(...instruction.shell.opaque);
    for (const h of instruction.heredocs) if (h.bodyRange) ranges.push(h.bodyRange);
    const items = instruction.exec?.valid ? instruction.exec.items : undefined;
    const c = items ? scriptFlagIndex(items.map((i) => i.value)) : -1;
    if (items && c !== -1 && items[c + 1]) ranges.push(items[c + 1].range);
  }
  return ranges;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column < b.column);

/** True when the edit changes text strictly inside the range (an insertion at its edge does not). */
export function editsInside(edit: Edit, range: Range): boolean {
  const { start, end } = edit.range;
  const insertion = start.line === end.line && start.column === end.column;
  if (insertion) return before(range.start, start) && before(start, range.end);
  return before(start, range.end) && before(range.start, end);
}

/** Splits a finding's edits into a fix `--fix` may apply, or a suggestion when any edit is opaque. */
export function classifyEdits(edits: Edit[], opaque: () => Range[]): { fix: Edit[]; suggestion: Edit[] } {
  const unsafe = edits.length > 0 && edits.some((e) => opaque().some((r) => editsInside(e, r)));
  return unsafe ? { fix: [], suggestion: edits } : { fix: edits, suggestion: [] };
}
