import { stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1039',
  name: 'workdir-absolute',
  aliases: ['DL3000', 'WorkdirRelativePath', 'DS009', 'CKV_DOCKER_10'],
  severity: 'error',
  description: 'WORKDIR should be an absolute path, at least the first one of a stage.',
  messages: {
    relative:
      "WORKDIR {{path}} is relative to the base image's working directory, which this file does not set; use an absolute path",
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      // As BuildKit: a relative WORKDIR after an absolute one is well defined.
      const chain = stageChain(stage).flatMap((s) => s.instructions);
      let absolute = false;
      for (const top of chain) {
        const instruction = top.trigger ?? top;
        if (instruction.keyword !== 'WORKDIR') continue;
        const path = instruction.argsText.trim().replace(/^(["'])(.*)\1$/, '$2');
        if (/^([/$]|[A-Za-z]:[\\/])/.test(path)) {
          if (!top.trigger) absolute = true;
          continue;
        }
        if (absolute || path === '' || !stage.instructions.includes(top)) continue;
        report({ messageId: 'relative', data: { path }, range: instruction.argsRange ?? instruction.range });
      }
    }
  },
});
