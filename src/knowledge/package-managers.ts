// Package managers a Dockerfile runs: which subcommands install, which prompt and the flags that
// answer, how each empties its cache and where the cache lives (for `rm -rf` and cache mounts),
// which package words name a version, and the options that take a value. Sources: the managers'
// manual pages (apt-get(8), apk(8), dnf(8), yum(8), microdnf --help, tdnf, zypper(8)), pip's and
// uv's CLI references, Poetry's and pipenv's docs, conda's CLI reference, npm, yarn and gem help,
// and the cache locations in Docker's "Optimize cache usage" guide. pip's own options are in pip.ts.

import { isPipProgram, pipPinned, pipValueFlags } from './pip.js';

export interface PackageManager {
  name: string;
  /** The programs that run it (`apt` is apt-get's interactive front end, with the same options). */
  programs: readonly string[];
  /** True for the distribution's package manager (its packages are the system's, not the app's). */
  system: boolean;
  /** Subcommands that download packages (installs, upgrades) into the cache or the image. */
  installs: readonly string[];
  /** Subcommands that only refresh the package index. */
  refresh?: readonly string[];
  /** Subcommands that ask for confirmation, the flags that answer it (the first is added by fixes). */
  yes?: { subs: readonly string[]; flags: readonly string[] };
  /** Flags and environment variable that keep the cache out of the layer. */
  noCache?: { flags: readonly string[]; env?: string };
  /** The command that empties the cache: `<program> <sub> [args]`, and the text fixes append. */
  clean?: { subs: readonly string[]; args?: readonly string[]; fix: string };
  /** Where the package index lives when it is not the cache (apt's lists). */
  indexDir?: string;
  /** Cache directories for root (removing one, or a cache mount on one, keeps it out of a layer). */
  cacheDirs: readonly string[];
  /**
   * Subcommands whose named packages should carry a version, and how a pinned word looks; `module`
   * for `<program> module install <name:stream>` (dnf, yum, microdnf modularity), where the stream pins.
   */
  pin?: { subs: readonly string[]; pinned: (word: string) => boolean; module?: (word: string) => boolean };
  /** Options that take the next word as their value. */
  valueFlags: readonly string[];
}

// rpm package words: `httpd-2.4.6`, a local `.rpm` file, or a `@group`/module (`@nodejs:20`).
const rpmPinned = (v: string) => /-\d/.test(v) || /\.rpm$/.test(v) || v.startsWith('@');
// A module to `module install` names its stream: `nodejs:20`, `nodejs:20/minimal`.
const rpmModulePinned = (v: string) => v.includes(':');
const rpmValueFlags = ['-c', '--config', '--enablerepo', '--disablerepo', '--installroot', '--releasever'];
// dnf's commands that download packages, with their short aliases (`dnf up`, `dnf rei`, `dnf up-min`).
const dnfInstalls = [
  ...['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'rei', 'update', 'upgrade', 'up'],
  ...['upgrade-minimal', 'up-min', 'downgrade', 'dg', 'distro-sync', 'dsync'],
];
const dnfYes = {
  subs: ['install', 'groupinstall', 'localinstall', 'reinstall', 'rei', 'in'],
  flags: ['-y', '--assumeyes'],
};

export const packageManagers: readonly PackageManager[] = [
  {
    name: 'apt-get',
    system: true,
    programs: ['apt-get', 'apt'],
    installs: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep'],
    refresh: ['update'],
    yes: { subs: ['install'], flags: ['-y', '--yes', '--assume-yes'] },
    // The lists are what a RUN leaves; the official Debian images' docker-clean hook drops .debs.
    clean: { subs: [], fix: 'rm -rf /var/lib/apt/lists/*' },
    indexDir: '/var/lib/apt/lists',
    cacheDirs: ['/var/cache/apt'],
    pin: { subs: ['install'], pinned: (v) => v.includes('=') || /\.deb$/.test(v) },
    valueFlags: ['-o', '--option', '-c', '--config-file', '-t', '--target-release'],
  },
  {
    name: 'apk',
    system: true,
    programs: ['apk'],
    installs: ['add', 'upgrade'],
    refresh: ['update'],
    noCache: { flags: ['--no-cache'] },
    cacheDirs: ['/var/cache/apk', '/etc/apk/cache'],
    pin: { subs: ['add'], pinned: (v) => /[=~<>]/.test(v) || /\.apk$/.test(v) },
    valueFlags: ['-X', '--repository', '-p', '--root', '--virtual', '-t'],
  },
  {
    name: 'dnf',
    system: true,
    programs: ['dnf'],
    installs: dnfInstalls,
    refresh: ['makecache'],
    yes: dnfYes,
    clean: { subs: ['clean'], args: ['all'], fix: 'dnf clean all' },
    // dnf5 (Fedora 41+) keeps its cache in /var/cache/libdnf5.
    cacheDirs: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'],
    pin: { subs: ['install', 'reinstall', 'in'], pinned: rpmPinned, module: rpmModulePinned },
    valueFlags: rpmValueFlags,
  },
  {
    // Photon OS's dnf work-alike.
    name: 'tdnf',
    system: true,
    programs: ['tdnf'],
    installs: dnfInstalls,
    yes: dnfYes,
    clean: { subs: ['clean'], args: ['all'], fix: 'tdnf clean all' },
    cacheDirs: ['/var/cache/tdnf'],
    pin: { subs: ['install', 'reinstall', 'in'], pinned: rpmPinned, module: rpmModulePinned },
    valueFlags: rpmValueFlags,
  },
  {
    // The minimal images' dnf. It assumed yes until EL8; on EL9 (UBI 9, Oracle Linux 9) it prompts
    // like dnf unless given -y.
    name: 'microdnf',
    system: true,
    programs: ['microdnf'],
    installs: ['install', 'reinstall', 'update', 'upgrade'],
    yes: { subs: ['install', 'reinstall'], flags: ['-y', '--assumeyes'] },
    clean: { subs: ['clean'], args: ['all'], fix: 'microdnf clean all' },
    cacheDirs: ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'],
    pin: { subs: ['install', 'reinstall', 'in'], pinned: rpmPinned, module: rpmModulePinned },
    valueFlags: rpmValueFlags,
  },
  {
    name: 'yum',
    system: true,
    programs: ['yum'],
    installs: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade'],
    refresh: ['makecache'],
    yes: { subs: ['install', 'groupinstall', 'localinstall', 'reinstall'], flags: ['-y', '--assumeyes'] },
    clean: { subs: ['clean'], args: ['all'], fix: 'yum clean all' },
    cacheDirs: ['/var/cache/yum'],
    pin: { subs: ['install', 'reinstall'], pinned: rpmPinned, module: rpmModulePinned },
    valueFlags: rpmValueFlags,
  },
  {
    name: 'zypper',
    system: true,
    programs: ['zypper'],
    installs: ['install', 'in', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si'],
    refresh: ['refresh', 'ref'],
    // -n/--non-interactive is global (before the command); -y/--no-confirm belongs to the command.
    yes: {
      subs: ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up'],
      flags: ['-y', '--no-confirm', '-n', '--non-interactive'],
    },
    clean: { subs: ['clean', 'cc'], fix: 'zypper clean --all' },
    cacheDirs: ['/var/cache/zypp'],
    pin: { subs: ['install', 'in'], pinned: (v) => /[=<>]/.test(v) || /\.rpm$/.test(v) },
    valueFlags: ['-R', '--root', '-r', '--repo', '--from', '-t', '--type', '-D', '--reposd-dir'],
  },
  {
    // Also `pip3`, `pip3.12`, `python -m pip` (see isPipProgram).
    name: 'pip',
    system: false,
    programs: ['pip', 'pip3'],
    installs: ['install'],
    // pip reads any non-empty PIP_NO_CACHE_DIR (even the legacy "off") as "no cache".
    noCache: { flags: ['--no-cache-dir'], env: 'PIP_NO_CACHE_DIR' },
    cacheDirs: ['/root/.cache/pip'],
    pin: { subs: ['install'], pinned: pipPinned },
    valueFlags: pipValueFlags,
  },
  {
    // Installs a Python application in a virtualenv of its own (`pipx inject <app> <package>` adds
    // one to an installed app's).
    name: 'pipx',
    system: false,
    programs: ['pipx'],
    installs: ['install', 'inject', 'upgrade'],
    cacheDirs: [],
    pin: { subs: ['install', 'inject'], pinned: pipPinned },
    valueFlags: ['--python', '--pip-args', '--suffix', '--index-url', '-i', '--spec', '--backend'],
  },
  {
    name: 'uv',
    system: false,
    programs: ['uv'],
    // `uv pip install|sync` and the project commands.
    installs: ['install', 'sync', 'add', 'tool'],
    noCache: { flags: ['--no-cache', '-n'], env: 'UV_NO_CACHE' },
    cacheDirs: ['/root/.cache/uv'],
    valueFlags: [
      ...['--index-url', '--extra-index-url', '-i', '-r', '--requirement', '-c', '--constraint'],
      ...['-p', '--python'],
    ],
  },
  {
    name: 'poetry',
    system: false,
    programs: ['poetry'],
    installs: ['install', 'add', 'update', 'sync'],
    noCache: { flags: ['--no-cache'] },
    cacheDirs: ['/root/.cache/pypoetry'],
    valueFlags: ['--with', '--without', '--only', '-E', '--extras', '-C', '--directory', '-P', '--project'],
  },
  {
    name: 'pipenv',
    system: false,
    programs: ['pipenv'],
    installs: ['install', 'sync'],
    cacheDirs: ['/root/.cache/pipenv'],
    valueFlags: ['--python', '-r', '--requirements', '--categories'],
  },
  {
    name: 'conda',
    system: false,
    programs: ['conda', 'mamba', 'micromamba'],
    installs: ['install', 'create', 'update'],
    yes: { subs: ['install', 'create', 'update', 'remove'], flags: ['-y', '--yes'] },
    clean: { subs: ['clean'], fix: 'conda clean --all --yes' },
    cacheDirs: ['/opt/conda/pkgs'],
    valueFlags: ['-n', '--name', '-p', '--prefix', '-c', '--channel', '--file'],
  },
  {
    name: 'npm',
    system: false,
    programs: ['npm'],
    installs: ['install', 'i', 'ci', 'add', 'isntall', 'in'],
    clean: { subs: ['cache'], args: ['clean'], fix: 'npm cache clean --force' },
    cacheDirs: ['/root/.npm'],
    pin: {
      subs: ['install', 'i', 'add', 'isntall', 'in'],
      pinned: (v) => {
        if (/^(git|git\+[a-z]+|github|gitlab|bitbucket):/.test(v)) return v.includes('#');
        if (v.startsWith('file:')) return true;
        return v.lastIndexOf('@') > 0 || /\.(tgz|tar\.gz|tar)$/.test(v);
      },
    },
    valueFlags: [
      ...['--prefix', '-w', '--workspace', '--registry', '--omit', '--include', '--cache', '--loglevel'],
      ...['--tag', '--userconfig', '--install-strategy'],
    ],
  },
  {
    // A bare `yarn` installs too.
    name: 'yarn',
    system: false,
    programs: ['yarn'],
    installs: ['install', 'add'],
    clean: { subs: ['cache'], args: ['clean'], fix: 'yarn cache clean' },
    cacheDirs: ['/usr/local/share/.cache/yarn', '/root/.cache/yarn'],
    valueFlags: ['--cwd', '--cache-folder', '--modules-folder'],
  },
  {
    name: 'gem',
    system: false,
    programs: ['gem'],
    installs: ['install', 'i'],
    cacheDirs: [],
    // A `-v`/`--version` option pins the whole command; `name:1.2` and `.gem` files pin a word.
    pin: { subs: ['install', 'i'], pinned: (v) => v.includes(':') || v.endsWith('.gem') },
    valueFlags: [
      ...['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '--platform'],
      ...['-P', '--trust-policy', '-g', '--file'],
    ],
  },
];

const byName = new Map(packageManagers.map((m) => [m.name, m]));
const byProgram = new Map(packageManagers.flatMap((m) => m.programs.map((p) => [p, m] as const)));

/** A package manager by its name in this table. Throws on a typo, so callers need no checks. */
export function packageManager(name: string): PackageManager {
  const m = byName.get(name);
  if (!m) throw new Error(`no package manager named ${name} in src/knowledge/package-managers.ts`);
  return m;
}

/** The package manager a program runs (`apt` → apt-get, `mamba` → conda, `pip3.12` → pip). */
export function packageManagerOf(program: string): PackageManager | undefined {
  return (
    byProgram.get(program) ??
    (program.startsWith('pip') && isPipProgram(program) ? byName.get('pip') : undefined)
  );
}
