import type { Command } from 'commander';
import { define as clean } from './clean.js';
import { define as generate } from './generate.js';
import { define as importDoc } from './import.js';
import { define as init } from './init.js';
import { define as lint } from './lint.js';
import { define as packageCmd } from './package.js';
import { define as schema } from './schema.js';
import { define as validate } from './validate.js';
import { define as verify } from './verify.js';

/** Every command, in the order --help lists them. Each module only registers flags and lazy-loads its library. */
export const commands: ((program: Command) => void)[] = [
  init,
  importDoc,
  generate,
  packageCmd,
  lint,
  verify,
  clean,
  validate,
  schema,
];
