import type { Command, DockerfileModel, Instruction, Stage, Word } from '../../dockerfile/index.js';
import { hasFlag, knownValueFlags, positionalArgs } from '../../dockerfile/shell-query.js';
import { type PackageManager, packageManager } from '../../knowledge/package-managers.js';
import { isPipProgram, uvPipValueFlags } from '../../knowledge/pip.js';
import { isPythonInterpreter } from '../../knowledge/servers.js';
import { appendToRun, hasCacheMount, insertAfter } from '../helpers.js';
import type { RuleContext } from '../types.js';
import { imageStages, ships, stagesReached } from './stages.js';

// Shared shapes of the package-manager rules (batch A): "install needs -y", "pin every package",
// "clean the cache in the same RUN". Each rule file keeps its metadata and picks one of these.

/** The package words of `<program> <sub> …` (the subcommand and flag values left out). */
export function packageArgs(command: Command, valueFlags?: readonly string[]): Word[] {
  return positionalArgs(command, valueFlags ?? knownValueFlags[command.name] ?? []).slice(1);
}

/** The first positional word when it is one of `subs`, else undefined. */
export function matchSub(
  command: Command,
  subs: readonly string[],
  valueFlags?: readonly string[],
): Word | undefined {
  const sub = positionalArgs(command, valueFlags ?? knownValueFlags[command.name] ?? [])[0];
  return sub && subs.includes(sub.value) ? sub : undefined;
}

/** Reports every prompting `<program> <sub>` of the managers without a yes flag; the fix adds the first. */
export function checkYes(ctx: RuleContext<'missing'>, managers: readonly PackageManager[]): void {
  for (const { command } of ctx.model.runCommands) {
    const m = managers.find((x) => x.programs.includes(command.name));
    if (!m?.yes) continue;
    const sub = matchSub(command, m.yes.subs, m.valueFlags);
    if (!sub || hasFlag(command, ...m.yes.flags)) continue;
    ctx.report({
      messageId: 'missing',
      range: command.range,
      fix: insertAfter(sub.range, ` ${m.yes.flags[0]}`),
    });
  }
}

/** A package word that needs no pin: a variable, a local file, a URL. */
export function isPathOrUrl(word: Word): boolean {
  return !word.literal || /^(\.|\/|~)/.test(word.value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(word.value);
}

/** Reports every package word of the managers' install commands that names no version. */
export function checkPins(ctx: RuleContext<'unpinned'>, managers: readonly PackageManager[]): void {
  for (const { command } of ctx.model.runCommands) {
    const m = managers.find((x) => x.programs.includes(command.name));
    if (!m?.pin) continue;
    const words = positionalArgs(command, m.valueFlags);
    const module = m.pin.module && words[0]?.value === 'module' && words[1]?.value === 'install';
    if (!module && !matchSub(command, m.pin.subs, m.valueFlags)) continue;
    const pinned = module ? m.pin.module! : m.pin.pinned;
    for (const word of words.slice(module ? 2 : 1)) {
      if (isPathOrUrl(word) || pinned(word.value)) continue;
      ctx.report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
    }
  }
}

/** True when the command empties the manager's cache (`dnf clean all`, `zypper cc`, `yarn cache clean`). */
export function cleansCache(command: Command, m: PackageManager): boolean {
  if (!m.clean?.subs.length || !m.programs.includes(command.name)) return false;
  const words = positionalArgs(command, m.valueFlags).map((w) => w.value);
  const args = m.clean.args ?? [];
  return m.clean.subs.includes(words[0]) && args.every((a) => words.slice(1).includes(a));
}

/** True when the command is `rm -r…` of one of the directories, a parent, or something inside. */
export function removesDir(command: Command, dirs: readonly string[]): boolean {
  if (command.name !== 'rm' || !hasFlag(command, '-r', '-R', '--recursive')) return false;
  return positionalArgs(command, []).some((a) => {
    const path = `${a.value.replace(/\*$/, '').replace(/\/+$/, '')}/`;
    return path !== '/' && dirs.some((d) => path.startsWith(`${d}/`) || `${d}/`.startsWith(path));
  });
}

/** Reports the first install of a RUN that leaves the package manager's cache in the layer. */
export function checkClean(ctx: RuleContext<'missing'>, m: PackageManager): void {
  const shipping = imageStages(ctx.model);
  for (const run of ctx.model.runs) {
    // A cache left in a builder whose output is copied in part never ships.
    if (!ships(shipping, run)) continue;
    const commands = run.shell?.commands ?? [];
    const installAt = commands.findIndex(
      (c) => m.programs.includes(c.name) && matchSub(c, m.installs, m.valueFlags),
    );
    const install = commands[installAt];
    if (!install || cachedRun(run, m.cacheDirs)) continue;
    if (cleansAfter(commands, installAt, m)) continue;
    ctx.report({ messageId: 'missing', range: install.range, ...appendToRun(run, m.clean!.fix) });
  }
}

/** A clean (or `rm -rf` of the cache) after the install: one before it leaves the install's cache. */
export function cleansAfter(commands: readonly Command[], installAt: number, m: PackageManager): boolean {
  return commands.slice(installAt + 1).some((c) => cleansCache(c, m) || removesDir(c, m.cacheDirs));
}

function cachedRun(run: Instruction, dirs: readonly string[]): boolean {
  return dirs.some((d) => hasCacheMount(run, d));
}

/** pip's (and `uv pip`'s) options that take the next word as their value. */
export const pipValueFlags: readonly string[] = [...packageManager('pip').valueFlags, ...uvPipValueFlags];

/**
 * `pip …`, `pip3.12 …`, `python -m pip …` and `uv pip …` as one shape: a command named `pip` whose
 * args start after the program (ranges unchanged). Undefined for anything else.
 */
export function pipCommand(command: Command): Command | undefined {
  const [a0, a1] = command.args;
  if (isPipProgram(command.name)) return { ...command, name: 'pip' };
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
