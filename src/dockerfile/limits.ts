import type { Range } from './position.js';

/**
 * The most shell text (RUN, CMD, ENTRYPOINT and HEALTHCHECK commands together) one Dockerfile has
 * parsed as shell. Real Dockerfiles hold a few kilobytes (the largest seen, about twenty); past this, the
 * shell parser's cost on pathological text (a megabyte of `[[[…`) would exceed the time bound of a
 * lint run, so the commands from there on are not analysed, and one finding says so.
 */
export const MAX_SHELL_TEXT = 64 * 1024;

/**
 * The most words an ARG, ENV or LABEL has read as `key=value` properties. Real ones hold a few, a
 * long LABEL a few dozen; one of hundreds of thousands (a megabyte of them) took over a second.
 */
export const MAX_PROPERTY_WORDS = 1024;

/** Whether an ARG, ENV or LABEL is read as properties; false past MAX_PROPERTY_WORDS words. */
export function readsProperties(instruction: { args: readonly unknown[] }): boolean {
  return instruction.args.length <= MAX_PROPERTY_WORDS;
}

/** A part of the Dockerfile that dockspec did not analyse, and why: reported, never silent. */
export interface AnalysisLimit {
  message: string;
  range: Range;
}

/** Hands out the shell budget of one Dockerfile and records where it ran out. */
export class ShellBudget {
  private left = MAX_SHELL_TEXT;
  private skipped = 0;
  private first?: AnalysisLimit;

  constructor(private readonly limits: AnalysisLimit[]) {}

  /** Whether a command of `length` characters is still parsed; false from the first that does not fit. */
  take(length: number, range: Range): boolean {
    if (this.skipped === 0 && length <= this.left) {
      this.left -= length;
      return true;
    }
    this.skipped++;
    if (!this.first) {
      this.first = { message: '', range };
      this.limits.push(this.first);
    }
    this.first.message = `the shell commands pass ${MAX_SHELL_TEXT / 1024} KB in all: this one${
      this.skipped > 1 ? ` and the ${this.skipped - 1} after it are` : ' is'
    } not analysed`;
    return false;
  }
}

/**
 * Where `[` first nests deeper than `max` in shell text, or -1. tree-sitter's bash grammar takes
 * time in the product of the nesting and the text around it (a 56 KB RUN with 1,600 `[` in a word
 * took a second); real scripts nest `[` two deep (`[[ … ]]`, `${a[0]}`).
 */
export function bracketsTooDeep(text: string, max: number): number {
  if (text.indexOf('[') === -1) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */ && ++depth > max) return i;
    if (c === 93 /* ] */ && depth > 0) depth--;
  }
  return -1;
}
