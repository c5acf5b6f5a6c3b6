import type { ContractDiagnostic } from './errors.js';

/**
 * The deepest YAML nesting a contract may have. Real contracts nest four or five levels; the yaml
 * package recurses once per level and runs out of call stack near a thousand, so deeper input is
 * refused before it is parsed, at the line where it goes too deep.
 */
export const MAX_YAML_DEPTH = 64;

/** Where the text first nests deeper than `max` levels (block indentation and flow brackets), if it does. */
export function tooDeep(text: string, max = MAX_YAML_DEPTH): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = line.length - content.length;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // `- - - x` opens a sequence per dash on one line.
      const dashes = /^(?:-\s+)*/.exec(content)![0].split('-').length - 1;
      if (indents.length + dashes > max) return { line: n + 1, column: indent + 1 };
    }
    let quote = '';
    for (let i = indent; i < line.length; i++) {
      const ch = line[i];
      if (quote) {
        if (ch === quote && line[i - 1] !== '\\') quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && /\s/.test(line[i - 1] ?? ' ')) break;
      else if (ch === '[' || ch === '{') {
        if (++flow + indents.length > max) return { line: n + 1, column: i + 1 };
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    }
  }
  return undefined;
}

export function nestingDiagnostic(text: string, file: string): ContractDiagnostic | undefined {
  const at = tooDeep(text);
  if (!at) return undefined;
  return {
    severity: 'error',
    rule: 'too-deep',
    file,
    ...at,
    path: '',
    message: `the YAML nests deeper than ${MAX_YAML_DEPTH} levels here, and was not read`,
    hint: 'a contract nests a few levels; check that this is the contract you meant',
  };
}
