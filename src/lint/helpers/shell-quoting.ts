import {
  type Command,
  type DockerfileModel,
  type Instruction,
  type ShellExpansion,
  type ShellScript,
  withInlineScripts,
} from '../../dockerfile/index.js';
import {
  declaredProxyVariables,
  wholeDeclarationShells,
  wordlessVariables,
} from '../../knowledge/shell-quoting.js';
import { programName } from '../../knowledge/shells.js';

/**
 * The RUN scripts (ONBUILD ones included) the ShellCheck-style checks read, as ShellCheck does:
 * RUN only, the scripts of `sh -c '…'` strings in them too, and a script the shell parser could not
 * make sense of is left alone (ShellCheck would report only its syntax error).
 */
export function checkedScripts(model: DockerfileModel): CheckedScript[] {
  const out: CheckedScript[] = [];
  for (const run of model.runs) {
    if (!run.shell) continue;
    for (const { script, commands } of withInlineScripts(run.shell))
      if (!script.error) out.push({ run, script, commands });
  }
  return out;
}

/** A RUN's script, or one it runs from an `sh -c` string, with the commands that are its own. */
export interface CheckedScript {
  run: Instruction;
  script: ShellScript;
  commands: Command[];
}

/**
 * The variables a RUN's script starts with, as hadolint declares them for ShellCheck: the ARG and
 * ENV names in scope (not what the base image sets) and Docker's proxy build args.
 */
export function declaredVariables(run: Instruction): Set<string> {
  const names = new Set<string>(declaredProxyVariables);
  for (const [name, definition] of run.scope) if (definition.source !== 'base-image') names.add(name);
  return names;
}

/** True when the shell splits the expansion's result into words and expands globs in it. */
export function splitsWords(expansion: ShellExpansion, script: ShellScript): boolean {
  if (expansion.context === 'split') return true;
  return (
    expansion.context === 'declaration' &&
    !wholeDeclarationShells.includes(programName(script.program ?? 'sh'))
  );
}

/**
 * Reads a RUN script's variable writes in order and says, for each expansion, whether the value
 * may hold whitespace or glob characters (ShellCheck's "spaceful"). As hadolint does, the stage's
 * ARG and ENV names and the proxy build args count as safe; any other variable the script did not
 * assign a plain value counts as unsafe.
 */
export function mayHoldSpaces(run: Instruction, script: ShellScript): (expansion: ShellExpansion) => boolean {
  const verdicts = new Map<ShellExpansion, boolean>();
  const { writes, expansions } = script.quoting;
  if (expansions.length === 0) return () => true;
  const safe = new Map<string, boolean>();
  for (const name of declaredVariables(run)) safe.set(name, true);
  const isSafe = (name: string) => wordlessVariables.has(name) || safe.get(name) === true;
  let w = 0;
  for (const expansion of expansions) {
    for (; w < writes.length && writes[w].order < expansion.order; w++) {
      const write = writes[w];
      safe.set(write.name, write.clean && write.reads.every(isSafe));
    }
    verdicts.set(expansion, expansion.form === 'indirect' || !isSafe(expansion.name));
  }
  return (expansion) => verdicts.get(expansion) ?? true;
}
