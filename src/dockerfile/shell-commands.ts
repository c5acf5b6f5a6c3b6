import type { Node } from 'web-tree-sitter';
import type { Command } from './shell-model.js';
import { type ToRange, toWord, type Word } from './shell-words.js';

// One simple command of the parse tree as the shell model's Command.

const redirectTypes = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect']);

export function toCommand(
  node: Node,
  inPipeline: boolean,
  index: number,
  toRange: ToRange,
  nested: boolean,
  tested: boolean,
  wordNodes: Node[],
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
        wordNodes.push(inner);
        continue;
      }
    }
    if (child.isNamed) {
      args.push(toWord(child, toRange));
      wordNodes.push(child);
    }
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
