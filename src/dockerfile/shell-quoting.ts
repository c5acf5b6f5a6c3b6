import type { Node } from 'web-tree-sitter';
import type { Range } from './position.js';

// What the shell does with each expansion's result (split into words and glob-expanded, or kept
// whole), and which variables a script assigns: the facts ShellCheck's quoting checks read.

/**
 * Where a word stands, as far as word splitting goes:
 * - `split`: a command's argument, a `[ … ]` operand, a redirect target: split and glob-expanded;
 * - `whole`: inside `"…"`, an assignment's value, `[[ … ]]`, `case`, arithmetic, a heredoc body;
 * - `declaration`: the value in `export A=…` / `local A=…`: bash keeps it whole, POSIX sh splits it;
 * - `for`: the words after `for x in`, split on purpose;
 * - `name`: the command name;
 * - `inner`: inside another expansion (`${x:-$y}`), judged with it.
 */
export type WordContext = 'split' | 'whole' | 'declaration' | 'for' | 'name' | 'inner';

/** `$x`, `${x…}`, `$(…)` or a backtick substitution, with what the shell does with its result. */
export interface ShellExpansion {
  kind: 'parameter' | 'substitution';
  /**
   * The parameter (`HOME`, `1`, `#`, `arr` for `${arr[0]}`); for a substitution that runs one
   * simple command, that command's name (`date`), else empty.
   */
  name: string;
  /**
   * `length` for `${#x}`, `alternative` for `${x:+"…"}` (a quoted alternative), `all` for `$@` and
   * `${a[@]}`, `indirect` for `${!x}`, `empty` for a substitution with no command; `value` for
   * every other form.
   */
  form: 'value' | 'length' | 'alternative' | 'all' | 'indirect' | 'empty';
  context: WordContext;
  /** As written in the script (continuations joined). */
  text: string;
  range: Range;
  /** Order among the script's expansions and variable writes, for reading values in sequence. */
  order: number;
}

/** An assignment (`A=…`, `export A=…`, `for A in …`, `read A`) as the script makes it. */
export interface ShellVariableWrite {
  name: string;
  /** The value is free of whitespace and glob characters, if every variable in `reads` is. */
  clean: boolean;
  /** Variables whose values make up the value. */
  reads: string[];
  /** The declaration builtin (`export`, `local`, `declare`, `readonly`, `typeset`) that makes it. */
  declaration?: string;
  /** The value runs a command substitution (its exit status is lost in a declaration). */
  substitutes: boolean;
  /** The variable's name where the write names it. */
  range: Range;
  order: number;
}

/** A single-quoted string that holds what looks like an expansion (`'$HOME'`), with the command it is an argument of. */
export interface SingleQuoted {
  text: string;
  range: Range;
  /** The words of the closest command around it (name first), as written. */
  command: string[];
}

export interface QuotingFacts {
  expansions: ShellExpansion[];
  writes: ShellVariableWrite[];
  singleQuoted: SingleQuoted[];
}

const wholeParents = new Set([
  'string',
  'translated_string',
  'arithmetic_expansion',
  'subscript',
  'case_statement',
  'case_item',
  'heredoc_body',
  'heredoc_redirect',
]);
const resetParents = new Set(['command_substitution', 'process_substitution']);

/** The context of a child, from its parent's type and context. */
export function childContext(
  parent: Node,
  parentType: string,
  context: WordContext,
  child: Node,
): WordContext {
  if (resetParents.has(parentType)) return 'split';
  if (parentType === 'simple_expansion' || parentType === 'expansion') return 'inner';
  if (wholeParents.has(parentType)) return 'whole';
  switch (parentType) {
    case 'command':
      return child.type === 'command_name' ? 'name' : 'split';
    case 'declaration_command':
      return 'declaration';
    case 'variable_assignment':
      return context === 'declaration' ? 'declaration' : 'whole';
    case 'test_command':
      return parent.firstChild?.type === '[[' ? 'whole' : context;
    case 'for_statement':
      return 'for';
    case 'do_group':
    case 'file_redirect':
    case 'herestring_redirect':
      return 'split';
    default:
      return context;
  }
}
