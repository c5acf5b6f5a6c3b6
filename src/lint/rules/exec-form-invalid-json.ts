import { defineRule } from '../types.js';

/** Common slips: single quotes, a trailing comma. Returns the repaired array text when that is enough. */
function repair(text: string): string | undefined {
  const candidate = text
    .trim()
    .replace(/'((?:[^'\\"]|\\.)*)'/g, '"$1"')
    .replace(/,\s*\]$/, ']');
  try {
    const parsed: unknown = JSON.parse(candidate);
    if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) {
      return `[${parsed.map((v) => JSON.stringify(v)).join(', ')}]`;
    }
  } catch {
    // Not repairable mechanically.
  }
  return undefined;
}

export default defineRule({
  id: 'DS1002',
  name: 'exec-form-invalid-json',
  severity: 'error',
  description: 'An exec-form array that is not valid JSON is silently run as a shell command.',
  fixable: true,
  messages: {
    invalid:
      '{{keyword}} looks like an exec-form array but is not valid JSON ({{reason}}): Docker runs it as `/bin/sh -c "{{text}}"`, which fails; use double quotes',
  },
  check({ model, report }) {
    const instructions = model.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]));
    for (const instruction of instructions) {
      const exec = instruction.exec;
      if (!exec || exec.valid) continue;
      const text = instruction.argsText.trim().replace(/^CMD\s+/i, '');
      const fixed = repair(text);
      report({
        messageId: 'invalid',
        data: {
          keyword: instruction.keyword,
          reason:
            /single|'/.test(text) && fixed
              ? 'single quotes'
              : (exec.error ?? 'syntax').replace(/ in JSON at position \d+.*$/, ''),
          text: text.length > 60 ? `${text.slice(0, 57)}...` : text,
        },
        range: exec.range,
        fix: fixed ? { range: exec.range, text: fixed } : undefined,
      });
    }
  },
});
