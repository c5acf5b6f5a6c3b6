import { beforeAll, describe, expect, it } from 'vitest';
import {
  expandVariables,
  initShellParser,
  MAX_EXPANDED_LENGTH,
  MAX_SHELL_NESTING,
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

  it('an && chain of twenty thousand commands', () => {
    const text = `FROM python:3.12-slim\nRUN ${Array.from({ length: 20_000 }, (_, i) => `echo ${i}`).join(' && ')}`;
    const model = parseDockerfile(text);
    expect(model.runs[0].shell?.commands.length).toBe(20_000);
    // The chain is one statement of && links: a fix may still append to it.
    expect(model.runs[0].shell?.appendAfter?.args[0]?.value).toBe('19999');
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
});
