// What ShellCheck's quoting checks take for granted, so that dockspec's own checks of them report
// what `shellcheck` reports. Sources: the ShellCheck wiki pages SC2086, SC2046, SC2016, SC2155 and
// SC2164, the bash manual (Shell Variables, Declaration commands), and hadolint's Shell module
// (the variables it declares before it hands a RUN to ShellCheck).

/**
 * Variables whose value never holds whitespace or a glob character: `$?`, `$#`, `$$`, bash's
 * counters and ids. An unquoted `$?` is safe.
 */
export const wordlessVariables: ReadonlySet<string> = new Set([
  '$',
  '-',
  '?',
  '!',
  '#',
  'BASHPID',
  'BASH_ARGC',
  'BASH_LINENO',
  'BASH_SUBSHELL',
  'EUID',
  'EPOCHREALTIME',
  'EPOCHSECONDS',
  'LINENO',
  'OPTIND',
  'PPID',
  'RANDOM',
  'SECONDS',
  'SHELLOPTS',
  'SHLVL',
  'SRANDOM',
  'UID',
  'COLUMNS',
  'HISTFILESIZE',
  'HISTSIZE',
  'LINES',
]);

/**
 * Docker's predefined proxy build args, which a RUN may use without declaring them. hadolint
 * declares these (not ALL_PROXY) for every RUN besides the stage's ARG and ENV names, so a RUN may
 * use them unquoted without a finding.
 */
export const declaredProxyVariables: readonly string[] = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
];

/**
 * Shells whose declaration builtins (`export A=$x`, `local A=$(…)`) keep the assigned value whole,
 * as an assignment does. In POSIX sh (dash, busybox ash) the value is split like any argument.
 */
export const wholeDeclarationShells: readonly string[] = ['bash', 'zsh', 'ksh', 'mksh'];

/** Commands whose output is meant to be split into words: `for i in $(seq 1 5)`, `kill $(pgrep x)`. */
export const splitOutputCommands: readonly string[] = ['seq', 'pgrep'];

/**
 * Commands that pass a single-quoted argument to another interpreter, where `$x` is meant to be
 * expanded later: `sh -c '…'`, `awk '{print $1}'`, `trap '…' EXIT`. `awk` and `perl` match by suffix
 * and prefix (`gawk`, `perl5.36`).
 */
export const laterExpandingCommands: readonly string[] = [
  'trap',
  'sh',
  'bash',
  'ksh',
  'zsh',
  'ssh',
  'eval',
  'xprop',
  'alias',
  'sudo',
  'docker',
  'podman',
  'dpkg-query',
  'jq',
  'rename',
  'rg',
  'unset',
  'git filter-branch',
  'mumps -run %XCMD',
  'mumps -run LOOP%XCMD',
];

/** Builtins that leave the script's working directory (or its stack) changed: unchecked, a failure goes on elsewhere. */
export const directoryChangers: readonly string[] = ['cd', 'pushd', 'popd'];

/** Commands that print their arguments rather than read them as options and files: a leading glob is harmless. */
export const printingCommands: readonly string[] = ['echo', 'printf'];

/** Arguments after which a command reads no more options (`--`; GNU parallel's `:::` and `::::`). */
export const endOfOptions: readonly string[] = ['--', ':::', '::::'];

/** The ShellCheck wiki's page for a code (`SC2086`): what SARIF gives as the finding's help. */
export const shellcheckWikiUrl = (code: string): string =>
  `https://www.shellcheck.net/wiki/${code.toUpperCase()}`;
