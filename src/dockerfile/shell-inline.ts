import type { Node } from 'web-tree-sitter';
import { commandStringFlag, scriptFlagIndex } from '../knowledge/shells.js';
import type { Command, ShellScript } from './shell-model.js';

// The script a command runs from a string: `sh -c '…'`, `bash -lc "…"`, `su app -c '…'`. Read as
// shell too, with every character mapped to its place in the Dockerfile.

/** How many `sh -c` strings deep scripts are read (`sh -c "bash -c '…'"` is two). */
export const MAX_INLINE_DEPTH = 4;

/** A script held in a string, with the Dockerfile offset of each character and the string's place in the outer script. */
export interface InlineSource {
  text: string;
  /** Dockerfile offset of text[i]; one more entry for the end. */
  map: number[];
  /** The string node's span in the outer script's text. */
  span: [number, number];
}

/**
 * The `-c` script of a command, when it is one word: `'…'`, `"…"` (its `$x` kept as written) or a
 * bare word. `values` are the command's name and arguments without quotes (the Words' values);
 * `nodes` their parse nodes.
 */
export function inlineScript(
  values: string[],
  nodes: Node[],
  outerMap: readonly number[],
): InlineSource | undefined {
  let at = scriptFlagIndex(values);
  // `sh script.sh -c x` runs script.sh: -c counts only among the options before any operand.
  if (
    at !== -1 &&
    !values.slice(1, at).every((v, i, all) => /^[-+]/.test(v) || /^[-+]o$/.test(all[i - 1] ?? ''))
  )
    return undefined;
  if (at === -1) {
    const flag = commandStringFlag(values[0] ?? '');
    at = flag ? values.findIndex((v, i) => i > 0 && v === flag) : -1;
  }
  const node = at === -1 ? undefined : nodes[at + 1];
  if (!node) return undefined;
  const mapOf = (i: number) => outerMap[Math.min(i, outerMap.length - 1)];
  const span: [number, number] = [node.startIndex, node.endIndex];
  if (node.type === 'raw_string') {
    const text = node.text.slice(1, -1);
    const map = Array.from({ length: text.length + 1 }, (_, i) => mapOf(node.startIndex + 1 + i));
    return { text, map, span };
  }
  if (node.type === 'word') return unescaped(node.text, node.startIndex, mapOf, span, /\\(.)/s);
  // Expansions in a double-quoted string are the outer shell's; the inner script is read with them as written.
  if (node.type === 'string')
    return unescaped(node.text.slice(1, -1), node.startIndex + 1, mapOf, span, /\\([$`"\\\n])/);
  return undefined;
}

/** Removes the backslash escapes `escape` matches, keeping each kept character's offset. */
function unescaped(
  raw: string,
  start: number,
  mapOf: (i: number) => number,
  span: [number, number],
  escapes: RegExp,
): InlineSource {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\' && i + 1 < raw.length && escapes.test(raw.slice(i, i + 2))) {
      i++;
      // A backslash-newline joins lines: nothing of it is kept.
      if (raw[i] === '\n') continue;
    }
    text += raw[i];
    map.push(mapOf(start + i));
  }
  map.push(mapOf(start + raw.length));
  return { text, map, span };
}

/**
 * A script and those it runs from `-c` strings (to any depth, outer before inner), each with its
 * own commands: a script's `commands` also list its inline scripts' commands, which run within it.
 */
export function withInlineScripts(script: ShellScript): { script: ShellScript; commands: Command[] }[] {
  if (!script.commands.some((c) => c.script)) return [{ script, commands: script.commands }];
  const scripts = [script];
  for (let i = 0; i < scripts.length; i++)
    for (const c of scripts[i].commands) if (c.script && !scripts.includes(c.script)) scripts.push(c.script);
  return scripts.map((s) => {
    const inner = new Set(s.commands.flatMap((c) => c.script?.commands ?? []));
    return { script: s, commands: inner.size === 0 ? s.commands : s.commands.filter((c) => !inner.has(c)) };
  });
}
