import { unquote } from '../helpers/properties.js';
import { stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1023',
  name: 'copy-relative-dest-workdir',
  aliases: ['DL3045'],
  severity: 'warning',
  description:
    'COPY to a relative destination needs a WORKDIR first, or it lands wherever the base image left it.',
  messages: {
    relative:
      'COPY to the relative path "{{dest}}" with no WORKDIR in this stage: it lands in the base image\'s working directory; set WORKDIR or use an absolute path',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const earlier = stageChain(stage).slice(0, -1);
      let workdir = earlier.some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR'));
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'WORKDIR') workdir = true;
        if (instruction.keyword !== 'COPY' || workdir || instruction.heredocs.length > 0) continue;
        const items = instruction.exec?.valid ? instruction.exec.items : instruction.args;
        const dest = items.length >= 2 ? items.at(-1)! : undefined;
        // Absolute, variable (may be absolute) and Windows paths are fine; quotes are the shell form's.
        if (!dest || /^([/$]|[A-Za-z]:)/.test(unquote(dest.value))) continue;
        report({ messageId: 'relative', data: { dest: dest.value }, range: dest.range });
      }
    }
  },
});
