// Shells as Dockerfiles meet them: in SHELL, in exec-form `["sh", "-c", "…"]` wrappers, in heredoc
// shebangs and as PID 1. Sources: the Dockerfile reference (SHELL, shell and exec forms), POSIX
// sh(1), and the shells' own manuals (bash, dash, ash/busybox, zsh, ksh/mksh; PowerShell and cmd
// for Windows images).

/** Shells that read POSIX sh syntax: dockspec parses their scripts with its bash grammar. */
export const posixShells: readonly string[] = ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox'];

/** Shells whose scripts are not sh syntax: their RUN lines are not parsed as shell. */
export const otherShells: readonly string[] = ['pwsh', 'powershell', 'cmd', 'fish', 'csh', 'tcsh', 'nu'];

/** Of the POSIX shells, those with `set -o pipefail` (dash and busybox ash have had it only lately). */
export const pipefailShells: readonly string[] = ['bash', 'zsh', 'ksh', 'mksh'];

/**
 * Shells that replace themselves with the last simple command of a `-c` script (so a bare
 * `sh -c "uvicorn …"` still makes the server PID 1): bash, zsh and ksh93 do; dash, Debian's sh, does not.
 */
export const execsLastCommand: readonly string[] = ['bash', 'zsh', 'ksh'];

/** A program's name without its folder and a Windows `.exe`: `/usr/bin/bash` → `bash`. */
export function programName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '');
}

export const isPosixShell = (program: string): boolean => posixShells.includes(programName(program));

export const isShell = (program: string): boolean =>
  isPosixShell(program) || otherShells.includes(programName(program).toLowerCase());

/**
 * Where the script option stands in a shell's argv: `-c`, or `-c` bundled with others (`-ec`,
 * `-lc`, `-exc`), as `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` and `["sh", "-ec", "…"]` write
 * it. -1 when the argv runs no `-c` script.
 */
export function scriptFlagIndex(argv: readonly string[]): number {
  if (argv.length === 0 || !isPosixShell(argv[0])) return -1;
  return argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
}

/** The interpreter a `#!` line names (`#!/usr/bin/env bash` → `bash`), if any. */
export function shebangProgram(line: string): string | undefined {
  const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(line);
  if (!m) return undefined;
  return programName(m[1]) === 'env' && m[2] ? programName(m[2]) : programName(m[1]);
}

/**
 * The shebang shell ShellCheck checks a script of this shell as (it knows sh, bash, dash and ksh;
 * busybox runs its `sh` applet, mksh is a ksh). Undefined for shells ShellCheck does not read (zsh).
 */
export function shellcheckDialect(program: string): string | undefined {
  const name = programName(program);
  if (name === 'busybox') return 'sh';
  if (name === 'mksh') return 'ksh';
  return ['sh', 'bash', 'dash', 'ksh', 'ash'].includes(name) ? name : undefined;
}

/**
 * Commands other than shells that run a command string through a shell, and the flag before it:
 * `su app -c '…'`, `runuser -u app -c '…'` (the user's login shell, sh-compatible).
 */
const commandStringFlags: Readonly<Record<string, string>> = { su: '-c', runuser: '-c' };

export const commandStringFlag = (program: string): string | undefined =>
  commandStringFlags[programName(program)];

export const commandStringRunners: readonly string[] = Object.keys(commandStringFlags);
