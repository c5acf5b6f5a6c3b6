import { distance } from 'fastest-levenshtein';
import { expandVariables, type Instruction } from '../../dockerfile/index.js';
import { baseImageFacts } from '../../knowledge/base-images.js';
import { rootImage } from '../helpers.js';
import { defineRule } from '../types.js';

// Instructions whose arguments BuildKit expands itself (RUN/CMD/ENTRYPOINT are left to the shell).
const expanded = new Set([
  'ADD',
  'COPY',
  'ENV',
  'ARG',
  'EXPOSE',
  'LABEL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
  'FROM',
]);

/** Single-quoted text is not expanded; blank it out, keeping offsets. */
const maskSingleQuotes = (s: string) => s.replace(/'[^']*'/g, (q) => ' '.repeat(q.length));

function suggest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const k of known) {
    if (k === name) continue;
    const d = k.toLowerCase() === name.toLowerCase() ? 0 : distance(k, name);
    if (d < bestDistance && d <= Math.max(1, Math.floor(name.length / 3))) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

export default defineRule({
  id: 'DS1008',
  name: 'undefined-variable',
  aliases: ['UndefinedVar', 'UndefinedArgInFrom'],
  severity: 'warning',
  description: 'A $VARIABLE that no ARG or ENV defines expands to an empty string.',
  messages: {
    undefined: '${{name}} is not defined by any ARG or ENV before this line, so it expands to ""',
    typo: '${{name}} is not defined before this line (did you mean ${{suggestion}}?), so it expands to ""',
    fromArg: '${{name}} in FROM is not a global ARG (declare `ARG {{name}}` before the first FROM)',
    fromTypo: '${{name}} in FROM is not a global ARG (did you mean ${{suggestion}}?)',
  },
  check({ model, report }) {
    const check = (instruction: Instruction) => {
      if (!expanded.has(instruction.keyword) || !instruction.argsText.includes('$')) return;
      const isFrom = instruction.keyword === 'FROM';
      const scope = isFrom ? model.globalScope : instruction.scope;
      const stage = instruction.stage;
      const facts = stage && !isFrom ? baseImageFacts(rootImage(stage)) : undefined;
      const knownImage = isFrom || Boolean(facts) || Boolean(stage?.baseStage);
      // The names a typo is matched against, gathered only when a name is missing.
      let known: string[] | undefined;
      const text = maskSingleQuotes(instruction.argsText);
      const seen = new Set<string>();
      for (const ref of expandVariables(text, scope, model.escapeChar).references) {
        if (
          ref.hasFallback ||
          scope.has(ref.name) ||
          facts?.env[ref.name] !== undefined ||
          seen.has(ref.name)
        )
          continue;
        seen.add(ref.name);
        known ??= [...scope.keys(), ...Object.keys(facts?.env ?? {})];
        const suggestion = suggest(ref.name, known);
        // The base image's own ENV is unknown to us: without a likely typo, stay quiet.
        if (!knownImage && !suggestion) continue;
        const messageId = isFrom ? (suggestion ? 'fromTypo' : 'fromArg') : suggestion ? 'typo' : 'undefined';
        report({
          messageId,
          data: { name: ref.name, suggestion: suggestion ?? '' },
          range: model.argsRange(instruction, ref.offset, ref.offset + ref.length),
        });
      }
    };
    for (const instruction of model.instructions) check(instruction);
  },
});
