// NVIDIA's CUDA base images (nvidia/cuda on Docker Hub): which Ubuntu releases each CUDA version is
// published for, the latest patch tag of each CUDA minor, and the Pythons each Ubuntu release's own
// archive installs. Sources: the nvidia/cuda tag list and supported-tags page; packages.ubuntu.com
// (python3 of each release; python3.11 in jammy-updates universe); installed sizes from the
// packages' Installed-Size (interpreter, its minimal and standard library packages).

/** A Python an Ubuntu release's archive installs with apt: no PPA, no compiler, no download. */
export interface UbuntuPython {
  /** The interpreter's command, which also makes the virtualenv. */
  command: string;
  /** What the runtime stage installs. */
  packages: readonly string[];
  /** What the builder stage adds to make a virtualenv with pip. */
  venvPackages: readonly string[];
  /** The archive component: main gets Canonical's security updates, universe only what the community gives. */
  component: 'main' | 'universe';
  /** What a user should know before relying on it. */
  caveat?: string;
}

const systemPython: UbuntuPython = {
  command: 'python3',
  packages: ['python3'],
  venvPackages: ['python3-venv'],
  component: 'main',
};

/**
 * About what an interpreter and its standard library install from the distribution's packages
 * (Installed-Size of pythonX.Y, its -minimal and libpythonX.Y-stdlib packages: 21 MB for Debian's
 * 3.11, the same source packages Ubuntu builds). Copying a CPython tree from an official python
 * image carries that plus pip, the headers and the runtime libraries it was linked against.
 */
export const DISTRIBUTION_PYTHON_MB = 21;

/** The Pythons of each Ubuntu release with CUDA images, the release's own python3 first. */
export const ubuntuPythons: Readonly<Record<string, Readonly<Record<string, UbuntuPython>>>> = {
  '20.04': { '3.8': systemPython },
  '22.04': {
    '3.10': systemPython,
    '3.11': {
      command: 'python3.11',
      packages: ['python3.11'],
      venvPackages: ['python3.11-venv'],
      component: 'universe',
      caveat:
        'Ubuntu 22.04 ships it as 3.11.0rc1 in universe and has not updated it since; for security updates use Python 3.12 on a CUDA 12.5+ base on Ubuntu 24.04',
    },
  },
  '24.04': { '3.12': systemPython },
};

/** The first CUDA release published on each Ubuntu. */
export const cudaFirstOnUbuntu: Readonly<Record<string, readonly [number, number]>> = {
  '20.04': [11, 0],
  '22.04': [11, 7],
  '24.04': [12, 5],
};

/** The latest patch tag of each CUDA minor. */
export const cudaPatchTag: Readonly<Record<string, string>> = {
  '12.1': '12.1.1',
  '12.2': '12.2.2',
  '12.3': '12.3.2',
  '12.4': '12.4.1',
  '12.5': '12.5.1',
  '12.6': '12.6.3',
  '12.8': '12.8.1',
  '12.9': '12.9.1',
};

/** The CUDA version generate uses when the contract names none. */
export const defaultCuda = '12.6.3';

/** CUDA `have` (12.4, 12.4.1) is `want` or newer, by major and minor: what a driver runs, what a release carries. */
export function cudaAtLeast(have: string, want: string): boolean {
  const [ha, hb = 0] = have.split('.').map(Number);
  const [wa, wb = 0] = want.split('.').map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

/** The runtime image of a CUDA version on an Ubuntu release. */
export const cudaRuntimeImage = (cuda: string, ubuntu: string): string =>
  `nvidia/cuda:${cuda}-runtime-ubuntu${ubuntu}`;
