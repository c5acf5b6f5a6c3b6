import { Language, type Node, Parser } from 'web-tree-sitter';
import type { LineIndex, Range } from './position.js';
import { quotingTypes, recordQuoting } from './shell-facts.js';
import { appendTarget, operatorIn, type ShellOperator, testedChildren } from './shell-joins.js';
import { childContext, type QuotingFacts, type WordContext } from './shell-quoting.js';
import { compileShellWasm, type WasmModule, wasm } from './shell-wasm.js';
import { type ToRange, toWord, type Word } from './shell-words.js';

export type { ShellOperator } from './shell-joins.js';
export type * from './shell-quoting.js';
export type { Word } from './shell-words.js';

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

/** Shell constructs whose inside runs elsewhere (a subshell, a substitution) or is data (a heredoc body). */
const opaqueTypes = new Set([
  'command_substitution',
  'process_substitution',
  'subshell',
  'function_definition',
  'heredoc_body',
]);

/**
 * Shell text cut out of a Dockerfile together with the Dockerfile offset of each of its characters,
 * so every word maps back to a Dockerfile line:col even across line continuations.
 */
export interface MappedText {
  text: string;
  /** map[i] is the Dockerfile offset of text[i]; map[text.length] is the end. */
  map: number[];
}

let parser: Parser | undefined;
let initializing: Promise<void> | undefined;

/**
 * Loads the bash grammar once per process; every parse after it is synchronous.
 *
 * By default the grammar runs on V8's baseline wasm compiler only: the optimizing compiler would
 * spend seconds of background CPU on the 1.3 MB grammar, which Node waits for before it exits (a
 * one-file `dockspec lint` took 1.8-3 s instead of 0.3 s), and parsing RUN lines is no slower without it.
 * The flags are process-wide; pass `{ optimizeWasm: true }` from a long-lived host that prefers them.
 */
export function initShellParser(options: { optimizeWasm?: boolean } = {}): Promise<void> {
  if (parser) return Promise.resolve();
  initializing ??= (async () => {
    const { runtime, bash } = await compileShellWasm(options);
    await Parser.init({
      // Emscripten's hook: instantiate the runtime compiled above instead of fetching and compiling it.
      instantiateWasm(imports: object, done: (instance: object, module: WasmModule) => void) {
        done(new wasm.Instance(runtime, imports), runtime);
        return {};
      },
    } as never);
    const p = new Parser();
    p.setLanguage(Language.loadSync(bash as never));
    parser = p;
  })();
  return initializing;
}

export function shellParserReady(): boolean {
  return parser !== undefined;
}

/** How many substitutions or subshells deep the shell model reads commands. */
export const MAX_SHELL_NESTING = 64;

/** Parses shell text mapped into a Dockerfile. Call `await initShellParser()` once before. */
export function parseShell(source: MappedText, lines: LineIndex): ShellScript {
  if (!parser) throw new Error('parseShell() needs `await initShellParser()` first');
  // A NUL in a long script made tree-sitter's parse quadratic (seconds for 96 KB). A shell cannot
  // hold NUL in a word either; a space in its place keeps every offset.
  const tree = parser.parse(source.text.includes('\0') ? source.text.replace(/\0/g, ' ') : source.text);
  const toRange = (start: number, end: number): Range => {
    const s = source.map[Math.min(start, source.map.length - 1)];
    // The end maps from the last character inside the node, plus one, so a continuation is not spanned.
    const e = end > start ? source.map[Math.min(end - 1, source.map.length - 1)] + 1 : s;
    return lines.range(s, e);
  };
  const script: ShellScript = {
    text: source.text,
    commands: [],
    hasPipes: false,
    opaque: [],
    quoting: { expansions: [], writes: [], singleQuoted: [] },
    rangeOf: toRange,
  };
  let order = 0;
  const nextOrder = () => order++;
  const offsets: [number, number][] = [];
  if (!tree) return script;
  const root = tree.rootNode;
  // Children of the program and of `&&`/`||` lists, kept for appendTarget.
  const listKids = new Map<Node, (Node | null)[]>();
  const commandNodes: Node[] = [];
  // Depth-first in source order with an explicit stack: the input controls the depth (`((((…))))`,
  // `$($($(…)))`), and a recursive walk ran out of call stack on a few thousand levels.
  // Past MAX_SHELL_NESTING substitutions or subshells inside one another, commands are not read:
  // each level's words hold all deeper ones, so reading them all is quadratic in the depth.
  const stack: [Node, boolean, boolean, number, WordContext, boolean][] = [
    [root, false, false, 0, 'split', false],
  ];
  while (stack.length > 0) {
    const [node, pipedAbove, nestedAbove, depthAbove, context, tested] = stack.pop()!;
    let inPipeline = pipedAbove;
    let nested = nestedAbove;
    const type = node.type;
    const children = node.children;
    if (type === 'list' || node === root) listKids.set(node, children);
    if (type === 'pipeline') {
      script.hasPipes = true;
      inPipeline = true;
    }
    if (type === 'ERROR' || node.isMissing) {
      script.error ??= toRange(node.startIndex, Math.max(node.endIndex, node.startIndex + 1));
    }
    let depth = depthAbove;
    if (opaqueTypes.has(type)) {
      nested = true;
      script.opaque.push(toRange(node.startIndex, node.endIndex));
      if (++depth > MAX_SHELL_NESTING) {
        script.tooDeep ??= toRange(node.startIndex, node.startIndex + 1);
        continue;
      }
    }
    if (quotingTypes.has(type)) recordQuoting(node, type, context, script.quoting, toRange, nextOrder);
    if (type === 'command') {
      const command = toCommand(node, inPipeline, script.commands.length, toRange, nested, tested);
      if (command) {
        script.commands.push(command);
        commandNodes.push(node);
        offsets.push([node.startIndex, node.endIndex]);
      }
    }
    const testedUpTo = testedChildren(type, children);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child)
        stack.push([
          child,
          inPipeline && type !== 'subshell',
          nested,
          depth,
          childContext(node, type, context, child),
          tested || i < testedUpTo,
        ]);
    }
  }
  const appendNode = appendTarget(root, (n) => listKids.get(n) ?? []);
  if (appendNode) script.appendAfter = script.commands[commandNodes.indexOf(appendNode)];
  if (root.hasError && !script.error) {
    script.error = toRange(root.startIndex, root.endIndex);
  }
  if (script.error) script.appendAfter = undefined;
  tree.delete();
  const spans = new Map<Command, [number, number]>();
  script.commands.forEach((c, i) => {
    spans.set(c, offsets[i]);
  });
  script.commands.sort((a, b) => spans.get(a)![0] - spans.get(b)![0]);
  script.commands.forEach((c, i) => {
    c.index = i;
    if (i === 0) return;
    const [, prevEnd] = spans.get(script.commands[i - 1])!;
    const [start] = spans.get(c)!;
    if (prevEnd <= start) c.operator = operatorIn(source.text.slice(prevEnd, start));
  });
  return script;
}

const redirectTypes = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect']);

function toCommand(
  node: Node,
  inPipeline: boolean,
  index: number,
  toRange: ToRange,
  nested: boolean,
  tested: boolean,
): Command | undefined {
  let nameWord: Word | undefined;
  const args: Word[] = [];
  const assignments: Command['assignments'] = [];
  for (const child of node.children) {
    if (!child || redirectTypes.has(child.type) || child.type === 'comment') continue;
    if (!nameWord) {
      if (child.type === 'variable_assignment') {
        const name = child.childForFieldName('name')?.text ?? child.text.split('=')[0];
        const valueNode = child.childForFieldName('value');
        assignments.push({
          name,
          value: valueNode ? toWord(valueNode, toRange).value : '',
          range: toRange(child.startIndex, child.endIndex),
        });
        continue;
      }
      if (child.type === 'command_name') {
        const inner = child.firstChild ?? child;
        nameWord = { ...toWord(inner, toRange), range: toRange(child.startIndex, child.endIndex) };
        continue;
      }
    }
    if (child.isNamed) args.push(toWord(child, toRange));
  }
  if (!nameWord) return undefined;
  const base = nameWord.value.slice(nameWord.value.lastIndexOf('/') + 1);
  return {
    name: base,
    nameWord,
    args,
    assignments,
    inPipeline,
    range: toRange(node.startIndex, node.endIndex),
    index,
    nested,
    tested,
  };
}
