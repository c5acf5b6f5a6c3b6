import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { lintTextSync, memoryProject } from '../../src/lint/index.js';
import { contractFrom } from './harness.js';

const seeds = [
  'FROM python:3.12-slim AS build\nARG V=1\nENV A=$V B="x y"\nRUN apt-get update && apt-get install -y curl \\\n  && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /a /b\nCMD ["uvicorn", "app:app"]\n',
  'RUN <<EOF\nset -e\npip install x\nEOF\nHEALTHCHECK --interval=5s CMD curl -f http://x/ || exit 1\nONBUILD RUN echo $X\n',
  '# syntax=docker/dockerfile:1\n# escape=`\nFROM ${BASE:-python}:${TAG}\nWORKDIR $HOME/app\nUSER 1000:1000\nEXPOSE 80/tcp 443\nSHELL ["pwsh", "-c"]\nCMD [\'a\']\n',
];
const tokens = [
  'FROM',
  'RUN',
  'CMD',
  'ENTRYPOINT',
  'COPY',
  'ADD',
  'ENV',
  'ARG',
  'ONBUILD',
  'HEALTHCHECK',
  'USER',
  'EXPOSE',
  'WORKDIR',
  'SHELL',
  'LABEL',
  '\\\n',
  '<<EOF',
  'EOF',
  '"',
  "'",
  '[',
  ']',
  '$',
  '${',
  '}',
  '&&',
  '|',
  ';',
  '#',
  '\n',
  ' ',
  '--mount=type=cache,target=/x',
  'apt-get',
  'install',
  '-y',
  'pip',
  'uvicorn',
  '--host',
  '127.0.0.1',
  'AS',
  '=',
  '`',
  '\t',
  '\r\n',
  '(',
  ')',
];

const contract = contractFrom('app:\n  port: 8000\n');
const project = memoryProject(
  { 'app/main.py': 'allow_origins=["https://*.x"]', 'requirements.txt': '' },
  { dockerignore: '*.md\n' },
);

/** Random token soups, and seeds with random slices deleted, duplicated or replaced. */
const dockerfiles = fc.oneof(
  fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((t) => t.join(' ')),
  fc.string({ maxLength: 200 }),
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.constantFrom(...tokens, ''))
    .map(([s, a, b, ins]) => {
      const i = a % (s.length + 1);
      const j = Math.min(s.length, i + (b % 20));
      return s.slice(0, i) + ins + s.slice(j);
    }),
);

describe('bad input never throws', () => {
  beforeAll(() => initShellParser());

  it('lints 10,000 random and mutated Dockerfiles without an exception or a rule crash', () => {
    fc.assert(
      fc.property(dockerfiles, (text) => {
        const { findings } = lintTextSync(text, { contract, project });
        for (const f of findings) {
          expect(f.messageId).not.toBe('internal');
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
        }
        if (findings.some((f) => f.fix)) lintTextSync(text, { fix: true });
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
