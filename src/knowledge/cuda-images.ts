// NVIDIA's CUDA base images (nvidia/cuda on Docker Hub): which Ubuntu releases each CUDA version is
// published for, the latest patch tag of each CUDA minor, and the Python each Ubuntu release ships
// as its python3 package. Sources: the nvidia/cuda tag list and supported-tags page, and the
// python3 package of each Ubuntu release (packages.ubuntu.com).

/** The python3 that each Ubuntu release carries. */
export const ubuntuPython: Readonly<Record<string, string>> = {
  '20.04': '3.8',
  '22.04': '3.10',
  '24.04': '3.12',
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

/** The runtime image of a CUDA version on an Ubuntu release. */
export const cudaRuntimeImage = (cuda: string, ubuntu: string): string =>
  `nvidia/cuda:${cuda}-runtime-ubuntu${ubuntu}`;
