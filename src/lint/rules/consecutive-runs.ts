import type { Instruction } from '../../dockerfile/index.js';
import { replace } from '../helpers.js';
import { defineRule, type Edit } from '../types.js';

const flagsOf = (run: Instruction) =>
  run.flags
    .map((f) => `${f.name}=${f.value ?? ''}`)
    .sort()
    .join(' ');

/** A RUN of one plain command: chained RUNs are usually split on purpose (for the cache). */
const single = (run: Instruction) =>
  run.keyword === 'RUN' && run.heredocs.length === 0 && (run.exec?.valid || run.shell?.commands.length === 1);

/**
 * Joins `RUN a` and the RUN on the next line into `RUN a && \\` + `b`, when both are shell form and
 * nothing (a comment, a trailing `&` or `\\`) would change what `a` means once `&&` follows it.
 */
function join(prev: Instruction, run: Instruction, esc: string): Edit | undefined {
  if (prev.form !== 'shell' || run.form !== 'shell' || !run.argsRange) return undefined;
  if (run.range.start.line !== prev.range.end.line + 1 || /#|[&\\]\s*$/.test(prev.argsText)) return undefined;
  return replace({ start: prev.range.end, end: run.argsRange.start }, ` && ${esc}\n    `);
}

export default defineRule({
  id: 'DS1107',
  name: 'consecutive-runs',
  aliases: ['DL3059'],
  severity: 'info',
  fixable: true,
  description: 'Consecutive single-command RUNs with the same flags could be one RUN (one layer).',
  messages: {
    merge: 'this RUN follows another one-command RUN with the same flags; join them with && into one layer',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let k = 1; k < list.length; k++) {
        const [prev, run] = [list[k - 1], list[k]];
        if (single(prev) && single(run) && flagsOf(prev) === flagsOf(run)) {
          const fix = join(prev, run, model.escapeChar);
          report({ messageId: 'merge', range: run.keywordRange, ...(fix ? { fix } : {}) });
        }
      }
    }
  },
});
