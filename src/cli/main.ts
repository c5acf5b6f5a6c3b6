import { Command, CommanderError } from 'commander';
import { ExitCode, ExitError, formatPosition } from '../errors.js';
import { version } from '../version.js';
import { commands } from './commands/index.js';
import { paint, say, useColor, write } from './output.js';

export function buildProgram(): Command {
  const program = new Command('dockspec')
    .description('Executable container contracts for Python web backends.')
    .version(version, '-V, --version')
    .option('--no-color', 'disable colour (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'print only errors and data')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => write(s, 1), writeErr: (s) => write(s, 2) })
    .addHelpText(
      'after',
      `
Exit codes:
  0  ok
  1  findings or failed checks
  2  usage or input error
  3  internal error (a bug in dockspec: please report it)

Examples:
  $ dockspec init                 detect the project and write dockspec.yaml
  $ dockspec lint                 lint every Dockerfile here against the contract
  $ dockspec generate             write Dockerfile, .dockerignore and deploy files
  $ dockspec verify               build, run and check the image against the contract`,
    );
  program.exitOverride();
  for (const define of commands) define(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    return handleError(error, useColor(program.opts().color, 'stderr'));
  }
}

function handleError(error: unknown, color: boolean): number {
  const p = paint(color);
  if (error instanceof CommanderError) {
    // --help and --version surface as "errors" with exit code 0.
    if (error.exitCode === 0) return 0;
    return ExitCode.input;
  }
  if (error instanceof ExitError) {
    const where = error.position ? `${formatPosition(error.position)}: ` : '';
    say(`${p.red('error')} ${where}${error.message}`);
    if (error.hint) say(`  ${p.dim(error.hint)}`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  say(`${p.red('internal error')} ${error instanceof Error ? error.message : String(error)}`);
  say('  This is a bug in dockspec. Please report it with the command you ran and this detail:');
  if (process.env.DOCKSPEC_DEBUG) say(detail);
  else say('  (set DOCKSPEC_DEBUG=1 to print the stack)');
  return ExitCode.internal;
}
