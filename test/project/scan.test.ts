import { describe, expect, it } from 'vitest';
import { callArgs, literal, scanPython, splitArgs } from '../../src/project/python/scan.js';

describe('scanPython', () => {
  it('joins multi-line calls into one statement and keeps the first line', () => {
    const [s] = scanPython('app.include_router(\n    items.router,\n    prefix="/api",  # comment\n)\n');
    expect(s.line).toBe(1);
    expect(s.code).toBe('app.include_router( items.router, prefix=§0§, )');
    expect(s.strings).toEqual(['/api']);
  });

  it('never matches code inside strings, docstrings or comments', () => {
    const statements = scanPython(
      '"""\napp = FastAPI()\n"""\n# app = Flask(__name__)\nx = "app = FastAPI()"\n',
    );
    expect(statements.map((s) => s.code)).toEqual(['§0§', 'x = §0§']);
    expect(statements[1].line).toBe(5);
  });

  it('reads prefixes, escapes and adjacent literals like Python', () => {
    const [s] = scanPython('r = (r"^a\\.b$" "c", b\'x\', f"{y}", "q\\"t")\n');
    expect(s.strings).toEqual(['^a\\.b$c', 'x', '{y}', 'q"t']);
  });

  it('records the line of every literal and the indentation of each statement', () => {
    const s = scanPython('def f():\n    return [\n        path("a"),\n        path("b"),\n    ]\n');
    expect(s[1].indent).toBe(4);
    expect(s[1].stringLines).toEqual([3, 4]);
  });

  it('splits statements at semicolons and backslash continuations join', () => {
    const s = scanPython('a = 1; b = 2\nc = 1 + \\\n  2\n');
    expect(s.map((x) => [x.code, x.line])).toEqual([
      ['a = 1', 1],
      ['b = 2', 1],
      ['c = 1 + 2', 2],
    ]);
  });

  it('splits call arguments at top-level commas only', () => {
    const [s] = scanPython('APIRouter(prefix="/x", tags=["a", "b"], dependencies=[Depends(f, g)])');
    const args = splitArgs(callArgs(s.code, s.code.indexOf('('))!);
    expect(literal(s, args.keywords.get('prefix'))).toBe('/x');
    expect([...args.keywords.keys()]).toEqual(['prefix', 'tags', 'dependencies']);
  });
});

describe('scanPython on arbitrary text', () => {
  it('never throws, and statements come in line order with literals on or after their line', async () => {
    const fc = await import('fast-check');
    const pieces = fc.constantFrom(
      'a',
      ' ',
      '\n',
      '"',
      "'",
      '"""',
      '#',
      '(',
      ')',
      '[',
      ']',
      '\\',
      'r"',
      'x = ',
      ';',
      '\t',
      '§',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const statements = scanPython(parts.join(''));
        for (let i = 1; i < statements.length; i++)
          expect(statements[i].line).toBeGreaterThanOrEqual(statements[i - 1].line);
        for (const s of statements) for (const l of s.stringLines) expect(l).toBeGreaterThanOrEqual(s.line);
      }),
      { numRuns: 300 },
    );
  });
});
