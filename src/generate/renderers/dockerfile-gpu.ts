import type { ResolvedContract } from '../../contract/resolved.js';
import { InputError } from '../../errors.js';
import {
  cudaFirstOnUbuntu,
  cudaPatchTag,
  cudaRuntimeImage,
  defaultCuda,
  ubuntuPython,
} from '../../knowledge/cuda-images.js';
import { planFor } from '../plan.js';
import type { RenderOptions } from './dockerfile.js';
import {
  appCopies,
  aptInstall,
  buildArgLines,
  cmd,
  createUser,
  healthcheck,
  runtimeEnv,
} from './dockerfile-parts.js';
import { installSteps } from './install.js';

function cudaParts(v: string): [number, number] {
  const [a, b] = v.split('.').map(Number);
  return [a, b ?? 0];
}

function cudaOnUbuntu(cuda: string, ubuntu: string): boolean {
  const [ma, mi] = cudaParts(cuda);
  const [fa, fi] = cudaFirstOnUbuntu[ubuntu];
  return ma > fa || (ma === fa && mi >= fi);
}

/** The CUDA runtime base that carries `python` natively, or an InputError saying why none does. */
export function cudaBaseFor(python: string, cuda?: string, file?: string): string {
  const ubuntu = Object.keys(ubuntuPython).find((u) => ubuntuPython[u] === python);
  const where = file ? { file } : undefined;
  if (!ubuntu) {
    throw new InputError(
      `no CUDA base image carries Python ${python} natively (Ubuntu 24.04 has 3.12, 22.04 has 3.10)`,
      'Set image.python to 3.12 or 3.10 for the GPU variant, or give image.gpu.base explicitly.',
      where,
    );
  }
  const version = cuda ? (cudaPatchTag[cuda] ?? cuda) : defaultCuda;
  if (!cudaOnUbuntu(version, ubuntu)) {
    throw new InputError(
      `CUDA ${cuda} images exist only for Ubuntu releases older than ${ubuntu}, which do not carry Python ${python}`,
      `Use CUDA ${cudaFirstOnUbuntu[ubuntu].join('.')} or later with Python ${python}, or the Python of an older Ubuntu.`,
      where,
    );
  }
  return cudaRuntimeImage(version, ubuntu);
}

/** Checks that the contract's GPU base ships the contract's Python; returns its Ubuntu release. */
export function checkGpuBase(c: ResolvedContract): string {
  const base = c.image.gpu?.base ?? cudaBaseFor(c.image.python, c.image.gpu?.cuda, c.file);
  const ubuntu = /ubuntu(\d\d\.\d\d)/.exec(base)?.[1];
  const where = c.file ? { file: c.file } : undefined;
  if (!ubuntu || !ubuntuPython[ubuntu]) {
    throw new InputError(
      `cannot tell which Python the GPU base ${base} carries`,
      'Use an nvidia/cuda …-runtime-ubuntu24.04 (Python 3.12) or …-ubuntu22.04 (Python 3.10) base.',
      where,
    );
  }
  if (ubuntuPython[ubuntu] !== c.image.python) {
    throw new InputError(
      `the GPU base ${base} is Ubuntu ${ubuntu}, which carries Python ${ubuntuPython[ubuntu]}, but the contract asks for Python ${c.image.python}`,
      gpuHint(c.image.python, ubuntuPython[ubuntu]),
      where,
    );
  }
  return ubuntu;
}

/** NVIDIA's container runtime reads these; the contract's image.gpu.env adds to or overrides them. */
function gpuEnv(c: ResolvedContract): string[] {
  const env: Record<string, string> = {
    NVIDIA_VISIBLE_DEVICES: 'all',
    NVIDIA_DRIVER_CAPABILITIES: 'compute,utility',
    ...(c.image.gpu?.env ?? {}),
  };
  return Object.entries(env).map(([k, v]) => `${k}=${/^[\w.,:/@+-]+$/.test(v) ? v : JSON.stringify(v)}`);
}

function gpuHint(wanted: string, carried: string): string {
  if (wanted === '3.12')
    return 'Use a CUDA 12.5+ base on Ubuntu 24.04, e.g. nvidia/cuda:12.6.3-runtime-ubuntu24.04.';
  if (wanted === '3.10') return 'Use a base on Ubuntu 22.04, e.g. nvidia/cuda:12.4.1-runtime-ubuntu22.04.';
  return `No Ubuntu CUDA base ships Python ${wanted}: use Python 3.12 (Ubuntu 24.04) or ${carried} (this base) for the GPU image.`;
}

/**
 * Dockerfile.gpu: the same conventions on a CUDA runtime base. The Python must be the one the
 * base's Ubuntu ships (no deadsnakes PPA, no source build): installing python3.12 on an
 * ubuntu22.04 image, as seed 002 planned, cannot work.
 */
export function renderGpuDockerfile(c: ResolvedContract, options: RenderOptions = {}): string {
  const ubuntu = checkGpuBase(c);
  const base = c.image.gpu?.base ?? cudaBaseFor(c.image.python, c.image.gpu?.cuda, c.file);
  const plan = planFor(c);
  const steps = installSteps(c, plan.venv, 'python3');
  const { build, runtime } = c.image.systemPackages;
  // Ubuntu 24.04 images ship a user `ubuntu` with UID 1000, which would collide with ours.
  const freeUid = ubuntu === '24.04' ? ['if id -u ubuntu >/dev/null 2>&1; then userdel -r ubuntu; fi'] : [];
  const blocks = [
    c.image.syntax ? [`# syntax=${c.image.syntax}`] : [],
    [
      `FROM ${base} AS builder`,
      aptInstall(['python3', 'python3-venv', ...build]) as string,
      ...steps.setup,
      'WORKDIR /build',
      `COPY ${steps.files.join(' ')} ./`,
      ...(steps.needsSource
        ? appCopies(c, plan, options.exists).map((l) => l.replace(/ --chown=\S+/, ''))
        : []),
      ...steps.install,
    ],
    [
      `FROM ${base}`,
      aptInstall(['python3', ...runtime]) as string,
      createUser(c, plan, freeUid),
      runtimeEnv(plan, gpuEnv(c)),
      ...buildArgLines(c),
      `COPY --from=builder ${plan.venv} ${plan.venv}`,
      `WORKDIR ${plan.workdir}`,
      ...appCopies(c, plan, options.exists),
      `USER ${plan.uid}:${plan.gid}`,
    ],
    [`EXPOSE ${plan.port}`, healthcheck(c, plan), cmd(c, plan)],
  ];
  return `${blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')}\n`;
}
