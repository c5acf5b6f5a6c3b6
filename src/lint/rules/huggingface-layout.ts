import { copyDestination, workdirAt } from '../helpers/paths.js';
import { finalStage, insertAfter, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS5014',
  name: 'huggingface-layout',
  severity: 'warning',
  description:
    'On Hugging Face Spaces the app lives under $HOME (/home/user) and its files belong to UID 1000.',
  fixable: true,
  needs: 'contract',
  messages: {
    workdir:
      'the working directory is {{dir}}, outside $HOME ({{home}}): the Space runs as UID {{uid}}, which cannot write there; use WORKDIR {{home}}/app',
    chown:
      'COPY without --chown leaves {{dest}} owned by root: the Space runs as UID {{uid}} and cannot write caches or uploads there; add --chown={{uid}}',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    if (contract?.target !== 'huggingface-space' || !stage) return;
    const { home, uid } = contract.image.user;
    const under = (dir: string) => dir === home || dir.startsWith(`${home}/`);
    const workdir = workdirAt(stage);
    if (!under(workdir)) {
      const last = stageChain(stage)
        .flatMap((s) => s.instructions)
        .findLast((i) => i.keyword === 'WORKDIR');
      report({
        messageId: 'workdir',
        data: { dir: workdir, home, uid },
        range: last?.args[0]?.range ?? stage.from.range,
      });
    }
    for (const s of stageChain(stage)) {
      for (const i of s.instructions) {
        if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
        if (i.flags.some((f) => f.name === 'chown')) continue;
        const dest = copyDestination(s, i);
        if (!dest || !under(dest)) continue;
        report({
          messageId: 'chown',
          data: { dest, uid },
          range: i.keywordRange,
          fix: insertAfter(i.keywordRange, ` --chown=${uid}`),
        });
      }
    }
  },
});
