import { DockerfileParser } from 'dockerfile-ast';

/**
 * The few facts import needs from a Dockerfile block, behind one small adapter so the reader can
 * move onto dockspec's own Dockerfile model (src/dockerfile/) without touching the extractors.
 */
export interface BlockInstruction {
  keyword: string;
  /** 0-based line inside the block. */
  line: number;
  /** Arguments without flags; exec-form JSON arrays are unquoted. */
  args: string[];
  flags: Record<string, string>;
  /** Argument text as written (for shell-form RUN). */
  text: string;
  properties: [string, string][];
}

export interface BlockStage {
  image: string;
  name?: string;
  line: number;
  instructions: BlockInstruction[];
}

export function readDockerfileBlock(text: string): { stages: BlockStage[]; preamble: BlockInstruction[] } {
  const dockerfile = DockerfileParser.parse(text);
  const stages: BlockStage[] = [];
  const preamble: BlockInstruction[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const any = instruction as unknown as {
      getFlags?: () => { getName(): string; getValue(): string | null }[];
      getJSONStrings?: () => { getJSONValue(): string }[];
      getProperties?: () => { getName(): string; getValue(): string | null }[];
    };
    const json = any.getJSONStrings?.() ?? [];
    const keyword = instruction.getKeyword().toUpperCase();
    const args =
      json.length > 0 && /^\s*\[/.test(instruction.getArgumentsContent() ?? '')
        ? json.map((s) => s.getJSONValue())
        : instruction.getArguments().map((a) => a.getValue());
    const flags: Record<string, string> = {};
    for (const f of any.getFlags?.() ?? []) flags[f.getName().toLowerCase()] = f.getValue() ?? '';
    const properties: [string, string][] = (any.getProperties?.() ?? []).map((p) => [
      p.getName(),
      p.getValue() ?? '',
    ]);
    const entry: BlockInstruction = {
      keyword,
      line: instruction.getRange().start.line,
      args: keyword === 'FROM' ? args : args,
      flags,
      text: instruction.getArgumentsContent() ?? '',
      properties,
    };
    if (keyword === 'FROM') {
      const asIndex = args.findIndex((a) => a.toLowerCase() === 'as');
      stages.push({
        image: args[0] ?? '',
        name: asIndex > 0 ? args[asIndex + 1] : undefined,
        line: entry.line,
        instructions: [],
      });
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(entry);
    } else {
      preamble.push(entry);
    }
  }
  return { stages, preamble };
}
