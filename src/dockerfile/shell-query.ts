import { packageManagers } from '../knowledge/package-managers.js';
import { pythonServers } from '../knowledge/servers.js';
import type { Command, Word } from './shell.js';

// Small query helpers over shell commands, in the spirit of hadolint's Shell module, so a rule
// reads like its description: `usingProgram(cmd, 'apt-get') && !hasFlag(cmd, '-y', '--yes')`.

/** True when the command runs one of the programs (by base name). */
export function usingProgram(cmd: Command, ...names: string[]): boolean {
  return names.includes(cmd.name);
}

export function isFlag(word: Word): boolean {
  return word.value.startsWith('-') && word.value !== '-' && word.value !== '--';
}

/** Index of the `--` that ends options, or the number of args. */
function endOfOptions(cmd: Command): number {
  const i = cmd.args.findIndex((a) => a.value === '--');
  return i === -1 ? cmd.args.length : i;
}

function matchesFlag(arg: string, flag: string): boolean {
  if (flag.startsWith('--')) return arg === flag || arg.startsWith(`${flag}=`);
  if (flag.length === 2 && arg.startsWith('-') && !arg.startsWith('--')) {
    // Short flags may be bundled: `-qy` carries `-y`. Stop at '=' (`-o=x`).
    const letters = arg.slice(1).split('=')[0];
    return letters.includes(flag[1]) && /^[A-Za-z0-9]+$/.test(letters);
  }
  return arg === flag || arg.startsWith(`${flag}=`);
}

/** True when any of the flags is given (`-y` also matches `-qy`; `--yes` also `--yes=true`). */
export function hasFlag(cmd: Command, ...flags: string[]): boolean {
  return findFlag(cmd, ...flags) !== undefined;
}

/** The word that carries one of the flags. */
export function findFlag(cmd: Command, ...flags: string[]): Word | undefined {
  const end = endOfOptions(cmd);
  for (let i = 0; i < end; i++) {
    const arg = cmd.args[i];
    if (flags.some((f) => matchesFlag(arg.value, f))) return arg;
  }
  return undefined;
}

/** True when any argument equals one of the values. */
export function hasArg(cmd: Command, ...values: string[]): boolean {
  return cmd.args.some((a) => values.includes(a.value));
}

/**
 * The value of a flag as a word: `--port=80` gives `80` (with its own range), `--port 80` gives the
 * next word. Undefined when the flag is absent or has no value.
 */
export function flagValue(cmd: Command, ...flags: string[]): Word | undefined {
  const end = endOfOptions(cmd);
  for (let i = 0; i < end; i++) {
    const arg = cmd.args[i];
    for (const flag of flags) {
      if (arg.value === flag) return cmd.args[i + 1];
      if (arg.value.startsWith(`${flag}=`)) {
        const value = arg.value.slice(flag.length + 1);
        const shift = arg.text.indexOf('=') + 1;
        const sameLine = arg.range.start.line === arg.range.end.line;
        return {
          text: arg.text.slice(shift),
          value,
          literal: arg.literal,
          range: {
            start: sameLine
              ? { line: arg.range.start.line, column: arg.range.start.column + shift }
              : arg.range.start,
            end: arg.range.end,
          },
        };
      }
    }
  }
  return undefined;
}

/** Options that take the next word as their value, for programs rules often look at. */
// No prototype: a command named `constructor` must not find Object's.
export const knownValueFlags: Record<string, readonly string[]> = Object.assign(
  Object.create(null),
  Object.fromEntries([
    // Package managers, by each program that runs them.
    ...packageManagers.flatMap((m) => m.programs.map((p) => [p, m.valueFlags] as const)),
    // Python servers, by console script and by `python -m` module.
    ...pythonServers.flatMap((srv) =>
      [srv.script, srv.module].filter((n) => n !== undefined).map((n) => [n, srv.valueFlags] as const),
    ),
  ]),
);

/**
 * The arguments that are not flags. `valueFlags` lists flags that take the next word as their value
 * (e.g. `-r` for pip), so that word is not taken for an argument.
 */
export function positionalArgs(
  cmd: Command,
  valueFlags: readonly string[] = knownValueFlags[cmd.name] ?? [],
): Word[] {
  const out: Word[] = [];
  const end = endOfOptions(cmd);
  for (let i = 0; i < cmd.args.length; i++) {
    const arg = cmd.args[i];
    if (i === end) continue;
    if (i < end && isFlag(arg)) {
      if (valueFlags.includes(arg.value)) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** The first non-flag argument: `install` in `apt-get -q install curl`. */
export function subcommand(cmd: Command, valueFlags?: readonly string[]): Word | undefined {
  return positionalArgs(cmd, valueFlags)[0];
}

/** True when the command is `<program> <subcommand>`, e.g. `isSubcommand(cmd, 'apt-get', 'install')`. */
export function isSubcommand(cmd: Command, program: string | string[], ...subs: string[]): boolean {
  const programs = Array.isArray(program) ? program : [program];
  if (!programs.includes(cmd.name)) return false;
  const sub = subcommand(cmd);
  return sub !== undefined && subs.includes(sub.value);
}
