import { isStated } from '../../contract/stated.js';
import { parseImageRef, shortImageName } from '../../dockerfile/index.js';
import { finalStage, replace, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

/** `3.12.7-slim-bookworm` matches `3.12-slim`: a more precise version and a distro suffix are fine. */
function tagMatches(actual: string, wanted: string): boolean {
  // `s`: a tag holding a line separator (U+2028) must still split, not throw.
  const split = (t: string) => /^(\d+(?:\.\d+)*)?(.*)$/s.exec(t)!;
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
    python:
      'the final stage is built on {{actual}}, but the contract says image.python {{python}} (a python:{{python}} image)',
    defaultBase:
      'the final stage is built on {{actual}}; the contract sets no image.base, so `dockspec generate` builds on {{wanted}}: set image.base to keep this one',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    if (!contract || !stage) return;
    const root = stageChain(stage)[0];
    if (root.imageUnknown || !root.imageRange || root.resolvedImage === 'scratch') return;
    // The GPU Dockerfile has its own base.
    const gpu = contract.image.gpu;
    const gpuFile = gpu?.dockerfile ?? 'Dockerfile.gpu';
    const isGpu = gpu !== undefined && model.file.split('/').at(-1) === gpuFile;
    const wanted = isGpu ? gpu.base : contract.image.base;
    // What the author wrote decides what is compared: the whole image, only the Python version
    // (the -slim variant is dockspec's default), or nothing but a note of what generate would use.
    const stated = isGpu || isStated(contract, 'image.base');
    const pythonOnly = !stated && isStated(contract, 'image.python');
    const compared = pythonOnly ? `python:${contract.image.python}` : wanted;
    const a = parseImageRef(root.resolvedImage);
    const w = parseImageRef(compared);
    if (shortImageName(a) === shortImageName(w) && (!a.tag || !w.tag || tagMatches(a.tag, w.tag))) return;
    report({
      messageId: stated ? 'image' : pythonOnly ? 'python' : 'defaultBase',
      data: { actual: root.resolvedImage, wanted, python: contract.image.python },
      range: root.imageRange,
      // Only a base the author chose is written in: a default would overwrite theirs with dockspec's guess.
      fix: root.image === root.resolvedImage && stated ? replace(root.imageRange, wanted) : undefined,
    });
  },
});
