import { describe, expect, it } from 'vitest';
import { initShellParser, parseDockerfile } from '../../src/dockerfile/index.js';
import { knownValueFlags } from '../../src/dockerfile/shell-query.js';
import { packageManager, packageManagerOf, packageManagers } from '../../src/knowledge/package-managers.js';
import { isPipProgram } from '../../src/knowledge/pip.js';
import { cleansCache } from '../../src/lint/helpers/packages.js';

describe('knowledge: package managers', () => {
  it('finds the manager a program runs', () => {
    expect(packageManagerOf('apt')?.name).toBe('apt-get');
    expect(packageManagerOf('mamba')?.name).toBe('conda');
    expect(packageManagerOf('pip3.12')?.name).toBe('pip');
    expect(packageManagerOf('curl')).toBeUndefined();
    expect(isPipProgram('pipx')).toBe(false);
    expect(() => packageManager('aptitude')).toThrow(/no package manager named aptitude/);
  });

  it('keeps each entry consistent: yes and pin subcommands, a fix for every clean command', () => {
    for (const m of packageManagers) {
      expect(m.programs.length, m.name).toBeGreaterThan(0);
      if (m.yes) expect(m.yes.flags.length, m.name).toBeGreaterThan(0);
      for (const d of m.cacheDirs) expect(d, m.name).toMatch(/^\/[^*]*[^/]$/);
      for (const p of m.programs) expect(knownValueFlags[p], p).toEqual(m.valueFlags);
    }
    expect(packageManager('pip').pin?.pinned('fastapi==0.115.0')).toBe(true);
    expect(packageManager('pip').pin?.pinned('fastapi')).toBe(false);
    expect(packageManager('dnf').pin?.pinned('httpd-2.4.6')).toBe(true);
    expect(packageManager('npm').pin?.pinned('github:org/repo')).toBe(false);
    expect(packageManager('npm').pin?.pinned('github:org/repo#v1')).toBe(true);
  });

  it('recognises each clean command from its table entry', async () => {
    await initShellParser();
    const cmd = (text: string) => parseDockerfile(`FROM x\nRUN ${text}`).runCommands[0].command;
    expect(cleansCache(cmd('dnf clean all'), packageManager('dnf'))).toBe(true);
    expect(cleansCache(cmd('dnf clean packages'), packageManager('dnf'))).toBe(false);
    expect(cleansCache(cmd('zypper cc'), packageManager('zypper'))).toBe(true);
    expect(cleansCache(cmd('yarn cache clean'), packageManager('yarn'))).toBe(true);
    expect(cleansCache(cmd('npm cache clean --force'), packageManager('npm'))).toBe(true);
    expect(cleansCache(cmd('conda clean -afy'), packageManager('conda'))).toBe(true);
    expect(cleansCache(cmd('yum clean all'), packageManager('dnf'))).toBe(false);
  });
});
