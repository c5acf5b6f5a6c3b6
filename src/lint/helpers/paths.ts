import type { Instruction, Stage } from '../../dockerfile/index.js';
import { expandVariables } from '../../dockerfile/index.js';
import { stageChain } from '../helpers.js';

/** Joins and normalizes POSIX paths: `/app` + `./src/` → `/app/src`. */
export function joinPath(base: string, rel: string): string {
  const parts: string[] = [];
  for (const p of (rel.startsWith('/') ? rel : `${base}/${rel}`).split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

/** The working directory in effect at an instruction of a stage (WORKDIRs of base stages included). */
export function workdirAt(stage: Stage, at?: Instruction): string {
  let dir = '/';
  for (const s of stageChain(stage)) {
    for (const i of s.instructions) {
      if (i === at) return dir;
      if (i.keyword === 'WORKDIR' && i.args[0])
        dir = joinPath(dir, expandVariables(i.args[0].value, i.scope).value);
    }
  }
  return dir;
}

/** Where a COPY/ADD writes, as an absolute path (its last argument against the WORKDIR). */
export function copyDestination(stage: Stage, instruction: Instruction): string | undefined {
  const items = instruction.exec?.valid ? instruction.exec.items : instruction.args;
  const last = items.at(-1);
  if (!last || items.length < 2) return undefined;
  return joinPath(workdirAt(stage, instruction), expandVariables(last.value, instruction.scope).value);
}

/** The stage a `COPY --from=` names (by name or index), if it is a stage of this file. */
export function copyFromStage(stages: Stage[], instruction: Instruction): Stage | undefined {
  const from = instruction.flags.find((f) => f.name === 'from')?.value;
  if (from === undefined) return undefined;
  return /^\d+$/.test(from) ? stages[Number(from)] : stages.find((s) => s.name === from.toLowerCase());
}
