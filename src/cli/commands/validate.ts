import type { Command } from 'commander';
import { InputError } from '../../errors.js';

// Placeholder until the command lands; the owner of this command replaces this file.
export function define(program: Command): void {
  program
    .command('validate')
    .description('(not available yet)')
    .action(() => {
      throw new InputError('dockspec validate is not available in this version yet.');
    });
}
