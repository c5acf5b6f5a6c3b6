import type { Target } from '../schema.js';
import { compose } from './compose.js';
import { generic } from './generic.js';
import { huggingFaceSpace } from './huggingface-space.js';
import { kubernetes } from './kubernetes.js';
import type { Preset } from './types.js';

export type { Preset } from './types.js';

export const presets: Record<Target, Preset> = {
  'huggingface-space': huggingFaceSpace,
  kubernetes,
  compose,
  generic,
};
