import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import { emit, paint, say, useColor } from '../output.js';

interface GenerateFlags {
  contract?: string;
  out?: string;
  only?: string;
  force?: boolean;
  dryRun?: boolean;
  check?: boolean;
}

export function define(program: Command): void {
  program
    .command('generate')
    .description(
      'write Dockerfile, .dockerignore, compose, Kubernetes, Space README and DEPLOY.md from the contract',
    )
    .option('-c, --contract <file>', 'the contract (default: dockspec.yaml or dockspec.yml here)')
    .option('-o, --out <dir>', 'where to write (default: the contract’s folder)')
    .option('--only <list>', 'comma-separated: dockerfile,dockerignore,compose,k8s,hf,deploy')
    .option('--force', 'overwrite files edited by hand or not written by dockspec')
    .option('--dry-run', 'write nothing; print a unified diff of what would change')
    .option('--check', 'write nothing; exit 1 when the files on disk are stale (for CI)')
    .addHelpText(
      'after',
      `
Files dockspec writes carry a header with a hash of their content. A file edited since, or one
dockspec did not write, is never overwritten without --force (exit 2 names it and says why).

Examples:
  $ dockspec generate                       the files the contract's target needs
  $ dockspec generate --only dockerfile     just the Dockerfile (and Dockerfile.gpu)
  $ dockspec generate --dry-run             show the diff, change nothing
  $ dockspec generate --check               in CI: fail when the files drift from the contract`,
    )
    .action(async (flags: GenerateFlags, command: Command) => {
      const globals = command.optsWithGlobals() as { color?: boolean; quiet?: boolean };
      const { dirname } = await import('node:path');
      const { findContract, loadContractFile } = await import('../../contract/load.js');
      const { artifactIds, generate } = await import('../../generate/index.js');
      const only = parseOnly(flags.only, artifactIds);
      const path = flags.contract ?? findContract(process.cwd()) ?? 'dockspec.yaml';
      const { resolved } = await loadContractFile(path);
      const projectDir = dirname(path);
      const result = await generate(resolved, {
        outDir: flags.out ?? projectDir,
        projectDir,
        only,
        force: flags.force,
        dryRun: flags.dryRun,
        check: flags.check,
      });
      const p = paint(useColor(globals.color, 'stderr'));
      for (const f of result.files) {
        if (f.status === 'error') continue;
        if (f.diff && (flags.dryRun || flags.check)) emit(f.diff);
        if (globals.quiet && f.status !== 'conflict') continue;
        const verb = flags.dryRun || flags.check ? wouldVerb[f.status] : doneVerb[f.status];
        const colour = f.status === 'conflict' ? p.red : f.status === 'unchanged' ? p.dim : p.green;
        say(`${colour(verb.padEnd(12))} ${f.path}${f.reason ? `  ${p.dim(reasonText[f.reason])}` : ''}`);
      }
      for (const f of result.errors) {
        say(`${p.red('error'.padEnd(12))} ${f.path}: ${f.error?.message}`);
        if (f.error?.hint) say(`${' '.repeat(13)}${p.dim(f.error.hint)}`);
      }
      if (result.errors.length > 0) {
        throw new InputError(
          `cannot generate ${result.errors.map((f) => f.path).join(', ')}; the other files were ${flags.dryRun || flags.check ? 'checked' : 'written'}`,
          'Fix the contract as the message above says and run again.',
        );
      }
      if (result.conflicts.length > 0 && !flags.check) {
        throw new InputError(
          `refusing to overwrite ${result.conflicts.map((f) => f.path).join(', ')}`,
          'Move your changes into the contract and run again, or pass --force to overwrite them.',
        );
      }
      if (flags.check && result.stale) {
        say(p.red('stale: the files differ from what the contract gives; run `dockspec generate`'));
        process.exitCode = ExitCode.findings;
      }
    });
}

const doneVerb = {
  create: 'created',
  update: 'updated',
  unchanged: 'unchanged',
  conflict: 'kept',
  error: 'error',
} as const;
const wouldVerb = {
  create: 'would create',
  update: 'would update',
  unchanged: 'unchanged',
  conflict: 'conflict',
} as const;
const reasonText = {
  edited: 'edited since dockspec generated it (its content no longer matches the recorded hash)',
  unmanaged: 'not written by dockspec (no dockspec header)',
} as const;

function parseOnly<T extends string>(value: string | undefined, known: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids) {
    if (!known.includes(id as T))
      throw new InputError(`unknown artifact "${id}" in --only`, `Choose from: ${known.join(', ')}.`);
  }
  return ids as T[];
}
