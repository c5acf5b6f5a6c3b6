import fc from 'fast-check';

// Mutations of real-looking input, as a fuzzer of text formats makes them: byte flips, shuffled and
// duplicated lines, random instruction keywords, very long lines, deep nesting, unterminated
// quotes and heredocs, BOM, CRLF, lone CR, NUL, invalid UTF-8, odd Unicode. fast-check draws the
// choices, so a seed replays a run exactly.

const keywords = [
  ...['FROM', 'RUN', 'CMD', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'EXPOSE', 'USER', 'WORKDIR'],
  ...['ENTRYPOINT', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'VOLUME', 'STOPSIGNAL', 'MAINTAINER', 'FROB'],
];
const oddText = [
  '\u2028',
  '\u2026',
  '\uFFFD',
  '\u0000',
  '\t',
  '\r',
  '\\',
  '"',
  "'",
  '`',
  '$',
  '${',
  '<<EOF',
  '#',
  '…',
];

/** One mutation of `text`, drawn from `mrng`-driven arbitraries. */
const mutation = fc.oneof(
  // Flip a character to another one, printable or not.
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), ch: fc.integer({ min: 0, max: 0x2030 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    times: fc.integer({ min: 2, max: 200 }),
  }),
  fc.record({ kind: fc.constant('keyword' as const), at: fc.nat(), word: fc.constantFrom(...keywords) }),
  fc.record({
    kind: fc.constant('long' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1000, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 10, max: 4000 }),
    open: fc.constantFrom('( ', '$(', '${A:-', '[', '{', '"$(', '`', '  - ', '\\\n'),
  }),
  fc.record({ kind: fc.constant('odd' as const), at: fc.nat(), piece: fc.constantFrom(...oddText) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('bom' as const) }),
  fc.record({ kind: fc.constant('invalidUtf8' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

const closer: Record<string, string> = {
  '( ': ' )',
  '$(': ')',
  '${A:-': '}',
  '[': ']',
  '{': '}',
  '"$(': ')"',
  '`': '`',
};

function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const pos = 'at' in m ? m.at % (text.length + 1) : 0;
  const line = 'at' in m ? m.at % Math.max(1, lines.length) : 0;
  switch (m.kind) {
    case 'flip':
      return text.slice(0, pos) + String.fromCharCode(m.ch) + text.slice(pos + 1);
    case 'shuffle': {
      const out = [...lines];
      let s = m.seed;
      for (let i = out.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2 ** 31;
        const j = s % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out.join('\n');
    }
    case 'duplicate':
      return [
        ...lines.slice(0, line),
        ...Array(m.times).fill(lines[line] ?? ''),
        ...lines.slice(line + 1),
      ].join('\n');
    case 'keyword':
      lines[line] = `${m.word} ${(lines[line] ?? '').replace(/^\s*\S+\s*/, '')}`;
      return lines.join('\n');
    case 'long':
      return `${text.slice(0, pos)}${'a'.repeat(m.length)}${text.slice(pos)}`;
    case 'nest': {
      const close = closer[m.open] ?? '';
      return `${text.slice(0, pos)}${m.open.repeat(m.depth)}x${close.repeat(m.depth)}${text.slice(pos)}`;
    }
    case 'odd':
      return text.slice(0, pos) + m.piece + text.slice(pos);
    case 'cut':
      return text.slice(0, pos);
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'bom':
      return `\uFEFF${text}`;
    case 'invalidUtf8': {
      // Bytes that are not UTF-8, decoded as a reader of a file would decode them.
      const bytes = Buffer.concat([
        Buffer.from(text.slice(0, pos)),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
        Buffer.from(text.slice(pos)),
      ]);
      return bytes.toString('utf8');
    }
  }
}

/** Inputs are cut to this size: the time bounds are for inputs up to 1 MB, and larger ones are refused. */
export const MAX_MUTANT_LENGTH = 1024 * 1024;

/** `count` inputs from `seeds`, each one to four mutations deep, the same for the same `seed`. */
export function mutants(
  seeds: readonly string[],
  count: number,
  seed: number,
  maxLength = MAX_MUTANT_LENGTH,
): string[] {
  const arb = fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }));
  return fc
    .sample(arb, { numRuns: count, seed })
    .map(([i, ms]) => ms.reduce((text, m) => apply(text, m).slice(0, maxLength), seeds[i]));
}
