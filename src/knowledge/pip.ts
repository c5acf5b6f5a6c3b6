// pip's command line: the options that take a value, what a pinned package word looks like, and the
// words and packages pin advice treats apart. Source: pip's CLI reference (`pip install --help`) and
// uv's `uv pip` reference.

/** pip's options that take a value (uv pip's extras are in `uvPipValueFlags`). */
export const pipValueFlags: readonly string[] = [
  ...['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url'],
  ...['--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--src'],
  ...['--trusted-host', '--cache-dir', '--python', '--platform', '--python-version', '--implementation'],
  ...['--abi', '--progress-bar', '--log', '--no-binary', '--only-binary', '--upgrade-strategy', '-C'],
  ...['--config-settings', '--global-option', '--proxy', '--timeout', '--retries', '--exists-action'],
  ...['--cert', '--client-cert', '--report', '--root-user-action', '--keyring-provider', '--use-feature'],
  ...['--use-deprecated', '--log-file'],
];

// pip's package words that name a version: a specifier, a direct reference or a built archive.
export const pipPinned = (v: string) => /(===?|~=|!=|<=?|>=?|@)/.test(v) || /\.(whl|tar\.gz|zip)$/.test(v);

/** `pip`, `pip3`, `pip3.12`. */
export const isPipProgram = (program: string): boolean => /^pip[0-9.]*$/.test(program);

/** uv's `uv pip …` interface takes pip's options plus these. */
export const uvPipValueFlags: readonly string[] = [
  ...['-p', '--index', '--default-index', '--index-strategy', '--resolution', '--prerelease'],
  ...['--exclude-newer', '--link-mode', '--keyring-provider', '--python-platform', '--overrides'],
];

/** Options of pip that make the named packages follow a constraints file (their pins). */
export const pipConstraint = { flags: ['-c', '--constraint', '--overrides'], env: 'PIP_CONSTRAINT' } as const;

/** Packages pip itself upgrades as tooling, which pin advice leaves alone. */
export const pipToolchain: ReadonlySet<string> = new Set(['pip', 'setuptools', 'wheel']);

/**
 * Words people write after `pip install` meaning pip's own commands or options (`pip install upgrade
 * pip`): pip takes them for package names. Each with what was meant ('' when nothing was).
 */
export const pipCommandWords: ReadonlyMap<string, string> = new Map([
  ['update', '--upgrade'],
  ['upgrade', '--upgrade'],
  ['install', ''],
  ['uninstall', 'pip uninstall'],
  ['requirements', '-r requirements.txt'],
]);
