import type { DockerfileModel, Instruction, Stage } from '../../dockerfile/index.js';
import { finalStage, stageChain } from '../helpers.js';
import { copyFromStage } from './paths.js';

/**
 * The stages whose whole filesystem is in the final image: the final stage, the stages it builds
 * on (`FROM base`), and stages copied in whole (`COPY --from=deps / /`), transitively. A builder
 * whose output is copied in part (`COPY --from=builder /install /usr/local`) is not among them: its
 * caches and package lists never ship. Rules about what ships (caches, apt lists, secret files) look
 * only here; rules about how a stage is written (`-y`, pinning) look at every stage, as hadolint does.
 */
export function imageStages(model: DockerfileModel): Set<Stage> {
  return stagesReached(model, copiesRoot);
}

/**
 * The final stage, the stages it builds on, and the stages its COPY --from instructions that
 * `follow` accepts copy out of, transitively.
 */
export function stagesReached(model: DockerfileModel, follow: (copy: Instruction) => boolean): Set<Stage> {
  const set = new Set<Stage>();
  const final = finalStage(model);
  const todo = final ? stageChain(final) : [];
  while (todo.length > 0) {
    const stage = todo.pop()!;
    if (set.has(stage)) continue;
    set.add(stage);
    for (const i of stage.instructions) {
      if (i.keyword !== 'COPY' || !follow(i)) continue;
      const source = copyFromStage(model.stages, i);
      if (source) todo.push(...stageChain(source));
    }
  }
  return set;
}

/** `COPY --from=x / …`: the whole filesystem of x. */
function copiesRoot(i: Instruction): boolean {
  const items = i.exec?.valid ? i.exec.items.map((x) => x.value) : i.args.map((a) => a.value);
  return items.slice(0, -1).some((v) => /^\/+$/.test(v) || v === '/.');
}

/**
 * True when what the instruction leaves in its layer ends up in the final image. Takes the set from
 * `imageStages` (once per rule run: a cache keyed by model would cost the GC more than it saves).
 */
export function ships(shipping: Set<Stage>, instruction: Instruction): boolean {
  return instruction.stage === undefined || shipping.has(instruction.stage);
}
