import { parseImageRef, shortImageName } from '../dockerfile/image-ref.js';

// What common base images carry on their PATH and in their ENV: the families a HEALTHCHECK or a
// RUN most often trips over (no curl in -slim, no shell in distroless). The entries follow what each
// image's official Dockerfile installs; when in doubt, check with
// `docker run --rm <image> sh -c 'command -v <program>; env'` and correct the entry here.

/** What a known base image ships: the programs on its PATH and the ENV it sets. */
export interface BaseImageFacts {
  /** A label for messages (`python:*-slim`). */
  family: string;
  /** False for distroless/scratch: no /bin/sh, so shell forms cannot run. */
  shell: boolean;
  programs: ReadonlySet<string>;
  env: Readonly<Record<string, string>>;
  packageManager?: 'apt' | 'apk' | 'dnf' | 'microdnf' | 'yum';
}

// Utilities both the Debian and the Alpine bases carry (GNU coreutils and friends, or BusyBox applets).
const coreUtils = [
  'ls',
  'cat',
  'rm',
  'cp',
  'mv',
  'mkdir',
  'chmod',
  'chown',
  'test',
  'true',
  'false',
  'echo',
  'grep',
  'sed',
  'tar',
  'gzip',
  'find',
  'xargs',
  'id',
];
const debianBase = [
  'sh',
  'bash',
  'dash',
  'apt-get',
  'apt',
  'dpkg',
  ...coreUtils,
  'useradd',
  'groupadd',
  'su',
  'perl',
];
const pythonProgs = ['python', 'python3', 'pip', 'pip3', 'pydoc', 'idle'];
const busybox = ['sh', 'ash', 'wget', 'nc', 'apk', ...coreUtils, 'adduser', 'addgroup', 'su'];
const buildpack = ['curl', 'wget', 'git', 'gcc', 'make', 'ssh', 'gpg'];

const pythonEnv = { LANG: 'C.UTF-8', GPG_KEY: '', PYTHON_VERSION: '', PYTHON_SHA256: '' };
const set = (...lists: string[][]) => new Set(lists.flat());

/**
 * Known base images, matched on the short name and the tag. Order matters: the first match wins.
 * Only images we are sure about are listed; an unknown image means "we cannot tell".
 */
const table: { name: RegExp; tag?: RegExp; facts: BaseImageFacts }[] = [
  {
    name: /^python$/,
    tag: /(^|-)slim(-|$)/,
    facts: {
      family: 'python:*-slim',
      shell: true,
      programs: set(debianBase, pythonProgs),
      env: pythonEnv,
      packageManager: 'apt',
    },
  },
  {
    name: /^python$/,
    tag: /(^|-)alpine/,
    facts: {
      family: 'python:*-alpine',
      shell: true,
      programs: set(busybox, pythonProgs),
      env: pythonEnv,
      packageManager: 'apk',
    },
  },
  {
    name: /^python$/,
    tag: /^(\d+(\.\d+)*(-(bookworm|bullseye|trixie|buster))?|latest|3|bookworm|bullseye|trixie)?$/,
    facts: {
      family: 'python (full)',
      shell: true,
      programs: set(debianBase, pythonProgs, buildpack),
      env: pythonEnv,
      packageManager: 'apt',
    },
  },
  {
    name: /^ghcr\.io\/astral-sh\/uv$/,
    tag: /slim/,
    facts: {
      family: 'uv *-slim',
      shell: true,
      programs: set(debianBase, pythonProgs, ['uv', 'uvx']),
      env: pythonEnv,
      packageManager: 'apt',
    },
  },
  {
    name: /^(debian|ubuntu)$/,
    facts: {
      family: 'debian/ubuntu',
      shell: true,
      programs: set(debianBase),
      env: {},
      packageManager: 'apt',
    },
  },
  {
    name: /^alpine$/,
    facts: { family: 'alpine', shell: true, programs: set(busybox), env: {}, packageManager: 'apk' },
  },
  {
    name: /^gcr\.io\/distroless\/python3(-debian\d+)?$/,
    facts: { family: 'distroless python', shell: false, programs: set(['python', 'python3']), env: {} },
  },
  {
    name: /^gcr\.io\/distroless\//,
    facts: { family: 'distroless', shell: false, programs: set([]), env: {} },
  },
  {
    name: /^scratch$/,
    facts: { family: 'scratch', shell: false, programs: set([]), env: {} },
  },
];

/** Facts about an image reference, or undefined when dockspec does not know the image. */
export function baseImageFacts(image: string): BaseImageFacts | undefined {
  if (image.trim().toLowerCase() === 'scratch') return table.find((t) => t.facts.family === 'scratch')?.facts;
  const ref = parseImageRef(image);
  const name = shortImageName(ref);
  const tag = ref.tag ?? 'latest';
  return table.find((t) => t.name.test(name) && (!t.tag || t.tag.test(tag)))?.facts;
}

/** The package that provides a program, per package manager, when it differs from the program. */
export const packageFor: Record<string, string[]> = {
  curl: ['curl'],
  wget: ['wget', 'busybox'],
  nc: ['netcat-openbsd', 'netcat-traditional', 'netcat'],
};
