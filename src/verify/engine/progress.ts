/**
 * Reads BuildKit's `--progress=plain` output: one vertex per `#N name` block, its log lines, and
 * whether it ran, came from cache or failed. The error trailer names the Dockerfile line.
 */
export interface BuildStep {
  id: number;
  name: string;
  /** `[stage k/n]` prefix split out, when present. */
  stage?: string;
  index?: number;
  /** Legacy builds: how `index` counts (Docker: the whole file; Buildah: within the stage). */
  numbering?: 'docker' | 'buildah';
  cached: boolean;
  done: boolean;
  error?: string;
  seconds?: number;
  log: string[];
}

export interface ParsedProgress {
  steps: BuildStep[];
  failed?: BuildStep;
  /** From the `Dockerfile:N` line BuildKit prints under a failure. */
  errorLine?: number;
  errorMessage?: string;
}

const HEADER = /^#(\d+) (\[[^\]]*\]\s.*|[^\d].*)$/;
const STEP_NAME = /^\[(?:(\S+) )?(\d+)\/(\d+)\] (.*)$/;

export function parseProgress(text: string): ParsedProgress {
  const byId = new Map<number, BuildStep>();
  let errorLine: number | undefined;
  let errorMessage: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const dockerfileLine = /^(?:\S*Dockerfile\S*):(\d+)$/.exec(line.trim());
    if (dockerfileLine && errorLine === undefined) errorLine = Number(dockerfileLine[1]);
    if (line.startsWith('ERROR: ') || line.startsWith('ERROR '))
      errorMessage ??= line.replace(/^ERROR:?\s*/, '');
    const m = /^#(\d+) (.*)$/.exec(line);
    if (!m) continue;
    const id = Number(m[1]);
    const rest = m[2];
    let step = byId.get(id);
    if (!step) {
      if (!HEADER.test(line)) continue;
      const nm = STEP_NAME.exec(rest);
      step = {
        id,
        name: rest,
        stage: nm?.[1],
        index: nm ? Number(nm[2]) : undefined,
        cached: false,
        done: false,
        log: [],
      };
      byId.set(id, step);
      continue;
    }
    if (rest === 'CACHED') step.cached = true;
    else if (/^DONE \d/.test(rest)) {
      step.done = true;
      step.seconds = Number(rest.slice(5).replace(/s$/, ''));
    } else if (rest.startsWith('ERROR')) step.error = rest.replace(/^ERROR:?\s*/, '');
    else step.log.push(rest.replace(/^\d+\.\d+ /, ''));
  }
  const steps = [...byId.values()];
  return { steps, failed: steps.find((s) => s.error), errorLine, errorMessage };
}

/** The text after `[stage k/n] `, e.g. `RUN pip install -r requirements.txt`. */
export function instructionOf(step: BuildStep): string {
  const m = STEP_NAME.exec(step.name);
  return m ? m[4] : step.name;
}

/** Dockerfile line of a step by matching its instruction text (fallback when no trailer). */
export function lineOfStep(step: BuildStep, dockerfileText: string): number | undefined {
  const wanted = normalise(instructionOf(step));
  const lines = dockerfileText.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    // Continuation lines are joined the way BuildKit prints them.
    let joined = lines[i];
    let j = i;
    while (/\\\s*$/.test(joined) && j + 1 < lines.length) joined = joined.replace(/\\\s*$/, ' ') + lines[++j];
    const have = normalise(joined);
    if (have && (have === wanted || (wanted.length > 8 && have.startsWith(wanted.slice(0, 40)))))
      return i + 1;
  }
  return undefined;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Steps that install dependencies: a cache miss on these after a source change is a slow rebuild. */
export function isDependencyStep(step: BuildStep): boolean {
  const text = instructionOf(step);
  return /^RUN\b/i.test(text) && /\b(pip|uv|poetry|pipenv|pdm)\b.*\b(install|sync)\b/i.test(text);
}
