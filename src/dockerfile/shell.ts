import { Language, type Node, Parser } from 'web-tree-sitter';
import type { LineIndex, Range } from './position.js';
import { compileShellWasm, type WasmModule, wasm } from './shell-wasm.js';

/** A shell word with its Dockerfile position. */
export interface Word {
  /** The word as written (quotes included). */
  text: string;
  /** The word with quotes and escapes removed; expansions are kept as written. */
  value: string;
  /** False when the word contains an expansion or a substitution, so `value` is not what runs. */
  literal: boolean;
  range: Range;
}

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
}

export type ShellOperator = '&&' | '||' | '|' | ';' | '&' | 'newline';

export interface ShellScript {
  /** The script as the shell sees it (line continuations joined, comment lines removed). */
  text: string;
  commands: Command[];
  /** True when the script contains a `|` pipeline. */
  hasPipes: boolean;
  /** The first syntax error, when the shell parser could not make sense of the script. */
  error?: Range;
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

/** Parses shell text mapped into a Dockerfile. Call `await initShellParser()` once before. */
export function parseShell(source: MappedText, lines: LineIndex): ShellScript {
  if (!parser) throw new Error('parseShell() needs `await initShellParser()` first');
  const tree = parser.parse(source.text);
  const toRange = (start: number, end: number): Range => {
    const s = source.map[Math.min(start, source.map.length - 1)];
    // The end maps from the last character inside the node, plus one, so a continuation is not spanned.
    const e = end > start ? source.map[Math.min(end - 1, source.map.length - 1)] + 1 : s;
    return lines.range(s, e);
  };
  const script: ShellScript = { text: source.text, commands: [], hasPipes: false };
  const offsets: [number, number][] = [];
  if (!tree) return script;
  const visit = (node: Node, inPipeline: boolean): void => {
    if (node.type === 'pipeline') {
      script.hasPipes = true;
      inPipeline = true;
    }
    if (node.type === 'ERROR' || node.isMissing) {
      script.error ??= toRange(node.startIndex, Math.max(node.endIndex, node.startIndex + 1));
    }
    if (node.type === 'command') {
      const command = toCommand(node, inPipeline, script.commands.length, toRange);
      if (command) {
        script.commands.push(command);
        offsets.push([node.startIndex, node.endIndex]);
      }
    }
    for (const child of node.children) if (child) visit(child, inPipeline && node.type !== 'subshell');
  };
  visit(tree.rootNode, false);
  if (tree.rootNode.hasError && !script.error) {
    script.error = toRange(tree.rootNode.startIndex, tree.rootNode.endIndex);
  }
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

type ToRange = (start: number, end: number) => Range;

/** The last list or pipeline operator in the text between two commands (redirects like `2>&1` skipped). */
function operatorIn(gap: string): ShellOperator | undefined {
  const cleaned = gap.replace(/\d*[<>]&?\d*-?|&>>?/g, ' ').replace(/#[^\n]*/g, '');
  let found: ShellOperator | undefined;
  for (const m of cleaned.matchAll(/&&|\|\||\||;|&|\n/g))
    found = m[0] === '\n' ? 'newline' : (m[0] as ShellOperator);
  return found;
}

const redirectTypes = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect']);

function toCommand(node: Node, inPipeline: boolean, index: number, toRange: ToRange): Command | undefined {
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
  };
}

function toWord(node: Node, toRange: ToRange): Word {
  const { value, literal } = unquote(node);
  return { text: node.text, value, literal, range: toRange(node.startIndex, node.endIndex) };
}

const dynamic = new Set([
  'simple_expansion',
  'expansion',
  'command_substitution',
  'arithmetic_expansion',
  'process_substitution',
  'brace_expression',
]);

function unquote(node: Node): { value: string; literal: boolean } {
  switch (node.type) {
    case 'word':
    case 'number':
      return { value: node.text.replace(/\\(.)/gs, '$1'), literal: true };
    case 'raw_string':
      return { value: node.text.slice(1, -1), literal: true };
    case 'ansi_c_string':
      return { value: node.text.slice(2, -1), literal: true };
    case 'string':
    case 'translated_string': {
      let value = '';
      let literal = true;
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === 'string_content') value += child.text.replace(/\\([$`"\\\n])/g, '$1');
        else {
          value += child.text;
          literal = false;
        }
      }
      // string_content skips whitespace-only stretches between expansions; fall back to the raw text then.
      if (literal) value = node.text.replace(/^\$?"|"$/g, '').replace(/\\([$`"\\\n])/g, '$1');
      return { value, literal };
    }
    case 'concatenation': {
      let value = '';
      let literal = true;
      for (const child of node.children) {
        if (!child) continue;
        const part = unquote(child);
        value += part.value;
        literal &&= part.literal;
      }
      return { value, literal };
    }
    default:
      return { value: node.text, literal: !dynamic.has(node.type) && node.childCount === 0 };
  }
}
