import type { Node } from 'web-tree-sitter';

// How the statements of a shell script join: lists, conditions, the place to append a command.

export type ShellOperator = '&&' | '||' | '|' | ';' | '&' | 'newline';

/** How many of a node's first children have their exit status tested: `a` of `a && b`, an if's condition. */
export function testedChildren(type: string, children: (Node | null)[]): number {
  if (type === 'list') return children[1]?.type === '&&' || children[1]?.type === '||' ? 1 : 0;
  if (type === 'if_statement' || type === 'elif_clause') return children.findIndex((c) => c?.type === 'then');
  if (type === 'while_statement') return children.findIndex((c) => c?.type === 'do_group');
  return 0;
}

/** Anonymous nodes that end or join statements: the operators of a list, the terminators of a program. */
const separators = new Set(['&&', '||', ';', ';;', '&', '\n']);

/**
 * The command node after which `&& …` may be appended: the script is one statement (no `;`, `&` or
 * second line), a chain joined only by `&&`, whose last link is a plain command. Then the appended
 * command runs last, and only if everything before it succeeded, as the whole RUN would. Reads the
 * children the walk already fetched (`kids`): fetching them again costs tree-sitter allocations.
 */
export function appendTarget(root: Node, kids: (node: Node) => (Node | null)[]): Node | undefined {
  const top = kids(root).filter((c): c is Node => c !== null && c.type !== 'comment');
  const statements = top.filter((c) => !separators.has(c.type));
  if (statements.length !== 1 || top.some((c) => c.type === '&')) return undefined;
  // `a && b && c` nests lists to the left, as deep as the chain is long: walked with a stack.
  let last: Node | undefined;
  const stack: Node[] = [statements[0]];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'list') {
      last = node;
      continue;
    }
    const children = kids(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (!c || c.type === 'comment') continue;
      if (separators.has(c.type)) {
        if (c.type !== '&&') return undefined;
      } else stack.push(c);
    }
  }
  return last?.type === 'command' ? last : undefined;
}

/** The last list or pipeline operator in the text between two commands (redirects like `2>&1` skipped). */
export function operatorIn(gap: string): ShellOperator | undefined {
  const cleaned = gap.replace(/\d*[<>]&?\d*-?|&>>?/g, ' ').replace(/#[^\n]*/g, '');
  let found: ShellOperator | undefined;
  for (const m of cleaned.matchAll(/&&|\|\||\||;|&|\n/g))
    found = m[0] === '\n' ? 'newline' : (m[0] as ShellOperator);
  return found;
}
