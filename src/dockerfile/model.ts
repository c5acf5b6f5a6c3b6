import type { AnalysisLimit } from './limits.js';
import type { Range } from './position.js';
import type { Command, ShellScript } from './shell.js';
import type { Scope } from './variables.js';

export type { Position, Range } from './position.js';

/** `--name=value` on an instruction (`RUN --mount=…`, `COPY --from=…`, `FROM --platform=…`). */
export interface Flag {
  name: string;
  value?: string;
  range: Range;
  valueRange?: Range;
}

/** One whitespace-separated argument as written. */
export interface Arg {
  value: string;
  range: Range;
}

/** The JSON form of RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK CMD/COPY/ADD/VOLUME. */
export interface ExecForm {
  /** False when the text starts with `[` but is not a JSON array of strings: Docker then runs it as shell form. */
  valid: boolean;
  /** The strings, when valid. */
  items: { value: string; range: Range }[];
  range: Range;
  /** Why the array is not valid JSON, when it is not. */
  error?: string;
}

export interface Heredoc {
  name: string;
  body: string;
  /** Range of the body (undefined for an empty body). */
  bodyRange?: Range;
  /** False when the closing delimiter is missing. */
  terminated: boolean;
}

export interface Instruction {
  /** Index in DockerfileModel.instructions; ONBUILD triggers share their ONBUILD's index. */
  index: number;
  /** Upper-case keyword (`RUN`). */
  keyword: string;
  /** The keyword as written (`run`), for casing rules. */
  rawKeyword: string;
  range: Range;
  keywordRange: Range;
  flags: Flag[];
  /** Arguments after the flags, split on whitespace (a heredoc's body words included). */
  args: Arg[];
  /** Argument text with line continuations joined and comment lines removed. */
  argsText: string;
  /** Dockerfile offset of each character of argsText (one more entry for the end); see DockerfileModel.rangeAt. */
  argsMap: readonly number[];
  argsRange?: Range;
  /** 'exec' for a valid JSON array, 'shell' otherwise; 'none' for instructions without a command. */
  form: 'exec' | 'shell' | 'none';
  /** Present when the command text starts with `[` (valid or not). */
  exec?: ExecForm;
  /** The command parsed as shell: shell-form RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD and heredoc scripts. */
  shell?: ShellScript;
  heredocs: Heredoc[];
  /** The stage the instruction belongs to; undefined for global ARGs before the first FROM. */
  stage?: Stage;
  /** True for the instruction inside an `ONBUILD`. */
  onbuild: boolean;
  /** For ONBUILD: the instruction it triggers. */
  trigger?: Instruction;
  /** Variables visible to this instruction (before it applies its own ARG/ENV). */
  scope: Scope;
}

export interface Stage {
  index: number;
  /** The `AS name`, lower-cased as BuildKit matches it. */
  name?: string;
  /** The name as written. */
  rawName?: string;
  nameRange?: Range;
  from: Instruction;
  /** The image as written (`python:${PY}-slim`). */
  image: string;
  /** The image with variables expanded from the global ARG defaults. */
  resolvedImage: string;
  /** True when the image depends on a build arg with no default or an undefined variable. */
  imageUnknown: boolean;
  imageRange?: Range;
  platform?: string;
  /** The earlier stage this one builds on (`FROM builder AS test`). */
  baseStage?: Stage;
  /** Instructions after FROM, up to the next FROM. */
  instructions: Instruction[];
  /**
   * True for the one stage of a fragment with no FROM: `from` is then its first instruction (also the
   * first of `instructions`) and the image is unknown.
   */
  implicit?: boolean;
}

export interface Comment {
  /** The text after `#`, trimmed. */
  text: string;
  line: number;
  range: Range;
}

/** Something that makes the Dockerfile unbuildable (BuildKit would refuse it). */
export interface ParseProblem {
  message: string;
  range: Range;
}

export interface RunCommand {
  command: Command;
  instruction: Instruction;
}

export interface DockerfileModel {
  file: string;
  text: string;
  escapeChar: string;
  directives: { name: string; value: string; range: Range }[];
  /** Top-level instructions in order (ONBUILD triggers live in `trigger`). */
  instructions: Instruction[];
  stages: Stage[];
  /** ARGs before the first FROM. */
  globalArgs: Instruction[];
  /** Variables the FROM lines see. */
  globalScope: Scope;
  comments: Comment[];
  problems: ParseProblem[];
  /** Parts not analysed because the input passed a limit (nesting, expansion, shell text). */
  limits: AnalysisLimit[];
  /** RUN instructions, including RUNs inside ONBUILD. */
  runs: Instruction[];
  /** Every command of every RUN (ONBUILD included), in order. */
  runCommands: RunCommand[];
  lineOffset: number;
  /** Source line text (1-based, lineOffset applied). */
  lineText(line: number): string;
  /** The range of Dockerfile offsets [start, end). */
  rangeAt(start: number, end: number): Range;
  /** The range of argsText[start, end) of an instruction, mapped through line continuations. */
  argsRange(instruction: Instruction, start: number, end: number): Range;
}
