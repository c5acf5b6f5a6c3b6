import type { Command, DockerfileModel, Instruction, Stage, Word } from '../../dockerfile/index.js';
import { hasFlag, knownValueFlags, positionalArgs } from '../../dockerfile/shell-query.js';
import { isPythonInterpreter } from '../../knowledge/servers.js';
import { appendToRun, hasCacheMount, insertAfter } from '../helpers.js';
import type { RuleContext } from '../types.js';
import { imageStages, ships, stagesReached } from './e-stages.js';

// Shared shapes of the package-manager rules (batch A): "install needs -y", "pin every package",
// "clean the cache in the same RUN". Each rule file keeps its metadata and picks one of these.

/** Options of zypper and of its install-like commands that take the next word as their value. */
export const zypperValueFlags = [
  '-R',
  '--root',
  '-r',
  '--repo',
  '--from',
  '-t',
  '--type',
  '-D',
  '--reposd-dir',
];

/** The package words of `<program> <sub> …` (the subcommand and flag values left out). */
export function packageArgs(command: Command, valueFlags?: string[]): Word[] {
  return positionalArgs(command, valueFlags ?? knownValueFlags[command.name] ?? []).slice(1);
}

/** The first positional word when it is one of `subs`, else undefined. */
export function matchSub(command: Command, subs: string[], valueFlags?: string[]): Word | undefined {
  const sub = positionalArgs(command, valueFlags ?? knownValueFlags[command.name] ?? [])[0];
  return sub && subs.includes(sub.value) ? sub : undefined;
}

/** Reports every `<program> <sub>` command that lacks all of `flags`; the fix adds `flags[0]`. */
export function checkYes(
  ctx: RuleContext<'missing'>,
  programs: string[],
  subs: string[],
  flags: string[],
): void {
  for (const { command } of ctx.model.runCommands) {
    if (!programs.includes(command.name)) continue;
    const sub = matchSub(command, subs);
    if (!sub || hasFlag(command, ...flags)) continue;
    ctx.report({ messageId: 'missing', range: command.range, fix: insertAfter(sub.range, ` ${flags[0]}`) });
  }
}

/** A package word that needs no pin: a variable, a local file, a URL. */
export function isPathOrUrl(word: Word): boolean {
  return !word.literal || /^(\.|\/|~)/.test(word.value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(word.value);
}

/** Reports every package word of `<program> <sub>` that `pinned` rejects (files and URLs pass). */
export function checkPins(
  ctx: RuleContext<'unpinned'>,
  programs: string[],
  subs: string[],
  pinned: (value: string) => boolean,
  valueFlags?: string[],
): void {
  for (const { command } of ctx.model.runCommands) {
    if (!programs.includes(command.name) || !matchSub(command, subs, valueFlags)) continue;
    for (const word of packageArgs(command, valueFlags)) {
      if (isPathOrUrl(word) || pinned(word.value)) continue;
      ctx.report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
    }
  }
}

export interface CleanSpec {
  programs: string[];
  installs: string[];
  /** True for a command that empties the cache (`yum clean all`). */
  cleans: (command: Command) => boolean;
  /** Cache directories: a cache mount on one of them, or `rm -rf` of one, counts as cleaning. */
  cacheDirs: string[];
  /** Appended to the RUN by --fix. */
  fixText: string;
  valueFlags?: string[];
}

/** True when the command is `rm -r…` of one of the directories, a parent, or something inside. */
export function removesDir(command: Command, dirs: string[]): boolean {
  if (command.name !== 'rm' || !hasFlag(command, '-r', '-R', '--recursive')) return false;
  return positionalArgs(command, []).some((a) => {
    const path = `${a.value.replace(/\*$/, '').replace(/\/+$/, '')}/`;
    return path !== '/' && dirs.some((d) => path.startsWith(`${d}/`) || `${d}/`.startsWith(path));
  });
}

/** Reports the first install of a RUN that leaves the package manager's cache in the layer. */
export function checkClean(ctx: RuleContext<'missing'>, spec: CleanSpec): void {
  const shipping = imageStages(ctx.model);
  for (const run of ctx.model.runs) {
    // A cache left in a builder whose output is copied in part never ships.
    if (!ships(shipping, run)) continue;
    const commands = run.shell?.commands ?? [];
    const install = commands.find(
      (c) => spec.programs.includes(c.name) && matchSub(c, spec.installs, spec.valueFlags),
    );
    if (!install || cachedRun(run, spec.cacheDirs)) continue;
    if (commands.some((c) => spec.cleans(c) || removesDir(c, spec.cacheDirs))) continue;
    ctx.report({ messageId: 'missing', range: install.range, ...appendToRun(run, spec.fixText) });
  }
}

function cachedRun(run: Instruction, dirs: string[]): boolean {
  return dirs.some((d) => hasCacheMount(run, d));
}

/** pip's (and `uv pip`'s) options that take the next word as their value. */
export const pipValueFlags = [
  ...(knownValueFlags.pip ?? []),
  ...['--no-binary', '--only-binary', '--upgrade-strategy', '-C', '--config-settings', '--global-option'],
  ...['--proxy', '--timeout', '--retries', '--exists-action', '--cert', '--client-cert', '--report'],
  // uv pip
  ...['-p', '--index', '--default-index', '--index-strategy', '--resolution', '--prerelease'],
  ...['--exclude-newer', '--link-mode', '--keyring-provider', '--python-platform', '--overrides'],
];

/**
 * `pip …`, `pip3.12 …`, `python -m pip …` and `uv pip …` as one shape: a command named `pip` whose
 * args start after the program (ranges unchanged). Undefined for anything else.
 */
export function pipCommand(command: Command): Command | undefined {
  const [a0, a1] = command.args;
  if (/^pip[0-9.]*$/.test(command.name)) return { ...command, name: 'pip' };
  if (isPythonInterpreter(command.name) && a0?.value === '-m' && a1?.value === 'pip')
    return { ...command, name: 'pip', args: command.args.slice(2) };
  if (command.name === 'uv' && a0?.value === 'pip')
    return { ...command, name: 'pip', args: command.args.slice(1) };
  return undefined;
}

/**
 * The stages whose files end up in the final image: the final stage, the stages it builds on, and
 * (transitively) the stages they `COPY --from`. A `test` stage nobody copies from is not among them.
 */
export function shippedStages(model: DockerfileModel): Set<Stage> {
  return stagesReached(model, () => true);
}
