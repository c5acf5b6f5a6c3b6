import { expandVariables } from '../../dockerfile/index.js';
import { unquote } from '../helpers/properties.js';
import { finalStage, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3012',
  name: 'user-numeric',
  aliases: ['DL3066'],
  severity: 'info',
  description: 'The final USER should be a numeric UID so runtimes can verify it is not root.',
  messages: {
    name: 'USER {{value}} is a name; Kubernetes runAsNonRoot cannot tell whether a name is root and refuses to start the pod; use its numeric UID',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    // With a contract, contract-user knows the target and the UID to ask for.
    if (!stage || contract) return;
    const user = stageChain(stage)
      .flatMap((s) => s.instructions)
      .findLast((i) => i.keyword === 'USER');
    const word = user?.args[0];
    if (!user || !word) return;
    const expanded = expandVariables(word.value, user.scope);
    if (expanded.unknown || expanded.undefinedNames.length > 0) return;
    const who = unquote(expanded.value).split(':')[0];
    if (who === 'root' || /^\d+$/.test(who)) return;
    report({ messageId: 'name', data: { value: expanded.value }, range: word.range });
  },
});
