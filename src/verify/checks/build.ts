import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDuration } from '../../contract/units.js';
import type { BuildResult } from '../engine/build-types.js';
import { legacyStepLine } from '../engine/legacy-progress.js';
import { type BuildStep, instructionOf, isDependencyStep, lineOfStep } from '../engine/progress.js';
import { tail } from '../service.js';
import { type Check, type CheckContext, type CheckOutcome, fail, pass, skip } from '../types.js';

/** The outcome of a failed build: the failing step mapped to its Dockerfile line and the log tail. */
export function buildFailure(build: BuildResult, dockerfile: string, dockerfileText: string): CheckOutcome {
  const step = build.progress.failed;
  const line =
    build.progress.errorLine ??
    (step ? (legacyStepLine(step, dockerfileText) ?? lineOfStep(step, dockerfileText)) : undefined);
  const where = line ? `${dockerfile}:${line}` : dockerfile;
  const what = step ? instructionOf(step) : 'the build';
  return fail('the image builds', `${where}: ${what} failed${step?.error ? ` (${step.error})` : ''}`, [
    `failing step: ${step?.name ?? 'unknown'} at ${where}`,
    '--- build log (last 30 lines) ---',
    ...tail(build.log, 30),
  ]);
}

/** Builds succeed; times within budget; touching one source file re-runs no dependency step. */
export const build: Check = {
  id: 'build',
  title: 'Image builds, and a code change rebuilds without reinstalling dependencies',
  needs: ['build', 'build context'],
  async run(ctx) {
    const b = ctx.build;
    if (!b) return skip('an image was given with --image: nothing was built');
    if (!b.ok) {
      const file = ctx.dockerfile ?? 'Dockerfile';
      const text = await readFile(file, 'utf8').catch(() => '');
      return buildFailure(b, path.relative(process.cwd(), file) || file, text);
    }
    const evidence = [
      ...b.warnings,
      `builder: ${b.builder} on ${b.engine}`,
      `build time: ${formatDuration(b.durationMs)}`,
    ];
    const cold = b.progress.steps.every((s) => !s.cached);
    const budget = ctx.contract.budgets.buildColdMs;
    const problems: string[] = [];
    if (cold && budget !== undefined && b.durationMs > budget) {
      problems.push(`cold build took ${formatDuration(b.durationMs)} > ${formatDuration(budget)}`);
    }
    const rebuild = await rebuildAfterTouch(ctx);
    if (rebuild) {
      evidence.push(...rebuild.evidence);
      problems.push(...rebuild.problems);
    }
    const expected = [
      budget !== undefined ? `cold build ≤ ${formatDuration(budget)}` : 'builds',
      'rebuild after a code change re-runs no dependency step',
    ].join('; ');
    const actual = [
      `built in ${formatDuration(b.durationMs)}${cold ? ' (cold)' : ' (warm cache)'}`,
      rebuild?.summary ?? 'rebuild not measured',
    ].join('; ');
    return problems.length ? fail(expected, problems.join('; '), evidence) : pass(expected, actual, evidence);
  },
};

async function rebuildAfterTouch(
  ctx: CheckContext,
): Promise<{ problems: string[]; evidence: string[]; summary: string } | undefined> {
  // Both builders say which steps came from cache (BuildKit `CACHED`, legacy `Using cache`).
  if (!ctx.contextDir || !ctx.dockerfile || !ctx.build) return undefined;
  const source = await pickSourceFile(ctx.contextDir, ctx.contract.app.entrypoint);
  if (!source)
    return { problems: [], evidence: ['no Python source file found to touch'], summary: 'not measured' };
  const copy = await mkdtemp(path.join(tmpdir(), 'dockspec-rebuild-'));
  try {
    await cp(ctx.contextDir, copy, {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|\.git|__pycache__)$/.test(src),
    });
    const file = path.join(copy, source);
    const original = await readFile(file, 'utf8');
    const dockerfile = path.join(copy, path.relative(ctx.contextDir, ctx.dockerfile));
    const tag = `dockspec-verify:${ctx.runId}-rebuild`;
    ctx.cleanup.image(tag);
    // A cache miss can also come from the engine pruning its cache under other builds; a second
    // change tells that apart: a Dockerfile that copies sources before installing misses twice.
    let r: BuildResult | undefined;
    let rerun: BuildStep[] = [];
    for (let attempt = 1; attempt <= 2; attempt++) {
      await writeFile(file, `${original}\n# dockspec rebuild probe ${ctx.runId} ${attempt}\n`);
      r = await ctx.engine.build({
        context: copy,
        dockerfile,
        tag,
        runId: ctx.runId,
        buildArgs: buildArgsFor(ctx),
        signal: ctx.signal,
      });
      if (!r.ok)
        return { problems: ['the rebuild failed'], evidence: tail(r.log, 10), summary: 'rebuild failed' };
      // Output with no recognisable steps proves nothing about the cache: say so, never pass it.
      if (r.progress.steps.length === 0)
        return {
          problems: [],
          evidence: ['the rebuild output named no build steps, so its cache use was not read'],
          summary: 'rebuild not measured (no steps in the builder output)',
        };
      rerun = r.progress.steps.filter((s) => isDependencyStep(s) && !s.cached);
      if (rerun.length === 0) break;
    }
    if (!r) return undefined;
    const budget = ctx.contract.budgets.buildCachedMs;
    const problems = rerun.map((s) => `touching ${source} re-ran a dependency step: ${instructionOf(s)}`);
    if (budget !== undefined && r.durationMs > budget) {
      problems.push(`rebuild took ${formatDuration(r.durationMs)} > ${formatDuration(budget)}`);
    }
    return {
      problems,
      evidence: [`touched ${source}; rebuild took ${formatDuration(r.durationMs)}`],
      summary: `rebuild after touching ${source}: ${formatDuration(r.durationMs)}, ${rerun.length} dependency step(s) re-run`,
    };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

export function buildArgsFor(ctx: Pick<CheckContext, 'pipIndexUrl' | 'buildArgs'>): Record<string, string> {
  return { ...ctx.buildArgs, ...(ctx.pipIndexUrl ? { PIP_INDEX_URL: ctx.pipIndexUrl } : {}) };
}

async function pickSourceFile(dir: string, entrypoint: string): Promise<string | undefined> {
  const module = entrypoint.split(':')[0].replace(/\./g, '/');
  for (const candidate of [`${module}.py`, `${module}/__init__.py`, 'main.py', 'app.py']) {
    if (
      await stat(path.join(dir, candidate)).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}
