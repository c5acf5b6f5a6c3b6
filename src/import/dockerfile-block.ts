import { parseDockerfile } from '../dockerfile/parse.js';
import type { Command } from '../dockerfile/shell.js';

/**
 * The few facts import needs from a Dockerfile block, read with dockspec's own Dockerfile model
 * (src/dockerfile/, the one the linter uses), so a block reads the way `dockspec lint` reads it.
 * Needs `await initShellParser()` once before, like parseDockerfile.
 */
export interface BlockInstruction {
  keyword: string;
  /** 0-based line inside the block. */
  line: number;
  /** Arguments without flags; exec-form JSON arrays are unquoted. */
  args: string[];
  flags: Record<string, string>;
  /** Argument text with line continuations joined (for shell-form RUN). */
  text: string;
  /** `NAME=value` pairs of ENV and ARG. */
  properties: [string, string][];
  /** The simple commands of a RUN, parsed by the shared shell model (positions are block lines, 1-based). */
  commands: Command[];
}

export interface BlockStage {
  image: string;
  name?: string;
  line: number;
  instructions: BlockInstruction[];
}

export function readDockerfileBlock(text: string): { stages: BlockStage[]; preamble: BlockInstruction[] } {
  const model = parseDockerfile(text);
  const convert = (i: (typeof model.instructions)[number]): BlockInstruction => {
    const flags: Record<string, string> = {};
    for (const f of i.flags) flags[f.name.toLowerCase()] = f.value ?? '';
    const args = i.exec?.valid ? i.exec.items.map((x) => x.value) : i.args.map((a) => a.value);
    return {
      keyword: i.keyword,
      line: i.range.start.line - 1,
      args,
      flags,
      text: i.argsText,
      properties:
        i.keyword === 'ENV' || i.keyword === 'ARG'
          ? properties(
              i.keyword,
              i.args.map((a) => a.value),
            )
          : [],
      commands: i.keyword === 'RUN' ? (i.shell?.commands ?? []) : [],
    };
  };
  return {
    stages: model.stages.map((s) => ({
      image: s.image,
      name: s.name,
      line: s.from.range.start.line - 1,
      instructions: s.instructions.filter((i) => !i.onbuild).map(convert),
    })),
    preamble: model.globalArgs.map(convert),
  };
}

/** `ENV A=1 B="two"`, legacy `ENV A 1`, `ARG NAME=default`, `ARG NAME`. */
function properties(keyword: string, args: string[]): [string, string][] {
  if (keyword === 'ENV' && args.length >= 2 && !args[0].includes('='))
    return [[args[0], args.slice(1).join(' ')]];
  return args.map((a) => {
    const at = a.indexOf('=');
    return at < 0 ? [a, ''] : [a.slice(0, at), a.slice(at + 1).replace(/^(["'])(.*)\1$/, '$2')];
  });
}
