import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import { emitReport } from '../findings-output.js';
import { emit, say, useColor } from '../output.js';
import { readStdin } from '../stdin.js';

const thresholds = ['error', 'warning', 'info', 'style', 'none'];

interface LintFlags {
  contract?: string | false;
  format: string;
  failureThreshold?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  diff?: boolean;
  context?: string;
  stdinFilename?: string;
  ignore?: string[];
  threads?: string;
  shellcheck?: string | false;
}

export function define(program: Command): void {
  program
    .command('lint')
    .description('lint Dockerfiles: best practices, shell in RUN, and conformance to the contract')
    .argument(
      '[paths...]',
      'Dockerfiles, directories, globs (expanded by dockspec, quoted or not) or - for stdin (default: the current directory)',
    )
    .option(
      '--contract <file>',
      'the contract to check against (default: dockspec.yaml beside each Dockerfile, or here)',
    )
    .option('--no-contract', 'ignore any dockspec.yaml (contract rules stay silent)')
    .option(
      '-f, --format <format>',
      'stylish (tty), json, sarif, github, junit, gitlab, checkstyle or codeclimate',
      'stylish',
    )
    .option(
      '--failure-threshold <severity>',
      'lowest severity that exits 1: error, warning, info, style or none',
    )
    .option('--fix', 'apply mechanical fixes in place, then report what is left')
    .option(
      '--fix-dry-run',
      'print what --fix would change as a unified diff on stdout (for git apply); change nothing',
    )
    .option('--diff', 'the same as --fix-dry-run')
    .option(
      '--context <dir>',
      'build context directory, as given to docker build (default: found per Dockerfile: the folder where its COPY sources are, its own or one up to the repository root; none for stdin or a lone file)',
    )
    .option(
      '--stdin-filename <path>',
      'name of the Dockerfile read from - in reports; its folder is where dockspec.yaml and .hadolint.yaml are looked up',
    )
    .option(
      '--ignore <id>',
      'rule id, alias or name to skip (repeatable)',
      (v: string, acc: string[] = []) => [...acc, v],
    )
    .option(
      '--shellcheck <path>',
      'the shellcheck executable to run over RUN scripts (default: DOCKSPEC_SHELLCHECK, else shellcheck on PATH; without one, dockspec runs its own SC checks)',
    )
    .option('--no-shellcheck', 'do not run a shellcheck executable: only dockspec’s own SC checks')
    .option(
      '--threads <n>',
      'threads to lint on (default: one per ~4 MB of Dockerfiles, up to one per core and 4)',
    )
    .addHelpText(
      'after',
      `
Pragmas in a Dockerfile:
  # dockspec-ignore=DS2001 reason   skip rules on the next instruction (hadolint's "# hadolint ignore=DL3014" too)
  # hadolint global ignore=DL3008   skip rules in the whole file

Examples:
  $ dockspec lint                            every Dockerfile here, against ./dockspec.yaml
  $ dockspec lint Dockerfile --format sarif  SARIF 2.1.0 for code scanning
  $ dockspec lint - < Dockerfile             lint what arrives on stdin (as hadolint - does)
  $ dockspec lint 'services/*/Dockerfile'    a glob, expanded by dockspec (node_modules, .git, … skipped)
  $ dockspec lint --fix                      fix -y, --no-cache-dir, exec form, … in place
  $ dockspec lint --fix-dry-run > fix.patch  the same fixes as a diff; git apply fix.patch applies them
  $ dockspec lint --failure-threshold error  exit 1 only on errors`,
    )
    .action(async (paths: string[], flags: LintFlags, command: Command) => {
      // The shell grammar's wasm is read and compiled in the background while the linter loads (a
      // failure surfaces from initShellParser, which awaits the same compile).
      import('../../dockerfile/shell-wasm.js').then((m) => m.compileShellWasm()).catch(() => {});
      const globals = command.optsWithGlobals() as { color?: boolean; quiet?: boolean };
      const { formatNames, reporters } = await import('../../report/index.js');
      if (!(formatNames as string[]).includes(flags.format)) {
        throw new InputError(`unknown format "${flags.format}"`, `use one of: ${formatNames.join(', ')}`);
      }
      if (flags.failureThreshold && !thresholds.includes(flags.failureThreshold)) {
        throw new InputError(
          `unknown failure threshold "${flags.failureThreshold}"`,
          `use one of: ${thresholds.join(', ')}`,
        );
      }
      const threads = flags.threads === undefined ? undefined : Number(flags.threads);
      if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
        throw new InputError(`--threads ${flags.threads}: not a whole number of threads`, 'Pass 1 or more.');
      }
      const {
        foreignRuleId,
        lintFiles,
        notTextReason,
        resolveShellcheck,
        rules,
        STDIN_NAME,
        unknownRuleIds,
      } = await import('../../lint/index.js');
      const shellcheck = resolveShellcheck(flags.shellcheck);
      // A code frame only from text: a binary file is reported, never printed.
      const textOrUndefined = (bytes: Buffer) => (notTextReason(bytes) ? undefined : bytes.toString('utf8'));
      const unknownIds = unknownRuleIds(flags.ignore ?? [], rules);
      // A hadolint or ShellCheck id dockspec has no rule for is harmless in a migrated command line: warn.
      const foreign = unknownIds.filter((u) => foreignRuleId(u.id));
      // With the executable, every SC code is a finding's id, so --ignore SC2154 means something.
      const unheard = foreign.filter((u) => !(shellcheck && foreignRuleId(u.id) === 'shellcheck'));
      if (unheard.length > 0 && !globals.quiet)
        say(
          `warning --ignore ${unheard.map((u) => u.id).join(', ')}: dockspec has no rule with that hadolint id`,
        );
      const unknown = unknownIds.find((u) => !foreign.includes(u));
      if (unknown) {
        throw new InputError(
          `--ignore ${unknown.id}: no such rule`,
          `Did you mean ${unknown.nearest}? Pass a rule id (DS…), a hadolint alias (DL…) or a rule name; see docs/rules/README.md.`,
        );
      }
      if (flags.stdinFilename !== undefined && !paths.includes('-'))
        throw new InputError(
          '--stdin-filename names the Dockerfile read from stdin',
          'Pass - as a path too.',
        );
      const stdin = paths.includes('-')
        ? { text: await readStdin(), filename: flags.stdinFilename }
        : undefined;
      const dryRun = Boolean(flags.fixDryRun || flags.diff);
      if (dryRun && flags.fix)
        throw new InputError(
          '--fix and --fix-dry-run together',
          'Pass one: --fix writes, --fix-dry-run only shows.',
        );
      const { version } = await import('../../version.js');
      const result = await lintFiles(paths, {
        stdin,
        contractFile: typeof flags.contract === 'string' ? flags.contract : undefined,
        noContract: flags.contract === false,
        context: flags.context,
        fix: flags.fix || dryRun,
        write: flags.fix,
        threads,
        shellcheck,
        config: {
          ignore: flags.ignore ?? [],
          failureThreshold: flags.failureThreshold as never,
        },
      });
      if (!globals.quiet) for (const w of result.warnings ?? []) say(`warning ${w}`);
      if (result.files.length === 0) {
        // Files are always linted as given, so every path here is a directory.
        throw new InputError(
          paths.length === 0
            ? 'no Dockerfile found in the current directory'
            : `${paths.join(', ')} ${paths.length === 1 ? 'is a directory' : 'are directories'} containing no Dockerfile`,
          'Pass a path, or name the file Dockerfile, *.Dockerfile, Dockerfile.* or Containerfile.',
        );
      }
      const original = (file: string) => {
        if (stdin && file === (stdin.filename ?? STDIN_NAME)) return textOrUndefined(stdin.text);
        try {
          return textOrUndefined(readFileSync(file));
        } catch {
          return undefined;
        }
      };
      if (dryRun) {
        // stdout carries only the patch; how much it fixes and what is left go to stderr.
        const { fixDiff } = await import('../../report/diff.js');
        const patch = fixDiff(result, original);
        if (patch) emit(patch);
        const fixable = result.files.reduce((n, f) => n + (f.fixed ?? 0), 0);
        const changed = result.files.filter((f) => f.output !== undefined).length;
        if (!globals.quiet)
          say(
            `--fix would fix ${fixable} problem${fixable === 1 ? '' : 's'} in ${changed} file${changed === 1 ? '' : 's'}; ${result.findings.length} would remain`,
          );
        if (result.failed) process.exitCode = ExitCode.findings;
        return;
      }
      const reporter = reporters[flags.format as keyof typeof reporters];
      const out = reporter(result, {
        color: useColor(globals.color),
        rules,
        toolVersion: version,
        source: (file) => result.files.find((f) => f.file === file)?.output ?? original(file),
      });
      emitReport(flags.format, out);
      const fixed = result.files.reduce((n, f) => n + (f.fixed ?? 0), 0);
      if (flags.fix && fixed > 0 && !globals.quiet) say(`fixed ${fixed} problem${fixed === 1 ? '' : 's'}`);
      if (result.failed) process.exitCode = ExitCode.findings;
    });
}
