import type { Node } from 'web-tree-sitter';
import type { Command } from './shell-model.js';
import type { QuotingFacts, ShellExpansion, ShellVariableWrite, WordContext } from './shell-quoting.js';
import type { ToRange } from './shell-words.js';

// Reading expansions, variable writes and single-quoted strings off the shell parse tree, as the
// walk in shell.ts meets them.

/** The node types recordQuoting reads. */
export const quotingTypes: ReadonlySet<string> = new Set([
  'simple_expansion',
  'expansion',
  'command_substitution',
  'variable_assignment',
  'for_statement',
  'raw_string',
]);

/** `$x`, `${…}`, `$(…)`, `$1` or a backtick pair: what ShellCheck takes for an intended expansion. */
export const looksExpanded = /\$[{(0-9a-zA-Z_]|`[^`]+`/;

const declarationBuiltins = new Set(['export', 'local', 'declare', 'readonly', 'typeset']);
const isQuoted = (n: Node | null) => n !== null && (n.type === 'string' || n.type === 'raw_string');

/** Fills `facts` with what `node` holds, when it is an expansion, an assignment or a quoted string. */
export function recordQuoting(
  node: Node,
  type: string,
  children: (Node | null)[],
  context: WordContext,
  facts: QuotingFacts,
  toRange: ToRange,
  nextOrder: () => number,
): void {
  switch (type) {
    case 'simple_expansion':
    case 'expansion': {
      facts.expansions.push({
        kind: 'parameter',
        ...parameterOf(children, type),
        context,
        text: node.text,
        range: toRange(node.startIndex, node.endIndex),
        order: nextOrder(),
      });
      return;
    }
    case 'command_substitution': {
      const inner = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
      const single = inner.length === 1 && inner[0].type === 'command' ? inner[0] : undefined;
      const name = single?.childForFieldName('name')?.text ?? '';
      facts.expansions.push({
        kind: 'substitution',
        name: name.slice(name.lastIndexOf('/') + 1),
        form: inner.length === 0 ? 'empty' : 'value',
        context,
        text: node.text,
        range: toRange(node.startIndex, node.endIndex),
        order: nextOrder(),
      });
      return;
    }
    case 'variable_assignment': {
      const nameNode = node.childForFieldName('name');
      const name =
        nameNode?.type === 'subscript' ? (nameNode.firstNamedChild?.text ?? '') : (nameNode?.text ?? '');
      const value = node.childForFieldName('value');
      const parent = node.parent;
      const builtin = parent?.type === 'declaration_command' ? (parent.firstChild?.text ?? '') : undefined;
      facts.writes.push({
        name,
        ...assignedValue(value ? [value] : []),
        declaration: builtin !== undefined && declarationBuiltins.has(builtin) ? builtin : undefined,
        range: nameNode
          ? toRange(nameNode.startIndex, nameNode.endIndex)
          : toRange(node.startIndex, node.startIndex),
        order: nextOrder(),
      });
      return;
    }
    case 'for_statement': {
      const variable = node.childForFieldName('variable');
      if (!variable) return;
      const words = node.childrenForFieldName('value').filter((c): c is Node => c !== null);
      // `for x; do` walks the positional parameters: unknown values.
      const value = words.length > 0 ? assignedValue(words) : { clean: false, reads: [], substitutes: false };
      facts.writes.push({
        name: variable.text,
        ...value,
        range: toRange(variable.startIndex, variable.endIndex),
        order: nextOrder(),
      });
      return;
    }
    case 'raw_string': {
      // Only strings holding what looks like an expansion matter (SC2016); finding their command
      // climbs the tree, so the rest are not recorded.
      if (!looksExpanded.test(node.text)) return;
      facts.singleQuoted.push({
        text: node.text,
        range: toRange(node.startIndex, node.endIndex),
        command: closestCommandWords(node),
      });
      return;
    }
  }
}

function parameterOf(children: (Node | null)[], type: string): Pick<ShellExpansion, 'name' | 'form'> {
  const kids = children.filter((c): c is Node => c !== null);
  const nameNode = kids.find(
    (c) => c.type === 'variable_name' || c.type === 'special_variable_name' || c.type === 'subscript',
  );
  let name = nameNode?.text ?? '';
  let form: ShellExpansion['form'] = 'value';
  if (nameNode?.type === 'subscript') {
    name = nameNode.firstNamedChild?.text ?? '';
    const index = nameNode.childForFieldName('index')?.text ?? nameNode.namedChildren[1]?.text;
    if (index === '@') form = 'all';
  } else if (name === '@') form = 'all';
  if (type === 'expansion' && kids.length > 1 && !kids[1].isNamed) {
    const prefix = kids[1].type;
    if (prefix === '#' && kids.length === 4) form = 'length';
    else if (prefix === '!') form = 'indirect';
  }
  if (type === 'expansion' && nameNode) {
    // `${x:+"$x"}`: the alternative is quoted, so the expansion is one word or nothing.
    const after = kids.slice(kids.indexOf(nameNode) + 1, -1);
    if (
      (after[0]?.type === ':+' || after[0]?.type === '+') &&
      after.length > 1 &&
      after.slice(1).every(isQuoted)
    )
      form = 'alternative';
  }
  return { name, form };
}

/** Whether words assigned as one value are free of whitespace and globs, and what they read. */
function assignedValue(words: Node[]): Pick<ShellVariableWrite, 'clean' | 'reads' | 'substitutes'> {
  const reads: string[] = [];
  let clean = words.length > 0;
  let substitutes = false;
  const stack = [...words];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'simple_expansion':
      case 'expansion': {
        const { name, form } = parameterOf(n.children, n.type);
        if (form !== 'length') reads.push(name);
        continue;
      }
      case 'command_substitution':
        substitutes = true;
        clean = false;
        continue;
      case 'arithmetic_expansion':
        continue;
      case 'word':
      case 'string_content':
      case 'raw_string':
      case 'number':
        if (/[\s*?[]/.test(n.text)) clean = false;
        continue;
      case 'string':
        // An empty "" makes an empty value, which vanishes unquoted.
        if (n.namedChildCount === 0 && n.text.length <= 2) clean = false;
        break;
    }
    for (const c of n.namedChildren) if (c) stack.push(c);
  }
  return { clean, reads, substitutes };
}

/** The words of the command a node is an argument of, as written (name first); empty outside one. */
function closestCommandWords(node: Node): string[] {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'command_substitution' || n.type === 'program') return [];
    if (n.type === 'command' || n.type === 'declaration_command')
      return n.children
        .filter(
          (c): c is Node => c !== null && c.type !== 'file_redirect' && c.type !== 'variable_assignment',
        )
        .map((c) => c.text);
  }
  return [];
}

/** `read A B` stores whatever the input holds in A and B: a write of an unknown value each. */
export function recordRead(command: Command, facts: QuotingFacts, nextOrder: () => number): void {
  for (const arg of command.args) {
    if (!arg.literal || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(arg.value)) continue;
    facts.writes.push({
      name: arg.value,
      clean: false,
      reads: [],
      substitutes: false,
      range: arg.range,
      order: nextOrder(),
    });
  }
}
