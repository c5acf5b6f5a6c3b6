import type { Command } from 'commander';
import { type Target, targets } from '../../contract/targets.js';
import { InputError } from '../../errors.js';
import { emit, paint, say, useColor } from '../output.js';

interface InitFlags {
  target?: string;
  force?: boolean;
  print?: boolean;
  format: string;
}

/** Short names people type for the targets. */
const TARGET_ALIASES: Record<string, string> = {
  hf: 'huggingface-space',
  'hf-space': 'huggingface-space',
  huggingface: 'huggingface-space',
  k8s: 'kubernetes',
  'docker-compose': 'compose',
};

export function define(program: Command): void {
  program
    .command('init')
    .description(
      'detect a Python web project and write its dockspec.yaml, each value commented with its source',
    )
    .argument('[dir]', 'the project directory', '.')
    .option(
      '--target <target>',
      `preset: ${targets.join(', ')} (or hf-space, k8s; default: from README, compose or manifests)`,
    )
    .option('-f, --force', 'overwrite an existing dockspec.yaml')
    .option('--print', 'write the contract to stdout instead of DIR/dockspec.yaml')
    .option(
      '--format <format>',
      'report as stylish (to stderr) or json (contract and facts, to stdout)',
      'stylish',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ dockspec init                          detect ./ and write ./dockspec.yaml
  $ dockspec init backend --print          show the contract for backend/ without writing it
  $ dockspec init --target kubernetes -f   rewrite the contract with the Kubernetes preset`,
    )
    .action(async (dir: string, flags: InitFlags, command: Command) => {
      const globals = command.optsWithGlobals() as { color?: boolean; quiet?: boolean };
      if (flags.format !== 'stylish' && flags.format !== 'json')
        throw new InputError(`unknown format "${flags.format}"`, 'use --format stylish or --format json');
      // People type the names as they read them: Kubernetes, K8s, HF-Space.
      const typed = flags.target?.toLowerCase();
      const target = typed === undefined ? undefined : (TARGET_ALIASES[typed] ?? typed);
      if (target !== undefined && !(targets as readonly string[]).includes(target))
        throw new InputError(`unknown target "${flags.target}"`, `use one of: ${targets.join(', ')}`);
      if (flags.print && flags.format === 'json')
        throw new InputError('--print and --format json both write to stdout', 'use one of them');
      const { initProject } = await import('../../init/init.js');
      const result = await initProject(dir, {
        target: target as Target | undefined,
        force: flags.force,
        write: !flags.print,
      });
      const { formatInitReport, initJson } = await import('../../init/report.js');
      if (flags.print) emit(result.contractText);
      if (flags.format === 'json') emit(initJson(result));
      else if (!globals.quiet) say(formatInitReport(result, paint(useColor(globals.color, 'stderr'))));
    });
}
