import { beforeAll, describe, expect, it } from 'vitest';
import {
  expandVariables,
  initShellParser,
  MAX_EXPANDED_LENGTH,
  MAX_SHELL_NESTING,
  MAX_SHELL_TEXT,
  parseDockerfile,
} from '../../src/dockerfile/index.js';
import { lintTextSync, malformedLocation } from '../../src/lint/index.js';

// Inputs of the kinds a fuzzer found crashing or slowing the model (issue 33), written here: each
// must parse and lint to ordinary findings, in bounded time, with well-formed locations.

beforeAll(() => initShellParser());

/** Lints the text; fails on an internal error, a parser crash or a malformed location. */
function lintClean(text: string): { ms: number; findings: ReturnType<typeof lintTextSync>['findings'] } {
  const t0 = performance.now();
  const result = lintTextSync(text);
  const ms = performance.now() - t0;
  const lines = text.split('\n');
  for (const f of result.findings) {
    expect(f.messageId, f.message).not.toBe('internal');
    expect(f.message).not.toMatch(/could not parse this file/);
    expect(
      malformedLocation(lines, 0, f),
      `${f.ruleId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`,
    ).toBe(undefined);
  }
  return { ms, findings: result.findings };
}

describe('input the shell model must survive', () => {
  it('subshells nested five thousand deep: read to the nesting limit', () => {
    // Spaced: `((` would open an arithmetic expression.
    const nest = (n: number) =>
      `FROM python:3.12-slim\nRUN ${'( '.repeat(n)}pip install flask${' )'.repeat(n)}`;
    expect(parseDockerfile(nest(MAX_SHELL_NESTING)).runCommands.map((c) => c.command.name)).toEqual(['pip']);
    expect(parseDockerfile(nest(5000)).runCommands).toEqual([]);
    lintClean(nest(5000));
  });

  it('command substitutions nested three thousand deep, in bounded time', () => {
    const text = `FROM python:3.12-slim\nRUN pip install --"${'"$('.repeat(3000)}date${')"'.repeat(3000)}"`;
    expect(parseDockerfile(text).runCommands[0].command.name).toBe('pip');
    expect(lintClean(text).ms).toBeLessThan(2000);
  });

  it('an && chain of four thousand commands; one of twenty thousand passes the shell budget', () => {
    const chain = (n: number) =>
      `FROM python:3.12-slim\nRUN ${Array.from({ length: n }, (_, i) => `echo ${i}`).join(' && ')}`;
    const model = parseDockerfile(chain(4_000));
    expect(model.runs[0].shell?.commands.length).toBe(4_000);
    // The chain is one statement of && links: a fix may still append to it.
    expect(model.runs[0].shell?.appendAfter?.args[0]?.value).toBe('3999');
    const over = parseDockerfile(chain(20_000));
    expect(over.runs[0].shell).toBeUndefined();
    expect(over.limits.map((l) => l.message)).toEqual([
      `the shell commands pass ${MAX_SHELL_TEXT / 1024} KB in all: this one is not analysed`,
    ]);
  });

  it('a megabyte of shell text, in bounded time', () => {
    // 150 RUNs of 1,400 nested defaults each: slow text for the shell parser, microseconds a character.
    const run = `RUN pip install -r /app/${'${A:-'.repeat(1_400)}\n`;
    const { ms, findings } = lintClean(`FROM python:3.12-slim\n${run.repeat(150)}`);
    expect(findings.filter((f) => f.ruleId === 'DS1047').map((f) => f.line)).toEqual([11]);
    expect(ms).toBeLessThan(1500);
  });

  it('thirty ENV lines of a thousand variables each, in bounded time', () => {
    // The scope was copied once per variable, each copy larger than the last.
    const line = (n: number) => `ENV ${Array.from({ length: 1_000 }, (_, i) => `V${n}_${i}=x`).join(' ')}`;
    const text = `FROM python:3.12-slim\n${Array.from({ length: 30 }, (_, n) => line(n)).join('\n')}\nRUN echo $V29_999\n`;
    const { ms } = lintClean(text);
    expect(parseDockerfile(text).runs[0].scope.get('V29_999')?.value).toBe('x');
    expect(ms).toBeLessThan(1500);
  });

  it('a megabyte of ENV words, in bounded time', () => {
    // 72 ENV lines of 7,000 words each: read as properties, half a million of them took 1.5 s.
    const env = `ENV FLASK_APP=app.${'( '.repeat(3_500)}x${' )'.repeat(3_500)}py\n`;
    const { ms, findings } = lintClean(`FROM python:3.12-slim\n${env.repeat(72)}CMD ["flask", "run"]\n`);
    expect(findings.filter((f) => f.ruleId === 'DS1047')).toHaveLength(72);
    expect(ms).toBeLessThan(1500);
  });

  it('`[` nested past the limit in a long word is not parsed as shell, in bounded time', () => {
    // tree-sitter's time grew with the nesting times the text around it: a second for this RUN.
    const word = `${'a'.repeat(20_000)}${'['.repeat(1_600)}x${']'.repeat(1_600)}${'a'.repeat(36_000)}`;
    const { ms, findings } = lintClean(`FROM python:3.12-slim\nRUN ${word} -m pytest\nRUN echo [[ok]]\n`);
    const notes = findings.filter((f) => f.ruleId === 'DS1047');
    expect(notes.map((f) => [f.line, f.column])).toEqual([[2, 5 + 20_000 + MAX_SHELL_NESTING]]);
    expect(ms).toBeLessThan(500);
  });
});

describe('variable expansion with a budget', () => {
  it('an ARG that doubles forty times stops at the budget, its value unknown', () => {
    const args = Array.from({ length: 40 }, (_, i) => `ARG A${i + 1}=\${A${i}}\${A${i}}`).join('\n');
    const text = `ARG A0=xxxxxxxxxx\nFROM python:3.12-slim\n${args.replace(/^ARG A1=/m, 'ARG A0\nARG A1=')}\nRUN echo $A40`;
    const model = parseDockerfile(text);
    const last = model.runs[0].scope.get('A40');
    expect(last?.value === undefined || last.value.length <= 2 * MAX_EXPANDED_LENGTH).toBe(true);
    lintClean(text);
  });

  it('defaults nested five thousand deep are not followed past the depth limit', () => {
    const word = `${'${A:-'.repeat(5000)}x${'}'.repeat(5000)}`;
    const t0 = performance.now();
    const expanded = expandVariables(word, new Map());
    expect(performance.now() - t0).toBeLessThan(500);
    expect(expanded.unknown).toBe(true);
    lintClean(`FROM python:3.12-slim\nARG X=${word}\nRUN echo $X`);
  });
});

describe('malformed lines', () => {
  it('a continuation followed by an escaped space does not crash the heredoc reader', () => {
    const { findings } = lintClean('FROM python:3.12-slim\nX \\\n\\ c\n');
    expect(findings.some((f) => /unknown instruction/.test(f.message))).toBe(true);
  });

  it('lines that start with a lone carriage return keep their positions', () => {
    const text = 'FROM python:3.12-slim\n\rEXPOSE 80000\n\rWORKDIR app\n\rRUN apt-get install curl\n';
    const { findings } = lintClean(text);
    const expose = findings.find((f) => f.ruleId === 'DS1040');
    expect(expose?.line).toBe(2);
    expect(findings.find((f) => f.ruleId === 'DS1039')?.line).toBe(3);
  });

  it('a carriage return at the very end of the file stays inside its line', () => {
    const { findings } = lintClean('FROM python:3.12-slim\nRUN pip install flask\nUSER root\r');
    expect(findings.some((f) => f.line === 3)).toBe(true);
  });

  it('a NUL inside a long shell-form command, in bounded time', () => {
    // A 96 KB CMD with one NUL byte took tree-sitter 2-3 s to parse; the NUL is read as a space.
    const word = `a${'a'.repeat(25_000)}\0${'a'.repeat(1_700)}${'['.repeat(1_400)}x${']'.repeat(1_400)}${'a'.repeat(66_000)}`;
    const text = `FROM python:3.12-slim\nCMD ["uvicorn", "api.main:${word}", "--host", "0.0.0.0"]\nRUN echo ${word}\n`;
    expect(lintClean(text).ms).toBeLessThan(1000);
  });
});
