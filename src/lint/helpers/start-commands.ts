import type { Command, DockerfileModel, Instruction, Stage, Word } from '../../dockerfile/index.js';
import { isPythonInterpreter } from '../../knowledge/servers.js';

// What a container starts with: CMD and ENTRYPOINT as commands, with launchers unwrapped. Not
// memoized per instruction or model: WeakMap caches made every lint run slower (the collector's
// ephemeron work outweighed the repeated work saved; BENCHMARKS.md, issue 33).

export function finalStage(model: DockerfileModel): Stage | undefined {
  return model.stages.at(-1);
}

/** The last instruction with the keyword in a stage (ONBUILD triggers excluded). */
export function lastInStage(stage: Stage | undefined, keyword: string): Instruction | undefined {
  return stage?.instructions.findLast((i) => i.keyword === keyword);
}

/** The words of an exec-form array as a Command, so shell-query helpers work on both forms. */
export function execCommand(instruction: Instruction): Command | undefined {
  if (!instruction.exec?.valid || instruction.exec.items.length === 0) return undefined;
  const items = instruction.exec.items;
  const words: Word[] = items.map((i) => ({
    text: JSON.stringify(i.value),
    value: i.value,
    literal: true,
    range: i.range,
  }));
  const [nameWord, ...args] = words;
  return {
    name: nameWord.value.slice(nameWord.value.lastIndexOf('/') + 1),
    nameWord,
    args,
    assignments: [],
    inPipeline: false,
    range: instruction.exec!.range,
    index: 0,
    tested: false,
    nested: false,
  };
}

/** The commands an instruction runs: the exec array, or every command of its shell form. */
export function commandsOf(instruction: Instruction): Command[] {
  const exec = execCommand(instruction);
  if (exec) return [exec];
  return instruction.shell?.commands ?? [];
}

const launchers = new Set(['exec', 'tini', 'dumb-init', 'gosu', 'su-exec', 'env', 'nohup']);

/**
 * What the final stage starts: ENTRYPOINT and CMD commands, with `python -m X`, `exec X`, `tini --`
 * and `sh -c "X"` unwrapped so `X` is the command's name. Empty when there is no CMD/ENTRYPOINT.
 */
export interface StartCommand {
  command: Command;
  instruction: Instruction;
}

export function startCommands(model: DockerfileModel): StartCommand[] {
  const stage = finalStage(model);
  const entrypoint = lastInStage(stage, 'ENTRYPOINT');
  const cmd = lastInStage(stage, 'CMD');
  const out: { command: Command; instruction: Instruction }[] = [];
  const ep = entrypoint ? execCommand(entrypoint) : undefined;
  const cm = cmd ? execCommand(cmd) : undefined;
  if (entrypoint && ep) {
    // Exec-form ENTRYPOINT + exec-form CMD run as one argv: ENTRYPOINT's words, then CMD's.
    const words = cm ? [cm.nameWord, ...cm.args] : [];
    out.push({
      command: unwrap({ ...ep, args: [...ep.args, ...words] }),
      instruction: cm ? cmd! : entrypoint,
    });
    return out;
  }
  if (entrypoint) {
    // A shell-form ENTRYPOINT ignores CMD.
    for (const command of commandsOf(entrypoint))
      out.push({ command: unwrap(command), instruction: entrypoint });
    return out;
  }
  if (cmd) for (const command of commandsOf(cmd)) out.push({ command: unwrap(command), instruction: cmd });
  return out;
}

/** `python -m uvicorn app:app` → `uvicorn app:app`; `exec gunicorn …` → `gunicorn …`. */
export function unwrap(command: Command): Command {
  let c = command;
  for (let depth = 0; depth < 4; depth++) {
    const args = c.args;
    if (isPythonInterpreter(c.name) && args[0]?.value === '-m' && args[1]) {
      c = rebase(c, 1);
    } else if (launchers.has(c.name)) {
      let skip = 0;
      while (args[skip] && (args[skip].value.startsWith('-') || /^[A-Za-z_]\w*=/.test(args[skip].value)))
        skip++;
      if (!args[skip]) return c;
      c = rebase(c, skip);
    } else return c;
  }
  return c;
}

function rebase(c: Command, nameIndex: number): Command {
  const nameWord = c.args[nameIndex];
  return {
    ...c,
    name: nameWord.value.slice(nameWord.value.lastIndexOf('/') + 1),
    nameWord,
    args: c.args.slice(nameIndex + 1),
  };
}
