import { LineIndex } from '../../dockerfile/position.js';
import { defineRule } from '../types.js';

// allow_origin_regex=r"…" (or a name assigned a string literal in the same file).
const call = /allow_origin_regex\s*=\s*(?:([rRuU]{0,2})(["'])((?:\\.|(?!\2).)*)\2|([A-Za-z_]\w*))/g;
// A `.` that is not escaped, between two characters of a host name: meant as a literal dot.
const bareDot = /(?<![\\[])(?<=[\w*)+?-])\.(?=[\w(\\])/;

export default defineRule({
  id: 'DS6011',
  name: 'cors-origin-regex-dots',
  severity: 'warning',
  description: 'allow_origin_regex must escape the dots of host names: `.` matches any character.',
  needs: 'project',
  messages: {
    dot: 'allow_origin_regex {{regex}} has an unescaped ".": it matches any character, so an origin like {{example}} is allowed too; write \\.',
  },
  check({ project, report }) {
    if (!project) return;
    for (const source of project.pythonSources()) {
      const { text } = source;
      if (!text.includes('allow_origin_regex')) continue;
      const lines = new LineIndex(text);
      for (const m of text.matchAll(call)) {
        let literal = m[3];
        let prefix = m[1] ?? '';
        let start = (m.index ?? 0) + m[0].length - (literal?.length ?? 0) - 1 - (m[1]?.length ?? 0) - 1;
        let end = (m.index ?? 0) + m[0].length;
        if (m[4]) {
          const def = new RegExp(
            `^\\s*${m[4]}\\s*(?::[^=\\n]+)?=\\s*([rRuU]{0,2})(["'])((?:\\\\.|(?!\\2).)*)\\2`,
            'm',
          ).exec(text);
          if (!def) continue;
          prefix = def[1];
          literal = def[3];
          end = def.index + def[0].length;
          start = end - def[0].replace(/^[^=]*=\s*/, '').length;
        }
        if (!literal) continue;
        // In a plain (not raw) string, `\\.` is what the regex sees as `\.`.
        if (!/r/i.test(prefix)) literal = literal.replace(/\\\\/g, '\\');
        const dot = bareDot.exec(literal);
        if (!dot) continue;
        // The dot turned into a letter, the wildcards into a word: an origin the pattern accepts.
        const example = `${literal.slice(0, dot.index)}x${literal.slice(dot.index + 1)}`
          .replace(/^\^|\$$/g, '')
          .replace(/\.[*+]|\[[^\]]*\][*+]?/g, 'evil')
          .replace(/\\\./g, '.')
          .replace(/[()?]/g, '');
        report({
          messageId: 'dot',
          data: { regex: literal, example },
          range: lines.range(start, end),
          file: project.displayPath(source.path),
        });
      }
    }
  },
});
