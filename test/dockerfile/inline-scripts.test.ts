import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser, parseDockerfile, withInlineScripts } from '../../src/dockerfile/index.js';
import { MAX_INLINE_DEPTH } from '../../src/dockerfile/shell-inline.js';
import { lintTextSync, rules } from '../../src/lint/index.js';

beforeAll(() => initShellParser());

const at = (r: { start: { line: number; column: number } }) => `${r.start.line}:${r.start.column}`;

describe('scripts in sh -c, bash -c and su -c strings', () => {
  it('parses the string as a script of its own, each word at its place inside the string', () => {
    const m = parseDockerfile(
      "FROM python:3.12-slim\nRUN sh -c 'apt-get update && apt-get install curl' && echo done",
    );
    const shell = m.runs[0].shell!;
    expect(shell.commands.map((c) => [c.name, at(c.range), c.nested, c.operator ?? ''])).toEqual([
      ['sh', '2:5', false, ''],
      ['apt-get', '2:12', true, ''],
      ['apt-get', '2:30', true, '&&'],
      ['echo', '2:55', false, '&&'],
    ]);
    const inner = shell.commands[0].script!;
    expect(inner.program).toBe('sh');
    expect(inner.commands.map((c) => c.args.map((a) => `${a.value}@${at(a.range)}`))).toEqual([
      ['update@2:20'],
      ['install@2:38', 'curl@2:46'],
    ]);
    // Fixes never edit inside the string.
    expect(shell.opaque.map(at)).toContain('2:11');
  });

  it('maps a double-quoted string with escapes and line continuations', () => {
    const m = parseDockerfile(
      'FROM python:3.12-slim\nRUN bash -lc "echo \\"a b\\" && \\\n  pip install flask"',
    );
    const inner = m.runs[0].shell!.commands[0].script!;
    expect(inner.program).toBe('bash');
    expect(inner.text).toBe('echo "a b" &&   pip install flask');
    expect(inner.commands.map((c) => `${c.name}@${at(c.range)}`)).toEqual(['echo@2:15', 'pip@3:3']);
    expect(inner.commands[1].args.map((a) => at(a.range))).toEqual(['3:7', '3:15']);
  });

  it('reads su and runuser strings as sh', () => {
    const m = parseDockerfile(
      "FROM python:3.12-slim\nRUN su app -s /bin/sh -c 'pip install requests' && runuser -u app -c 'ls /srv'",
    );
    const scripts = withInlineScripts(m.runs[0].shell!);
    expect(scripts.map((s) => [s.script.program, s.commands.map((c) => c.name).join(' ')])).toEqual([
      ['sh', 'su runuser'],
      ['sh', 'pip'],
      ['sh', 'ls'],
    ]);
  });

  it('reads strings in strings to a bounded depth', () => {
    // Six levels of `sh -c "…"`, each escaping the next as shell double quotes do.
    let script = 'ls';
    for (let i = 0; i < 6; i++) script = `sh -c ${JSON.stringify(script)}`;
    const m = parseDockerfile(`FROM python:3.12-slim\nRUN ${script}`);
    const scripts = withInlineScripts(m.runs[0].shell!);
    expect(scripts).toHaveLength(1 + MAX_INLINE_DEPTH);
    expect(scripts.map((s) => s.commands.map((c) => c.name).join(' '))).toEqual(Array(5).fill('sh'));
  });

  it('leaves a string that is not a -c script alone', () => {
    const m = parseDockerfile(
      "FROM python:3.12-slim\nRUN echo 'apt-get install x' && sh script.sh -c 'x' && bash -c \"$CMD\"",
    );
    expect(m.runs[0].shell!.commands.filter((c) => c.script).map((c) => c.name)).toEqual(['bash']);
    // `bash -c "$CMD"` is read with $CMD as written: the outer shell expands it, whatever it holds.
    expect(m.runs[0].shell!.commands.map((c) => c.name)).toEqual(['echo', 'sh', 'bash', '$CMD']);
  });

  it('lets the apt and pip rules see inside, at positions in the string, as suggestions', () => {
    const text =
      "FROM python:3.12-slim\nRUN sh -c 'apt-get update && apt-get install curl' \\\n && su nobody -c 'pip install flask==3.0.0'";
    const found = lintTextSync(text, {
      rules: rules.filter((r) => ['DS2001', 'DS2004'].includes(r.id)),
    }).findings;
    expect(
      found.map(
        (f) => `${f.line}:${f.column} ${f.ruleId} ${f.fix ? 'fix' : f.suggestion ? 'suggestion' : ''}`,
      ),
    ).toEqual(['2:30 DS2001 suggestion', '3:19 DS2004 suggestion']);
  });
});

describe('# hadolint shell= pragma', () => {
  it('sets the shell from there on, as SHELL does; before the first FROM, for every stage', () => {
    const m = parseDockerfile(
      [
        '# hadolint shell=powershell',
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
        'RUN Get-ChildItem $env:TEMP',
        'FROM python:3.12-slim AS linux',
        '# hadolint shell=bash',
        'RUN echo $HOME',
      ].join('\n'),
    );
    expect(m.runs.map((r) => r.shell?.program)).toEqual([undefined, 'bash']);
  });

  it('leaves a stage after it with sh when it came inside an earlier stage', () => {
    const m = parseDockerfile(
      'FROM python:3.12-slim\n# hadolint shell=pwsh\nRUN Write-Host hi\nFROM python:3.12-slim\nRUN echo hi',
    );
    expect(m.runs.map((r) => r.shell?.program)).toEqual([undefined, 'sh']);
  });
});
