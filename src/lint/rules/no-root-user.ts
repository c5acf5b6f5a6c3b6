import { expandVariables } from '../../dockerfile/index.js';
import { unquote } from '../helpers/properties.js';
import { finalStage, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3010',
  name: 'no-root-user',
  aliases: ['DL3002', 'DS002', 'CKV_DOCKER_8'],
  severity: 'warning',
  description: 'The last USER of the final stage should not be root.',
  messages: {
    root: 'the container runs as root ({{value}}): a process escape lands as root on the host side of the namespace; switch to an unprivileged USER after the steps that need root',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    // With a contract, contract-user says which user it must be instead.
    if (!stage || contract) return;
    const user = stageChain(stage)
      .flatMap((s) => s.instructions)
      .findLast((i) => i.keyword === 'USER');
    const word = user?.args[0];
    if (!user || !word) return;
    const value = unquote(expandVariables(word.value, user.scope).value);
    if (/^(root|0)(:.*)?$/.test(value)) report({ messageId: 'root', data: { value }, range: word.range });
  },
});
