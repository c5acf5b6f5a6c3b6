import type { Range } from './position.js';
import type { ShellOperator } from './shell-joins.js';
import type { QuotingFacts } from './shell-quoting.js';
import type { Word } from './shell-words.js';

// The shell model of a RUN (or CMD, ENTRYPOINT, HEALTHCHECK) script: its commands, how they join,
// and where its words stand, mapped to Dockerfile positions. shell.ts builds it.

/** One simple command of a shell script: `FOO=1 pip install -r requirements.txt`. */
export interface Command {
  /** The program's base name (`/usr/bin/apt-get` → `apt-get`). */
  name: string;
  nameWord: Word;
  /** Every word after the name, flags included, in order. */
  args: Word[];
  /** `NAME=value` prefixes. */
  assignments: { name: string; value: string; range: Range }[];
  /** True when the command is one stage of a `|` pipeline. */
  inPipeline: boolean;
  /**
   * How the command is joined to the one before it in the script: `cmd1 && cmd2` gives `&&` on
   * cmd2. Undefined for the first command and for commands nested inside another (`$(…)`).
   */
  operator?: ShellOperator;
  range: Range;
  /** Index among the commands of its script, in source order. */
  index: number;
  /**
   * True inside `$(…)`, backticks, `<(…)`, a `( … )` subshell, a function body or a heredoc body:
   * where an edit's effect is not the script's own (a fix there is only offered, never applied).
   */
  nested: boolean;
  /**
   * True when the script tests the command's exit status: left of `&&` or `||`, in an `if`, `elif`
   * or `while` condition (also when what holds it is tested, as ShellCheck reads it).
   */
  tested: boolean;
  /** The script the command runs from a string: `sh -c '…'`, `bash -lc "…"`, `su app -c '…'`. */
  script?: ShellScript;
}

export interface ShellScript {
  /** The script as the shell sees it (line continuations joined, comment lines removed). */
  text: string;
  commands: Command[];
  /** True when the script contains a `|` pipeline. */
  hasPipes: boolean;
  /** The first syntax error, when the shell parser could not make sense of the script. */
  error?: Range;
  /** Ranges of the constructs that make a command `nested`: fixes never edit inside them. */
  opaque: Range[];
  /**
   * The command after which `&& <more>` can be appended without changing what runs before it: the
   * last of a single `a && b && c` chain, a plain command (no redirect, pipe, `!` or `&`) that ends
   * the script. Undefined when the script has any other shape (`;`, `||`, a trailing subshell …).
   */
  appendAfter?: Command;
  /** Where substitutions or subshells first nest past MAX_SHELL_NESTING: the commands inside are not read. */
  tooDeep?: Range;
  /** Expansions and what the shell does with them, variable writes, single-quoted strings. */
  quoting: QuotingFacts;
  /** The program that runs the script, as SHELL or a heredoc's `#!` line names it. */
  program?: string;
  /** The Dockerfile range of `text[start, end)`. */
  rangeOf(start: number, end: number): Range;
}

/**
 * Shell text cut out of a Dockerfile together with the Dockerfile offset of each of its characters,
 * so every word maps back to a Dockerfile line:col even across line continuations.
 */
export interface MappedText {
  text: string;
  /** map[i] is the Dockerfile offset of text[i]; map[text.length] is the end. */
  map: number[];
}
