import { Language, type Node, Parser } from 'web-tree-sitter';
import { commandStringFlag, commandStringRunners, posixShells } from '../knowledge/shells.js';
import type { LineIndex, Range } from './position.js';
import { toCommand } from './shell-commands.js';
import { quotingTypes, recordQuoting, recordRead } from './shell-facts.js';
import { inlineScript, MAX_INLINE_DEPTH } from './shell-inline.js';
import { appendTarget, operatorIn, testedChildren } from './shell-joins.js';
import type { Command, MappedText, ShellScript } from './shell-model.js';
import { childContext, type WordContext } from './shell-quoting.js';
import { compileShellWasm, type WasmModule, wasm } from './shell-wasm.js';

export { withInlineScripts } from './shell-inline.js';
export type { ShellOperator } from './shell-joins.js';
export type { Command, MappedText, ShellScript } from './shell-model.js';
export type * from './shell-quoting.js';
export type { Word } from './shell-words.js';

/** Shell constructs whose inside runs elsewhere (a subshell, a substitution) or is data (a heredoc body). */
const opaqueTypes = new Set([
  'command_substitution',
  'process_substitution',
  'subshell',
  'function_definition',
  'heredoc_body',
]);

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
export function parseShell(source: MappedText, lines: LineIndex, inlineDepth = 0): ShellScript {
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
  const inlined: { script: ShellScript; span: [number, number] }[] = [];
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
    if (quotingTypes.has(type))
      recordQuoting(node, type, children, context, script.quoting, toRange, nextOrder);
    if (type === 'command') {
      const wordNodes: Node[] = [];
      const command = toCommand(node, inPipeline, script.commands.length, toRange, nested, tested, wordNodes);
      if (command) {
        script.commands.push(command);
        commandNodes.push(node);
        offsets.push([node.startIndex, node.endIndex]);
        if (command.name === 'read') recordRead(command, script.quoting, nextOrder);
        const inner =
          inlineDepth < MAX_INLINE_DEPTH && readInline(command, wordNodes, source, lines, inlineDepth);
        if (inner) {
          script.opaque.push(toRange(inner.span[0], inner.span[1]));
          inlined.push(inner);
        }
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
  // An inline script's commands run in its own shell, within the RUN: listed after the command that
  // runs them, in their order, as nested (fixes are never applied inside the string).
  for (const { script: inner, span } of inlined) {
    for (const c of inner.commands) {
      c.nested = true;
      script.commands.push(c);
      offsets.push(span);
    }
  }
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

/** Commands that may run a `-c` string: looked up once per command, so a set. */
const inlineRunners: ReadonlySet<string> = new Set([...posixShells, ...commandStringRunners]);

/** Parses the script a command runs from a `-c` string, and hangs it on the command. */
function readInline(
  command: Command,
  wordNodes: Node[],
  source: MappedText,
  lines: LineIndex,
  inlineDepth: number,
): { script: ShellScript; span: [number, number] } | undefined {
  if (!inlineRunners.has(command.name)) return undefined;
  const found = inlineScript(
    [command.nameWord.value, ...command.args.map((a) => a.value)],
    wordNodes,
    source.map,
  );
  if (!found) return undefined;
  const script = parseShell({ text: found.text, map: found.map }, lines, inlineDepth + 1);
  // su and runuser hand the string to the user's login shell: sh-compatible.
  script.program = commandStringFlag(command.name) ? 'sh' : command.name;
  command.script = script;
  return { script, span: found.span };
}
