import type { Node } from 'web-tree-sitter';
import type { Range } from './position.js';

// Words of a parsed shell command: as written, and with quotes and escapes removed.

/** One word of a shell command, mapped back into the Dockerfile. */
export interface Word {
  /** The word as written (quotes included). */
  text: string;
  /** The word with quotes and escapes removed; expansions are kept as written. */
  value: string;
  /** False when the word contains an expansion or a substitution, so `value` is not what runs. */
  literal: boolean;
  range: Range;
}

export type ToRange = (start: number, end: number) => Range;

export function toWord(node: Node, toRange: ToRange): Word {
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
