import type { ResolvedContract } from '../../contract/resolved.js';
import { InputError } from '../../errors.js';
import {
  cudaAtLeast,
  cudaFirstOnUbuntu,
  cudaPatchTag,
  cudaRuntimeImage,
  DISTRIBUTION_PYTHON_MB,
  defaultCuda,
  type UbuntuPython,
  ubuntuPythons,
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

const cudaOnUbuntu = (cuda: string, ubuntu: string) => cudaAtLeast(cuda, cudaFirstOnUbuntu[ubuntu].join('.'));

/** Ubuntu releases with CUDA images, newest first. */
const releases = Object.keys(ubuntuPythons).sort().reverse();

/** "Ubuntu 24.04 (Python 3.12; CUDA 12.5 or later), …": every combination that works, for errors. */
function workingCombinations(cuda?: string): string {
  return releases
    .filter((u) => !cuda || cudaOnUbuntu(cudaPatchTag[cuda] ?? cuda, u))
    .map(
      (u) =>
        `Ubuntu ${u} (Python ${Object.keys(ubuntuPythons[u]).join(' or ')}; CUDA ${cudaFirstOnUbuntu[u].join('.')} or later)`,
    )
    .join(', ');
}

/**
 * The CUDA runtime base for `python`: the newest Ubuntu whose archive installs it (its own python3
 * before a universe package), or an InputError listing the combinations that work.
 */
export function cudaBaseFor(python: string, cuda?: string, file?: string): string {
  const where = file ? { file } : undefined;
  const version = cuda ? (cudaPatchTag[cuda] ?? cuda) : defaultCuda;
  const carrying = releases.filter((u) => ubuntuPythons[u][python]);
  const ubuntu =
    carrying.find((u) => ubuntuPythons[u][python].component === 'main' && cudaOnUbuntu(version, u)) ??
    carrying.find((u) => cudaOnUbuntu(version, u));
  if (!ubuntu) {
    throw new InputError(
      carrying.length === 0
        ? `no Ubuntu release with CUDA images installs Python ${python} from its own archive`
        : `CUDA ${cuda} images exist only for Ubuntu releases that do not install Python ${python}`,
      `These work: ${workingCombinations(carrying.length === 0 ? undefined : cuda)}. Set image.python or image.gpu.cuda to one of them, or give image.gpu.base explicitly.`,
      where,
    );
  }
  return cudaRuntimeImage(version, ubuntu);
}

/** How the GPU image gets its Python: the base's Ubuntu release and the packages that install it. */
export interface GpuPython {
  base: string;
  ubuntu: string;
  python: UbuntuPython;
}

/** Checks that the GPU base's Ubuntu installs the contract's Python, and says how. */
export function checkGpuBase(c: ResolvedContract): GpuPython {
  const base = c.image.gpu?.base ?? cudaBaseFor(c.image.python, c.image.gpu?.cuda, c.file);
  const ubuntu = /ubuntu(\d\d\.\d\d)/.exec(base)?.[1];
  const where = c.file ? { file: c.file } : undefined;
  if (!ubuntu || !ubuntuPythons[ubuntu]) {
    throw new InputError(
      `cannot tell which Python the GPU base ${base} can install`,
      `Use an nvidia/cuda …-runtime-ubuntuXX.04 base; these work: ${workingCombinations()}.`,
      where,
    );
  }
  const python = ubuntuPythons[ubuntu][c.image.python];
  if (!python) {
    const tag = /nvidia\/cuda:(\d+\.\d+)/.exec(base)?.[1];
    throw new InputError(
      `the GPU base ${base} is Ubuntu ${ubuntu}, whose archive installs Python ${Object.keys(ubuntuPythons[ubuntu]).join(' and ')}, but the contract asks for Python ${c.image.python}`,
      `These work${tag ? ` with CUDA ${tag}` : ''}: ${workingCombinations(tag)}. Change image.python or image.gpu.base.`,
      where,
    );
  }
  return { base, ubuntu, python };
}

/** The header comment: which Python route the image takes, what it costs, what to know. */
function pythonRouteComment(c: ResolvedContract, { ubuntu, python }: GpuPython): string[] {
  const source =
    python.component === 'main'
      ? `Ubuntu ${ubuntu}'s own python3 (main, with security updates)`
      : `Ubuntu ${ubuntu}'s ${python.packages.join(' ')} package (universe)`;
  const lines = [
    `Python ${c.image.python} from ${source}: about ${DISTRIBUTION_PYTHON_MB} MB, the smallest route`,
    '(no compiler, no PPA, no CPython tree copied in); the virtualenv is built in the first stage.',
  ];
  if (python.caveat) lines.push(`${python.caveat}.`);
  return wrapComment(lines.join(' '));
}

/** `text` as `# ` comment lines of at most 100 characters. */
function wrapComment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 100) {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
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

/**
 * Dockerfile.gpu: the same conventions on a CUDA runtime base. The Python comes from the base's
 * Ubuntu archive (no deadsnakes PPA, no source build): installing python3.12 on an ubuntu22.04
 * image, as seed 002 planned, cannot work.
 */
export function renderGpuDockerfile(c: ResolvedContract, options: RenderOptions = {}): string {
  const gpuPython = checkGpuBase(c);
  const { base, ubuntu, python } = gpuPython;
  const plan = planFor(c);
  const steps = installSteps(c, plan.venv, python.command);
  const { build, runtime } = c.image.systemPackages;
  // Ubuntu 24.04 images ship a user `ubuntu` with UID 1000, which would collide with ours.
  const freeUid = ubuntu === '24.04' ? ['if id -u ubuntu >/dev/null 2>&1; then userdel -r ubuntu; fi'] : [];
  const blocks = [
    c.image.syntax ? [`# syntax=${c.image.syntax}`] : [],
    [
      ...pythonRouteComment(c, gpuPython),
      `FROM ${base} AS builder`,
      aptInstall([...python.packages, ...python.venvPackages, ...build]) as string,
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
      aptInstall([...python.packages, ...runtime]) as string,
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
