import { parseImageRef, shortImageName } from '../../dockerfile/index.js';
import { finalStage, replace, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

/** `3.12.7-slim-bookworm` matches `3.12-slim`: a more precise version and a distro suffix are fine. */
function tagMatches(actual: string, wanted: string): boolean {
  const split = (t: string) => /^(\d+(?:\.\d+)*)?(.*)$/.exec(t)!;
  const [, av = '', ar] = split(actual);
  const [, wv = '', wr] = split(wanted);
  const version = av === wv || av.startsWith(`${wv}.`);
  return version && (ar === wr || ar.startsWith(`${wr}-`));
}

export default defineRule({
  id: 'DS5010',
  name: 'contract-base-image',
  severity: 'warning',
  description: "The final stage's base image must be the contract's `image.base`.",
  fixable: true,
  needs: 'contract',
  messages: {
    image: 'the final stage is built on {{actual}}, but the contract says image.base {{wanted}}',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    if (!contract || !stage) return;
    const root = stageChain(stage)[0];
    if (root.imageUnknown || !root.imageRange || root.resolvedImage === 'scratch') return;
    // The GPU Dockerfile has its own base.
    const gpu = contract.image.gpu;
    const gpuFile = gpu?.dockerfile ?? 'Dockerfile.gpu';
    const wanted = gpu && model.file.split('/').at(-1) === gpuFile ? gpu.base : contract.image.base;
    const a = parseImageRef(root.resolvedImage);
    const w = parseImageRef(wanted);
    if (shortImageName(a) === shortImageName(w) && (!a.tag || !w.tag || tagMatches(a.tag, w.tag))) return;
    report({
      messageId: 'image',
      data: { actual: root.resolvedImage, wanted },
      range: root.imageRange,
      fix: root.image === root.resolvedImage ? replace(root.imageRange, wanted) : undefined,
    });
  },
});
