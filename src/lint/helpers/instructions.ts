import { expandVariables, type Instruction, readsProperties } from '../../dockerfile/index.js';
import { defineRule, type Rule } from '../types.js';

/**
 * A rule that flags every CMD/ENTRYPOINT/HEALTHCHECK of a stage but the last: only the last one
 * takes effect, so the earlier ones are dead code that reads as if it mattered.
 */
export function lastOneWins(meta: {
  id: string;
  name: string;
  aliases: string[];
  keyword: string;
  severity: 'error' | 'warning';
}): Rule<'overridden'> {
  return defineRule({
    ...meta,
    description: `Only the last ${meta.keyword} of a stage takes effect; earlier ones are dead code.`,
    messages: {
      overridden:
        '{{keyword}} is overridden by the {{keyword}} on line {{line}}; only the last one takes effect',
    },
    check({ model, report }) {
      for (const stage of model.stages) {
        const all = stage.instructions.filter((i) => i.keyword === meta.keyword);
        const last = all.at(-1);
        for (const instruction of all.slice(0, -1)) {
          report({
            messageId: 'overridden',
            data: { keyword: instruction.rawKeyword, line: last!.range.start.line },
            range: instruction.keywordRange,
          });
        }
      }
    },
  });
}

/** One `name=value` pair of ENV/LABEL, with quotes honoured, as offsets into `argsText`. */
export interface KeyValuePair {
  name: string;
  value: string;
  start: number;
  valueStart: number;
  end: number;
}

/** Splits `a=1 b="x y" c=${a}` into pairs (for the `=` form only). */
export function keyValuePairs(instruction: Instruction): KeyValuePair[] {
  if (!readsProperties(instruction)) return [];
  const text = instruction.argsText;
  const out: KeyValuePair[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    let quote: string | undefined;
    let eq = -1;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\' && !quote) i++;
      else if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (/\s/.test(c)) break;
      else if (c === '=' && eq === -1) eq = i;
    }
    if (eq === -1) continue;
    out.push({
      name: text.slice(start, eq),
      value: text.slice(eq + 1, i),
      start,
      valueStart: eq + 1,
      end: i,
    });
  }
  return out;
}

/** The ports of an EXPOSE with variables expanded: `8000`, `8000/tcp`, `8000-8010/udp`, `80:8000`. */
export function exposedPorts(instruction: Instruction) {
  if (instruction.keyword !== 'EXPOSE') return [];
  return instruction.args.map((arg) => {
    const value = expandVariables(arg.value, instruction.scope);
    const known = value.undefinedNames.length === 0 && !value.unknown;
    const slash = value.value.lastIndexOf('/');
    return {
      arg,
      known,
      value: value.value,
      port: slash === -1 ? value.value : value.value.slice(0, slash),
      protocol: slash === -1 ? undefined : value.value.slice(slash + 1),
      /** Offset of the protocol in the argument as written (when written literally). */
      protocolOffset: arg.value.lastIndexOf('/') + 1,
    };
  });
}
