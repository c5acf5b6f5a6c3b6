import { describe, expect, it } from 'vitest';
import {
  isPosixShell,
  isShell,
  programName,
  scriptFlagIndex,
  shebangProgram,
} from '../../src/knowledge/shells.js';

describe('knowledge: shells', () => {
  it('names a program by its base name, with or without a folder or .exe', () => {
    expect(programName('/usr/bin/bash')).toBe('bash');
    expect(programName('C:\\Windows\\System32\\cmd.exe')).toBe('cmd');
    expect(programName('sh')).toBe('sh');
  });

  it('tells POSIX shells from other shells and from programs', () => {
    for (const s of ['sh', '/bin/sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', '/bin/busybox'])
      expect(isPosixShell(s), s).toBe(true);
    for (const s of ['pwsh', 'powershell', 'cmd.exe', 'fish', 'python3', 'tini'])
      expect(isPosixShell(s), s).toBe(false);
    expect(isShell('pwsh')).toBe(true);
    expect(isShell('uvicorn')).toBe(false);
  });

  it('finds -c alone or bundled, only after a POSIX shell', () => {
    expect(scriptFlagIndex(['/bin/bash', '-o', 'pipefail', '-c'])).toBe(3);
    expect(scriptFlagIndex(['sh', '-ec', 'x'])).toBe(1);
    expect(scriptFlagIndex(['sh', '-lxc', 'x'])).toBe(1);
    expect(scriptFlagIndex(['sh', 'script.sh'])).toBe(-1);
    expect(scriptFlagIndex(['python', '-c', 'print(1)'])).toBe(-1);
    expect(scriptFlagIndex([])).toBe(-1);
  });

  it('reads the interpreter of a #! line, through env', () => {
    expect(shebangProgram('#!/bin/sh\nset -e')).toBe('sh');
    expect(shebangProgram('#!/usr/bin/env bash')).toBe('bash');
    expect(shebangProgram('#! /usr/bin/env python3')).toBe('python3');
    expect(shebangProgram('echo hi')).toBeUndefined();
  });
});

describe('heredoc RUN scripts are parsed as shell by their #! line', () => {
  it('parses sh-family scripts (ksh too, since the shells table) and leaves others alone', async () => {
    const { initShellParser, parseDockerfile } = await import('../../src/dockerfile/index.js');
    await initShellParser();
    const commands = (interpreter: string) =>
      parseDockerfile(`FROM debian:12\nRUN <<EOF\n#!${interpreter}\napt-get install -y curl\nEOF\n`, {
        file: 'Dockerfile',
      }).runCommands.map((c) => c.command.name);
    expect(commands('/bin/sh')).toEqual(['apt-get']);
    expect(commands('/usr/bin/env bash')).toEqual(['apt-get']);
    // Changed: ksh was not recognised by the old pattern.
    expect(commands('/bin/ksh')).toEqual(['apt-get']);
    expect(commands('/usr/bin/env python3')).toEqual([]);
  });
});
