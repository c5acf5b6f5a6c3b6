import type { Command } from 'commander';
import { emit } from '../output.js';

export function define(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of dockspec.yaml (draft 2020-12) for editors and other tools')
    .addHelpText(
      'after',
      `
Examples:
  $ dockspec schema > dockspec.schema.json
  then start dockspec.yaml with: # yaml-language-server: $schema=./dockspec.schema.json`,
    )
    .action(async () => {
      const { renderJsonSchema } = await import('../../contract/reference.js');
      emit(renderJsonSchema());
    });
}
