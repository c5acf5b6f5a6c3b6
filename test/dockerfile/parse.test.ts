import { beforeAll, describe, expect, it } from 'vitest';
import {
  expandVariables,
  flagValue,
  hasArg,
  hasFlag,
  initShellParser,
  parseDockerfile,
  parseDockerignore,
  parseImageRef,
  positionalArgs,
  subcommand,
  usingProgram,
} from '../../src/dockerfile/index.js';

beforeAll(() => initShellParser());

const at = (r: { start: { line: number; column: number } }) => `${r.start.line}:${r.start.column}`;

describe('parseDockerfile: stages and variables', () => {
  it('expands global ARG defaults in FROM and names stages', () => {
    const m = parseDockerfile(
      'ARG PY=3.12\nARG BASE\nFROM python:${PY}-slim AS Build\nFROM build AS test\nFROM ${BASE}',
    );
    expect(m.stages.map((s) => [s.name, s.rawName, s.resolvedImage, s.imageUnknown])).toEqual([
      ['build', 'Build', 'python:3.12-slim', false],
      ['test', 'test', 'build', false],
      [undefined, undefined, '', true],
    ]);
    expect(m.stages[1].baseStage).toBe(m.stages[0]);
    expect(m.globalArgs.map((a) => a.args[0].value)).toEqual(['PY=3.12', 'BASE']);
  });

  it('scopes ARG and ENV per stage; ENV carries into child stages, ARG does not', () => {
    const m = parseDockerfile(
      'ARG V=1\nFROM a:1 AS one\nARG V\nENV E=$V X=2\nARG TARGETARCH\nRUN true\nFROM one\nRUN true',
    );
    const run1 = m.stages[0].instructions.find((i) => i.keyword === 'RUN')!;
    expect(run1.scope.get('V')).toMatchObject({ value: '1', source: 'arg' });
    expect(run1.scope.get('E')).toMatchObject({ value: '1', source: 'env', line: 4 });
    expect(run1.scope.get('TARGETARCH')).toMatchObject({ source: 'automatic', value: undefined });
    const run2 = m.stages[1].instructions[0];
    expect(run2.scope.get('E')?.value).toBe('1');
    expect(run2.scope.has('V')).toBe(false);
    expect(m.globalScope.has('BUILDPLATFORM')).toBe(true);
  });

  it('ENV k=v reads values from before the instruction, like BuildKit', () => {
    const m = parseDockerfile('FROM a:1\nENV A=1\nENV A=2 B=$A\nRUN true');
    expect(m.stages[0].instructions[2].scope.get('B')?.value).toBe('1');
  });

  it('expandVariables: defaults, alternatives, escapes and undefined names', () => {
    const scope = new Map([['A', { name: 'A', value: 'x', source: 'env' as const }]]);
    expect(expandVariables('$A-${A}-${B:-d}-${A:+alt}-${B+no}-\\$A-$C', scope)).toMatchObject({
      value: 'x-x-d-alt--$A-',
      undefinedNames: ['C'],
    });
  });
});

describe('parseDockerfile: instruction forms', () => {
  it('tells exec form, shell form and an invalid exec array apart', () => {
    const m = parseDockerfile(
      `FROM a:1\nCMD ["a", "b c"]\nCMD ['a']\nENTRYPOINT run it\nHEALTHCHECK CMD ["x"]\nHEALTHCHECK NONE`,
    );
    const [, cmd1, cmd2, ep, hc1, hc2] = m.instructions;
    expect([cmd1.form, cmd2.form, ep.form, hc1.form, hc2.form]).toEqual([
      'exec',
      'shell',
      'shell',
      'exec',
      'none',
    ]);
    expect(cmd1.exec?.items.map((i) => [i.value, at(i.range)])).toEqual([
      ['a', '2:6'],
      ['b c', '2:11'],
    ]);
    expect(cmd2.exec).toMatchObject({ valid: false });
    expect(hc1.exec?.items[0].value).toBe('x');
  });

  it('keeps flags with positions and the arguments after them', () => {
    const m = parseDockerfile('FROM --platform=$BUILDPLATFORM a:1\nCOPY --from=b --chown=1:1 x y /z/');
    const copy = m.instructions[1];
    expect(copy.flags.map((f) => [f.name, f.value, at(f.range)])).toEqual([
      ['from', 'b', '2:6'],
      ['chown', '1:1', '2:15'],
    ]);
    expect(copy.args.map((a) => a.value)).toEqual(['x', 'y', '/z/']);
    expect(m.stages[0].platform).toBe('$BUILDPLATFORM');
  });

  it('parses ONBUILD triggers as instructions of their own', () => {
    const m = parseDockerfile('FROM a:1\nONBUILD RUN apt-get install x');
    const trigger = m.instructions[1].trigger!;
    expect(trigger).toMatchObject({ keyword: 'RUN', onbuild: true });
    expect(m.runs).toEqual([trigger]);
    expect(m.runCommands.map((c) => at(c.command.range))).toEqual(['2:13']);
  });

  it('reports unknown instructions and unterminated heredocs as problems, never throws', () => {
    const m = parseDockerfile('FROM a:1\nRUNN x\nRUN <<EOF\necho');
    expect(m.problems.map((p) => [p.message.split(':')[0], at(p.range)])).toEqual([
      ['heredoc <<EOF is never closed', '3:5'],
      ['unknown instruction', '2:1'],
    ]);
  });

  it('applies lineOffset to every position', () => {
    const m = parseDockerfile('FROM a:1\nRUN apt-get install x', { lineOffset: 10, file: 'README.md' });
    expect(m.file).toBe('README.md');
    expect(at(m.instructions[1].range)).toBe('12:1');
    expect(at(m.runCommands[0].command.args[0].range)).toBe('12:13');
    expect(m.lineText(12)).toBe('RUN apt-get install x');
  });
});

describe('shell model', () => {
  it('maps words across continuations and drops comment lines, as the builder does', () => {
    const m = parseDockerfile(
      'FROM a:1\nRUN apt-get update && \\\n    # why\n    apt-get install -y "curl" \\\n  | tee log',
    );
    const cmds = m.runCommands.map((c) => c.command);
    expect(cmds.map((c) => c.name)).toEqual(['apt-get', 'apt-get', 'tee']);
    expect(cmds[1].args.map((w) => [w.value, at(w.range)])).toEqual([
      ['install', '4:13'],
      ['-y', '4:21'],
      ['curl', '4:24'],
    ]);
    expect(cmds[1].inPipeline).toBe(true);
    expect(m.runs[0].shell?.hasPipes).toBe(true);
  });

  it('parses a heredoc RUN body as the script, and a heredoc fed to a program as data', () => {
    const m = parseDockerfile(
      'FROM a:1\nRUN <<EOF\nset -e\npip install x\nEOF\nRUN python3 <<EOF\nimport os\nEOF',
    );
    expect(m.runs[0].shell?.commands.map((c) => `${c.name}@${at(c.range)}`)).toEqual(['set@3:1', 'pip@4:1']);
    expect(m.runs[1].shell?.commands.map((c) => c.name)).toEqual(['python3']);
  });

  it('query helpers: programs, bundled flags, flag values, subcommands', () => {
    const m = parseDockerfile(
      'FROM a:1\nRUN /usr/bin/apt-get -qy -o Dpkg::Use-Pty=0 install --no-install-recommends curl=7.* && uvicorn app:app --port=80',
    );
    const [apt, uv] = m.runCommands.map((c) => c.command);
    expect(usingProgram(apt, 'apt-get')).toBe(true);
    expect(hasFlag(apt, '-y')).toBe(true);
    expect(hasFlag(apt, '-f')).toBe(false);
    expect(hasFlag(apt, '--no-install-recommends')).toBe(true);
    expect(subcommand(apt)?.value).toBe('install');
    expect(positionalArgs(apt).map((w) => w.value)).toEqual(['install', 'curl=7.*']);
    expect(hasArg(uv, 'app:app')).toBe(true);
    const port = flagValue(uv, '--port')!;
    expect([port.value, at(port.range)]).toEqual(['80', '2:112']);
  });

  it('records how each command is joined to the previous one', () => {
    const m = parseDockerfile('FROM a:1\nRUN set -o pipefail; a 2>&1 | b && c || d \\\n  ; f $(g) && h');
    expect(m.runCommands.map(({ command: c }) => `${c.operator ?? '-'} ${c.name}`)).toEqual([
      '- set',
      '; a',
      '| b',
      '&& c',
      '|| d',
      '; f',
      '- g',
      '&& h',
    ]);
  });

  it('records a shell syntax error with its position', () => {
    const m = parseDockerfile('FROM a:1\nRUN if then; fi (');
    expect(m.runs[0].shell?.error).toBeDefined();
  });
});

describe('image references and .dockerignore', () => {
  it('splits registry, name, tag and digest', () => {
    expect(parseImageRef('localhost:5000/org/app:1.2@sha256:abc')).toEqual({
      registry: 'localhost:5000',
      name: 'org/app',
      tag: '1.2',
      digest: 'sha256:abc',
    });
    expect(parseImageRef('python')).toEqual({
      registry: undefined,
      name: 'python',
      tag: undefined,
      digest: undefined,
    });
  });

  it('matches like docker build and names the excluding pattern', () => {
    const ig = parseDockerignore('# c\n.git\n*.md\n!README.md\ndocs/\n**/__pycache__\n');
    expect(ig.ignores('README.md')).toBe(false);
    expect(ig.ignores('CHANGES.md')).toBe(true);
    expect(ig.ignores('./docs/x.txt')).toBe(true);
    expect(ig.ignores('app/__pycache__/a.pyc')).toBe(true);
    expect(ig.excludedBy('CHANGES.md')).toEqual({ pattern: '*.md', negated: false, line: 3 });
    expect(ig.excludedBy('app/main.py')).toBeUndefined();
  });
});
