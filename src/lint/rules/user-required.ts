import { parseImageRef } from '../../dockerfile/index.js';
import { finalStage, rootImage, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

// Base images that already switch to an unprivileged user.
const nonRootImage = (ref: string) => {
  const image = parseImageRef(ref);
  return /nonroot/.test(image.tag ?? '') || /unprivileged|nonroot/.test(image.name);
};

export default defineRule({
  id: 'DS3011',
  name: 'user-required',
  aliases: ['CKV_DOCKER_3', 'DS002'],
  severity: 'warning',
  description: 'The final stage should set a USER; without one the container runs as root.',
  messages: {
    missing:
      'no USER in the final stage, so the container runs as root; create an unprivileged user and add USER <uid> before CMD',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    // With a contract, contract-user reports the missing USER with the expected user.
    if (!stage || contract) return;
    if (stageChain(stage).some((s) => s.instructions.some((i) => i.keyword === 'USER'))) return;
    if (stage.imageUnknown || nonRootImage(rootImage(stage))) return;
    report({ messageId: 'missing', range: stage.from.range });
  },
});
