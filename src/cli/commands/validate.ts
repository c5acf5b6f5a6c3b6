import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import { emit, paint, say, useColor } from '../output.js';
import { readStdin } from '../stdin.js';

export function define(program: Command): void {
  program
    .command('validate')
    .description('check a contract: its shape, then the rules across fields (exit 0 valid, 2 invalid)')
    .argument('[file]', 'the contract, or - for stdin (default: dockspec.yaml or dockspec.yml here)')
    .option('--format <format>', 'stylish (to stderr) or json (to stdout)', 'stylish')
    .addHelpText(
      'after',
      `
Examples:
  $ dockspec validate                       check ./dockspec.yaml
  $ dockspec validate deploy/dockspec.yaml  check another file
  $ dockspec validate --format json         diagnostics and the resolved contract as JSON
  $ cat contract.yaml | dockspec validate -  check what arrives on stdin`,
    )
    .action(async (file: string | undefined, options: { format: string }, command: Command) => {
      const globals = command.optsWithGlobals() as { color?: boolean; quiet?: boolean };
      if (options.format !== 'stylish' && options.format !== 'json')
        throw new InputError(`unknown format "${options.format}"`, 'use --format stylish or --format json');
      const { checkContractFile, checkContractText, findContract } = await import('../../contract/load.js');
      const { contractCheckJson, formatContractCheck } = await import('../../contract/report.js');
      const check =
        file === '-'
          ? checkContractText((await readStdin()).toString('utf8'), '<stdin>')
          : await checkContractFile(file ?? findContract(process.cwd()) ?? 'dockspec.yaml');
      if (options.format === 'json') emit(contractCheckJson(check));
      else {
        const text = formatContractCheck(check, {
          colors: paint(useColor(globals.color, 'stderr')),
          quiet: globals.quiet,
        });
        if (text) say(text);
      }
      if (!check.valid) process.exitCode = ExitCode.input;
    });
}
