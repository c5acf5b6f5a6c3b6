import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import { emitFindings, FINDING_FORMATS, isFindingFormat } from '../findings-output.js';
import { emit, paint, say, useColor } from '../output.js';
import { readStdin } from '../stdin.js';

export function define(program: Command): void {
  program
    .command('validate')
    .description('check a contract: its shape, then the rules across fields (exit 0 valid, 2 invalid)')
    .argument('[file]', 'the contract, or - for stdin (default: dockspec.yaml or dockspec.yml here)')
    .option(
      '--format <format>',
      'stylish (to stderr), json (diagnostics and the resolved contract), or any lint format: sarif, github, junit, gitlab, checkstyle, codeclimate (to stdout)',
      'stylish',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ dockspec validate                       check ./dockspec.yaml
  $ dockspec validate deploy/dockspec.yaml  check another file
  $ dockspec validate --format json         diagnostics and the resolved contract as JSON
  $ dockspec validate --format sarif > contract.sarif   for GitHub code scanning, as lint's SARIF
  $ cat contract.yaml | dockspec validate -  check what arrives on stdin`,
    )
    .action(async (file: string | undefined, options: { format: string }, command: Command) => {
      const globals = command.optsWithGlobals() as { color?: boolean; quiet?: boolean };
      const findingFormats = ['sarif', 'github', 'junit', 'gitlab', 'checkstyle', 'codeclimate'];
      if (
        options.format !== 'stylish' &&
        options.format !== 'json' &&
        !findingFormats.includes(options.format)
      )
        throw new InputError(
          `unknown format "${options.format}"`,
          `use --format stylish, json, ${FINDING_FORMATS.join(', ')}`,
        );
      const { checkContractFile, checkContractText, findContract } = await import('../../contract/load.js');
      const { contractCheckJson, formatContractCheck } = await import('../../contract/report.js');
      const check =
        file === '-'
          ? checkContractText((await readStdin()).toString('utf8'), '<stdin>')
          : await checkContractFile(file ?? findContract(process.cwd()) ?? 'dockspec.yaml');
      if (isFindingFormat(options.format)) {
        const { contractFindings } = await import('../../contract/findings.js');
        await emitFindings(options.format, contractFindings(check.diagnostics));
      } else if (options.format === 'json') emit(contractCheckJson(check));
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
