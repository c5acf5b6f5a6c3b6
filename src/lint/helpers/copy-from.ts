import type { Flag, Instruction, Stage } from '../../dockerfile/index.js';

/** COPY instructions with a `--from` flag, and their stage (ONBUILD triggers run in a later build). */
export function copyFromFlags(
  instructions: Instruction[],
): { instruction: Instruction; stage: Stage; from: Flag }[] {
  return instructions.flatMap((instruction) => {
    const from =
      instruction.keyword === 'COPY' ? instruction.flags.find((f) => f.name === 'from') : undefined;
    return from?.value !== undefined && instruction.stage
      ? [{ instruction, stage: instruction.stage, from }]
      : [];
  });
}
