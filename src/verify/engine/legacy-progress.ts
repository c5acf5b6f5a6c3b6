import { DockerfileParser } from 'dockerfile-ast';
import type { BuildStep, ParsedProgress } from './progress.js';

/**
 * Reads what `docker build` prints without BuildKit, from both engines that answer it:
 * Docker's legacy builder (`Step 3/5 : RUN …`, ` ---> Using cache`, `The command … returned a
 * non-zero code: 3`) and Podman's Buildah (`[1/2] STEP 3/5: RUN …`, `--> Using cache <id>`,
 * `building at STEP "RUN …": while running runtime: exit status 3`).
 */
const DOCKER_STEP = /^Step (\d+)\/(\d+) : (.*)$/;
const BUILDAH_STEP = /^(?:\[(\d+)\/(\d+)\] )?STEP (\d+)(?:\/(\d+))?: (.*)$/;
const USING_CACHE = /^\s*-+> Using cache\b/;
const DOCKER_FAILED = /^The command '.*' returned a non-zero code: (\d+)\s*$/;
const BUILDAH_FAILED = /^(?:Error: )?(?:error )?building at STEP "(.*)": (.*)$/;

export function parseLegacyProgress(text: string, exitCode = 0): ParsedProgress {
  const steps: BuildStep[] = [];
  let current: BuildStep | undefined;
  let errorMessage: string | undefined;
  const lines = text.split(/\r?\n/).map((l) => l.trimEnd());
  for (const line of lines) {
    const docker = DOCKER_STEP.exec(line);
    const buildah = docker ? undefined : BUILDAH_STEP.exec(line);
    if (docker || buildah) {
      if (current) current.done = true;
      current = {
        id: steps.length + 1,
        // The instruction alone, so lineOfStep/instructionOf read it as they read BuildKit's.
        name: docker ? docker[3] : buildah![5],
        // Docker numbers every instruction of the file; Buildah numbers within each stage.
        stage: buildah?.[1],
        numbering: docker ? 'docker' : 'buildah',
        index: Number(docker ? docker[1] : buildah![3]),
        cached: false,
        done: false,
        log: [],
      };
      steps.push(current);
      continue;
    }
    if (!current) continue;
    if (USING_CACHE.test(line)) {
      current.cached = true;
      continue;
    }
    const dockerFailed = DOCKER_FAILED.exec(line);
    const buildahFailed = dockerFailed ? undefined : BUILDAH_FAILED.exec(line);
    if (dockerFailed) current.error = `exit code: ${dockerFailed[1]}`;
    else if (buildahFailed) {
      const status = /exit status (\d+)/.exec(buildahFailed[2]);
      current.error = status ? `exit code: ${status[1]}` : buildahFailed[2];
    }
    if (dockerFailed || buildahFailed) {
      errorMessage = line;
      continue;
    }
    if (/^\s*-+> /.test(line) || /^(Removing intermediate container|COMMIT|Successfully)/.test(line))
      continue;
    if (line) current.log.push(line);
  }
  if (current && exitCode === 0) current.done = true;
  // Some failures (a COPY source that is missing) print no "returned a non-zero code" line: the
  // last step that started is the one that failed.
  if (exitCode !== 0 && current && !steps.some((s) => s.error)) {
    const last = lines.filter((l) => l.trim()).pop() ?? 'failed';
    current.error = last.replace(/^Error(?: response from daemon)?:\s*/i, '');
    errorMessage ??= last;
  }
  return { steps, failed: steps.find((s) => s.error), errorMessage };
}

/**
 * The Dockerfile line of a legacy step from its number: Docker counts every instruction in the
 * file (ARGs before FROM too); Buildah counts from its stage's FROM.
 */
export function legacyStepLine(step: BuildStep, dockerfileText: string): number | undefined {
  if (step.index === undefined || !step.numbering) return undefined;
  let list = DockerfileParser.parse(dockerfileText).getInstructions();
  if (step.numbering === 'buildah') {
    const froms = list.flatMap((ins, i) => (ins.getKeyword() === 'FROM' ? [i] : []));
    const stage = Number(step.stage ?? 1);
    const start = froms[stage - 1];
    if (start === undefined) return undefined;
    list = list.slice(start, froms[stage] ?? list.length);
  }
  const ins = list[step.index - 1];
  return ins ? ins.getRange().start.line + 1 : undefined;
}
