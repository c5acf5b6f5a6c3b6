import { checkstyle } from './checkstyle.js';
import { codeclimate } from './codeclimate.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';

// tty is hadolint's name for its default, human format: the same as stylish here.
export const reporters = {
  stylish,
  tty: stylish,
  json,
  sarif,
  github,
  junit,
  gitlab,
  checkstyle,
  codeclimate,
} satisfies Record<string, Reporter>;
export type FormatName = keyof typeof reporters;
export const formatNames = Object.keys(reporters) as FormatName[];
