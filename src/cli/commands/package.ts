import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { paint, say, useColor } from '../output.js';

interface PackageFlags {
  target: string;
  out?: string;
  contract?: string;
  force?: boolean;
}

export function define(program: Command): void {
  program
    .command('package')
    .description('assemble a deployable folder from the project and the contract (a Hugging Face Space)')
    .requiredOption('-t, --target <target>', 'what to assemble: hf-space')
    .requiredOption('-o, --out <dir>', 'the folder to write (new or empty; --force empties it)')
    .option('-c, --contract <file>', 'the contract (default: dockspec.yaml or dockspec.yml here)')
    .option('--force', 'empty a non-empty output folder first')
    .addHelpText(
      'after',
      `
The folder holds the Dockerfile and .dockerignore, a README.md with the Space's front matter, and
every file of the build context (the project minus .dockerignore), copied, never symlinked.

Examples:
  $ dockspec package --target hf-space --out space
  $ cd space && git init && git remote add origin https://huggingface.co/spaces/<owner>/<space>`,
    )
    .action(async (flags: PackageFlags, command: Command) => {
      const globals = command.optsWithGlobals() as { color?: boolean; quiet?: boolean };
      const { basename, dirname } = await import('node:path');
      const { findContract, loadContractFile } = await import('../../contract/load.js');
      const { packageProject, packageTargets } = await import('../../generate/package.js');
      if (!packageTargets.includes(flags.target as never))
        throw new InputError(
          `unknown package target "${flags.target}"`,
          `Choose from: ${packageTargets.join(', ')}.`,
        );
      const path = flags.contract ?? findContract(process.cwd()) ?? 'dockspec.yaml';
      const { resolved } = await loadContractFile(path);
      if (!flags.out) throw new InputError('--out is required');
      const result = await packageProject(resolved, {
        projectDir: dirname(path),
        outDir: flags.out,
        target: 'hf-space',
        force: flags.force,
        contract: basename(path),
      });
      const p = paint(useColor(globals.color, 'stderr'));
      for (const s of result.skipped) say(`${p.yellow('skipped')} ${s} (a symlink to nothing)`);
      if (!globals.quiet) {
        say(
          `${p.green('packaged')} ${result.outDir}: ${result.generated.join(', ')} from the contract, ${result.copied.length} files copied`,
        );
      }
    });
}
