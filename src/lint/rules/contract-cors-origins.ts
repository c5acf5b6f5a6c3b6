import { LineIndex } from '../../dockerfile/position.js';
import { defineRule } from '../types.js';

/** The string items of a Python list literal starting at `open`, or undefined when it holds anything else. */
function literalList(text: string, open: number): { items: string[]; end: number } | undefined {
  const items: string[] = [];
  const item = /\s*(?:#[^\n]*\n\s*)*(?:[rRuU]?(["'])((?:\\.|(?!\1).)*)\1\s*,?)/y;
  let at = open + 1;
  for (;;) {
    const close = /\s*(?:#[^\n]*\n\s*)*\]/y;
    close.lastIndex = at;
    if (close.exec(text)) return { items, end: close.lastIndex };
    item.lastIndex = at;
    const m = item.exec(text);
    if (!m) return undefined;
    items.push(m[2]);
    at = item.lastIndex;
  }
}

export default defineRule({
  id: 'DS6012',
  name: 'contract-cors-origins',
  severity: 'warning',
  description: "Every origin the contract lists must be in the code's literal allow_origins.",
  needs: 'project',
  messages: {
    missing:
      'the contract allows the origin {{origin}}, but this allow_origins list does not contain it: browsers on {{origin}} get CORS errors; add it (or read the list from the environment)',
  },
  check({ contract, project, report }) {
    const wanted = contract?.cors?.origins ?? [];
    if (!project || wanted.length === 0) return;
    for (const source of project.pythonSources()) {
      const { text } = source;
      if (!text.includes('allow_origins')) continue;
      // A regex the code also passes may cover the origin (Starlette uses fullmatch).
      const regexes = [...text.matchAll(/allow_origin_regex\s*=\s*[rR](["'])((?:\\.|(?!\1).)*)\1/g)].flatMap(
        (m) => {
          try {
            return [new RegExp(`^(?:${m[2]})$`)];
          } catch {
            return [];
          }
        },
      );
      const lines = new LineIndex(text);
      for (const m of text.matchAll(/allow_origins\s*=\s*(\[|[A-Za-z_]\w*)/g)) {
        let open = (m.index ?? 0) + m[0].length - 1;
        if (m[1] !== '[') {
          const def = new RegExp(`^\\s*${m[1]}\\s*(?::[^=\\n]+)?=\\s*\\[`, 'm').exec(text);
          if (!def) continue;
          open = def.index + def[0].length - 1;
        }
        const list = literalList(text, open);
        if (!list || list.items.includes('*')) continue;
        for (const origin of wanted) {
          if (list.items.includes(origin) || regexes.some((r) => r.test(origin))) continue;
          report({
            messageId: 'missing',
            data: { origin },
            range: lines.range(open, list.end),
            file: project.displayPath(source.path),
          });
        }
      }
    }
  },
});
