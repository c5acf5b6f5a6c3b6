import type { DockerfileModel, Stage } from '../../dockerfile/index.js';
import { copyFromFlags } from '../helpers/copy-from.js';
import { unquote } from '../helpers/properties.js';
import { stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

/** The stage `--from=<name|index>` names, if it is one of this file's. */
function namedStage(model: DockerfileModel, ref: string): Stage | undefined {
  return /^\d+$/.test(ref)
    ? model.stages[Number(ref)]
    : model.stages.find((s) => s.name === ref.toLowerCase());
}

export default defineRule({
  id: 'DS1021',
  name: 'copy-from-root',
  aliases: ['DL3067'],
  severity: 'warning',
  description: '`COPY --from=stage /` copies a whole filesystem; copy the directories you need.',
  messages: {
    root: 'COPY --from={{name}} {{source}} copies the whole filesystem of {{name}} (OS files included); copy only what the image needs',
  },
  check({ model, report }) {
    for (const { instruction, from } of copyFromFlags(model.instructions)) {
      const items = instruction.exec?.valid ? instruction.exec.items : instruction.args;
      const source = namedStage(model, from.value!);
      // A stage built FROM scratch holds only what was copied into it (an export stage): its / is
      // the artefacts. An image or stage this file does not show is reported only when copied over
      // the whole root, which replaces the new base's own files.
      if (source && stageChain(source)[0].resolvedImage.toLowerCase() === 'scratch') continue;
      if (!source && !/^\/+\.?\/*$/.test(unquote(items.at(-1)?.value ?? ''))) continue;
      for (const word of items.slice(0, -1)) {
        if (!/^\/+\.?\/*$/.test(unquote(word.value))) continue;
        report({ messageId: 'root', data: { name: from.value!, source: word.value }, range: word.range });
      }
    }
  },
});
