import { posix } from 'node:path';
import type { ResolvedContract } from '../../contract/resolved.js';
import { planFor } from '../plan.js';
import {
  appCopies,
  aptInstall,
  baseImage,
  buildArgLines,
  cmd,
  createUser,
  healthcheck,
  runtimeEnv,
} from './dockerfile-parts.js';
import { installSteps } from './install.js';

export interface RenderOptions {
  /** Whether a path exists in the build context; optional copies that do not are left out. */
  exists?: (path: string) => boolean;
  /**
   * Where the build context is, seen from the output folder, and the Dockerfile seen from the
   * context (default `.` and `Dockerfile`: files written into the project).
   */
  context?: { dir: string; dockerfile: string };
}

/**
 * The Dockerfile. Multi-stage by default: a builder installs dependencies into /opt/venv with
 * build tools that never reach the runtime stage, which copies only the venv and the app's files.
 * Blocks are separated by blank lines; every decision comes from the contract through the plan.
 */
export function renderDockerfile(c: ResolvedContract, options: RenderOptions = {}): string {
  return (c.image.stages === 'single' ? singleStage(c, options) : multiStage(c, options))
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')
    .concat('\n');
}

type Block = string[];

function preamble(c: ResolvedContract): Block {
  const base = baseImage(c);
  return [...(c.image.syntax ? [`# syntax=${c.image.syntax}`] : []), ...(base.arg ? [base.arg] : [])];
}

function defined(...lines: (string | undefined)[]): string[] {
  return lines.filter((l): l is string => l !== undefined);
}

function multiStage(c: ResolvedContract, options: RenderOptions): Block[] {
  const plan = planFor(c);
  const base = baseImage(c);
  const steps = installSteps(c, plan.venv);
  const { build, runtime } = c.image.systemPackages;
  const builder: Block = [
    `FROM ${base.from} AS builder`,
    ...defined(aptInstall(build)),
    ...steps.setup,
    'WORKDIR /build',
    `COPY ${steps.files.join(' ')} ./`,
    ...(steps.needsSource ? appCopies(c, plan, options.exists).map(withoutChown) : []),
    ...steps.install,
  ];
  const final: Block = [
    `FROM ${base.from}`,
    ...defined(aptInstall(runtime)),
    createUser(c, plan),
    runtimeEnv(plan),
    ...buildArgLines(c),
    `COPY --from=builder ${plan.venv} ${plan.venv}`,
    `WORKDIR ${plan.workdir}`,
    ...appCopies(c, plan, options.exists),
    `USER ${plan.uid}:${plan.gid}`,
  ];
  return [preamble(c), builder, final, runSection(c)];
}

function singleStage(c: ResolvedContract, options: RenderOptions): Block[] {
  const plan = planFor(c);
  const base = baseImage(c);
  const steps = installSteps(c, plan.venv);
  const { build, runtime } = c.image.systemPackages;
  // Dependency files land in the workdir already; copying them again as app files adds a layer.
  const deps = new Set(steps.files.map((f) => posix.join(plan.workdir, f)));
  const appFiles = appCopies(c, plan, options.exists).filter(
    (line) => !deps.has(copyTarget(line, plan.workdir)),
  );
  const image: Block = [
    `FROM ${base.from}`,
    ...defined(aptInstall([...runtime, ...build])),
    createUser(c, plan),
    ...steps.setup,
    `WORKDIR ${plan.workdir}`,
    `COPY --chown=${plan.uid}:${plan.gid} ${steps.files.join(' ')} ./`,
    ...(steps.needsSource ? appFiles : []),
    ...steps.install,
    // HOME changes only after installing, so the installer's cache stays in the /root cache mount.
    runtimeEnv(plan, [], false),
    ...buildArgLines(c),
    ...(steps.needsSource ? [] : appFiles),
    `USER ${plan.uid}:${plan.gid}`,
  ];
  return [preamble(c), image, runSection(c)];
}

function runSection(c: ResolvedContract): Block {
  const plan = planFor(c);
  return [`EXPOSE ${plan.port}`, healthcheck(c, plan), cmd(c, plan)];
}

/** Where a single-source COPY line puts its file, as an absolute path. */
function copyTarget(line: string, workdir: string): string {
  const words = line.split(' ').filter((w) => !w.startsWith('--'));
  if (words.length !== 3) return '';
  const [, src, dest] = words;
  const target = dest.endsWith('/') ? posix.join(dest, posix.basename(src)) : dest;
  return posix.isAbsolute(target) ? posix.normalize(target) : posix.join(workdir, target);
}

function withoutChown(line: string): string {
  return line.replace(/ --chown=\S+/, '');
}
