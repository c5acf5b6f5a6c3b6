import { LineIndex } from '../../dockerfile/position.js';
import { defineRule } from '../types.js';

interface PyString {
  value: string;
  start: number;
  end: number;
}

/** String literals of a Python list starting at `open` (the `[`), comments skipped. */
function listStrings(text: string, open: number): { strings: PyString[]; end: number } {
  const strings: PyString[] = [];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      if (--depth === 0) return { strings, end: i + 1 };
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      strings.push({ value: text.slice(i + 1, j), start: i, end: j + 1 });
      i = j;
    }
  }
  return { strings, end: text.length };
}

/** The text of the call that contains `at` (from its `(` to the matching `)`), for sibling keywords. */
function enclosingCall(text: string, at: number): string {
  let depth = 0;
  let start = at;
  for (; start > 0; start--) {
    const c = text[start];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0 && c === '(') break;
      depth--;
    }
  }
  return text.slice(start, listStrings(text, start).end);
}

export default defineRule({
  id: 'DS6001',
  name: 'cors-wildcard-origin',
  severity: 'error',
  description:
    'CORSMiddleware compares allow_origins literally: a pattern like "https://*.vercel.app" never matches.',
  needs: 'project',
  messages: {
    wildcard:
      'allow_origins compares origins literally, so "{{origin}}" never matches and browsers get CORS errors; use allow_origin_regex=r"{{regex}}"',
    starWithCredentials:
      'allow_origins=["*"] with allow_credentials=True: Starlette then echoes any requesting origin back with credentials allowed, so every website can call the API as a signed-in user; list the origins or use allow_origin_regex',
  },
  check({ project, report }) {
    if (!project) return;
    for (const source of project.pythonSources()) {
      const { text } = source;
      if (!/allow_origins/.test(text)) continue;
      const lines = new LineIndex(text);
      const file = project.displayPath(source.path);
      const re = /allow_origins\s*=\s*(\[|[A-Za-z_]\w*)/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        let open = m.index + m[0].length - 1;
        if (m[1] !== '[') {
          // allow_origins=ORIGINS: follow a list assigned to that name in the same file.
          const def = new RegExp(`^\\s*${m[1]}\\s*(?::[^=\\n]+)?=\\s*\\[`, 'm').exec(text);
          if (!def) continue;
          open = def.index + def[0].length - 1;
        }
        const { strings } = listStrings(text, open);
        for (const s of strings) {
          if (s.value.includes('*') && s.value !== '*') {
            const regex = `^${s.value.replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`.replace(
              /\\\./g,
              '\\.',
            );
            report({
              messageId: 'wildcard',
              data: { origin: s.value, regex },
              range: lines.range(s.start, s.end),
              file,
            });
          }
          if (s.value === '*' && /allow_credentials\s*=\s*True/.test(enclosingCall(text, m.index))) {
            report({ messageId: 'starWithCredentials', range: lines.range(s.start, s.end), file });
          }
        }
      }
    }
  },
});
