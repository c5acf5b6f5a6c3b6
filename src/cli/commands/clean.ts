import type { Command } from 'commander';

export function define(program: Command): void {
  program
    .command('clean')
    .description('remove the containers and images of verify runs that were killed before their clean-up')
    .option('--all', 'remove the resources of every dockspec run, finished or not, on any host')
    .addHelpText(
      'after',
      `
Every container and image a verify run creates is labelled with the run id and the host and process
that own it. A run stopped by SIGKILL, the OOM killer or a CI job's timeout never cleans up; the next
verify run removes what such runs left on this host, and so does this command. Runs whose process is
alive, and runs of other hosts sharing the engine, are left alone unless --all.

Exit codes: 0 done (whatever was found), 2 no engine.

Examples:
  $ dockspec clean          what killed runs on this host left
  $ dockspec clean --all    every dockspec resource on the engine (no run may be in progress)`,
    )
    .action(async (flags: { all?: boolean }, cmd: Command) => {
      const { runClean } = await import('./clean-run.js');
      const quiet = Boolean(cmd.optsWithGlobals().quiet);
      process.exitCode = await runClean(flags, { quiet });
    });
}
