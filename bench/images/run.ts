/**
 * bench/images: for each example backend, the generated image against the example's
 * Dockerfile.handwritten and a Dockerfile in `docker init`'s structure. Measures image size,
 * layers, cold build, rebuild after a one-line code change (and how many dependency steps re-ran),
 * time from `docker run` to the first healthy response, and the image's floor (base image +
 * installed dependencies + app files). Needs the engine: `eval "$(scripts/engine/up)"`.
 *
 *   npx tsx bench/images/run.ts [example…]      writes bench/images/results.json and BENCHMARKS.md
 *   npx tsx bench/images/run.ts --report-only   rewrites BENCHMARKS.md from results.json
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContractFile } from '../../src/contract/load.js';
import type { ResolvedContract } from '../../src/contract/resolved.js';
import { generate } from '../../src/generate/index.js';
import { docker, dockerAll, env, timed } from './docker.js';
import { dockerInitDockerfile, dockerInitIgnore } from './docker-init.js';
import { writeReport } from './report.js';

export type Variant = 'generated' | 'generated-gpu' | 'handwritten' | 'docker-init';

export interface Measurement {
  example: string;
  variant: Variant;
  ok: boolean;
  error?: string;
  sizeBytes?: number;
  layers?: number;
  coldBuildMs?: number;
  rebuildMs?: number;
  rebuildStepsRun?: number;
  rebuildDependencyStepsRun?: number;
  firstHealthyMs?: number;
  /** The contract's size budget for this image (budgets.gpuImageSize for the GPU variant). */
  budgetBytes?: number;
}

export interface ExampleResult {
  example: string;
  floorBytes?: number;
  floorParts?: { base: number; dependencies: number; app: number };
  variants: Measurement[];
}

const root = join(import.meta.dirname, '../..');
const RUN = `bench-${randomBytes(4).toString('hex')}`;
const DEP_STEP = /\b(pip|uv|poetry)\b[^\n]*\binstall\b|\buv sync\b/;

function indexFor(python: string): string {
  const url = python.startsWith('3.13') ? env.DOCKSPEC_PIP_INDEX_URL_313 : env.DOCKSPEC_PIP_INDEX_URL;
  if (!url) throw new Error(`no package index for Python ${python}: run scripts/engine/up`);
  return url;
}

/** Prepares a build context for a variant; returns the Dockerfile path to build with. */
async function prepare(c: ResolvedContract, example: string, variant: Variant, dir: string): Promise<string> {
  await cp(join(root, 'examples', example), dir, { recursive: true });
  await rm(join(dir, 'Dockerfile'), { force: true });
  if (variant === 'generated') {
    await generate(
      { ...c, image: { ...c.image, gpu: undefined } },
      { outDir: dir, only: ['dockerfile', 'dockerignore'], force: true },
    );
    return join(dir, 'Dockerfile');
  }
  if (variant === 'generated-gpu' && c.image.gpu) {
    await generate(c, { outDir: dir, only: ['dockerfile', 'dockerignore'], force: true });
    return join(dir, c.image.gpu.dockerfile);
  }
  if (variant === 'docker-init') {
    await writeFile(join(dir, 'Dockerfile'), dockerInitDockerfile(c));
    await writeFile(join(dir, '.dockerignore'), dockerInitIgnore);
    return join(dir, 'Dockerfile');
  }
  return join(dir, 'Dockerfile.handwritten');
}

function buildArgs(
  c: ResolvedContract,
  dockerfile: string,
  dir: string,
  tag: string,
  extra: string[] = [],
): string[] {
  return [
    'build', '--progress=plain', '--network', 'host',
    '--build-arg', `PIP_INDEX_URL=${indexFor(c.image.python)}`,
    '--build-arg', `PYTHON_VERSION=${c.image.python}`,
    '--label', `dockspec.run=${RUN}`, '-f', dockerfile, '-t', tag, ...extra, dir,
  ]; // biome-ignore format: argument pairs
}

/** Steps BuildKit ran (not CACHED), from --progress=plain output. */
function stepsRun(log: string): string[] {
  const names = new Map<string, string>();
  const cached = new Set<string>();
  for (const line of log.split('\n')) {
    const step = /^#(\d+) \[[^\]]*\] (.*)$/.exec(line);
    if (step && /^(RUN|COPY|ADD)\b/.test(step[2])) names.set(step[1], step[2]);
    const hit = /^#(\d+) CACHED$/.exec(line);
    if (hit) cached.add(hit[1]);
  }
  return [...names].filter(([id]) => !cached.has(id)).map(([, name]) => name);
}

/** Time from `docker run` to the first 2xx on the liveness path, seen from inside the container. */
async function firstHealthy(c: ResolvedContract, tag: string): Promise<number> {
  const secrets = c.env.secrets.filter((s) => s.required).flatMap((s) => ['-e', `${s.name}=dummy`]);
  const url = `http://127.0.0.1:${c.app.port}${c.app.health.liveness}`;
  const t0 = Date.now();
  const id = await docker(
    'run',
    '-d',
    '--network',
    'none',
    '--label',
    `dockspec.run=${RUN}`,
    ...secrets,
    tag,
  );
  try {
    const probe = `import time, urllib.request as u
deadline = time.time() + 60
while time.time() < deadline:
    try:
        u.urlopen('${url}', timeout=1); print(int(time.time() * 1000)); break
    except Exception:
        time.sleep(0.01)`;
    const at = Number(await docker('exec', id, 'python', '-c', probe));
    if (!Number.isFinite(at) || at === 0) throw new Error('never healthy within 60 s');
    return at - t0;
  } finally {
    await docker('rm', '-f', id).catch(() => undefined);
  }
}

async function measure(c: ResolvedContract, example: string, variant: Variant): Promise<Measurement> {
  const dir = await mkdtemp(join(tmpdir(), `dockspec-bench-${example}-${variant}-`));
  const tag = `dockspec-${RUN}:${example}-${variant}`;
  try {
    const dockerfile = await prepare(c, example, variant, dir);
    const cold = await timed(() => dockerAll(...buildArgs(c, dockerfile, dir, tag, ['--no-cache'])));
    const [size, layers] = (
      await docker('image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', tag)
    )
      .split(' ')
      .map(Number);
    // A one-line code change in the entrypoint module.
    const module = `${c.app.entrypoint.split(':')[0].replace(/\./g, '/')}.py`;
    // Unique per run: BuildKit's cache is content-addressed and would remember an earlier run's edit.
    await appendFile(join(dir, module), `\n# bench ${RUN}: a one-line change\n`);
    const re = await timed(() => dockerAll(...buildArgs(c, dockerfile, dir, tag)));
    const ran = stepsRun(re.value);
    return {
      example,
      variant,
      ok: true,
      sizeBytes: size,
      layers,
      coldBuildMs: Math.round(cold.ms),
      rebuildMs: Math.round(re.ms),
      rebuildStepsRun: ran.length,
      rebuildDependencyStepsRun: ran.filter((s) => DEP_STEP.test(s)).length,
      firstHealthyMs: await firstHealthy(c, tag).catch(() => undefined),
      budgetBytes:
        variant === 'generated-gpu'
          ? (c.budgets.gpuImageSizeBytes ?? c.budgets.imageSizeBytes)
          : c.budgets.imageSizeBytes,
    };
  } catch (error) {
    return {
      example,
      variant,
      ok: false,
      error: String((error as Error).message ?? error)
        .split('\n')
        .slice(-3)
        .join(' '),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The floor: base image + installed dependencies (Python packages as they sit in site-packages,
 * plus the runtime system packages' layer) + the app's files, read from the generated image.
 */
async function floor(c: ResolvedContract, example: string): Promise<ExampleResult['floorParts']> {
  const tag = `dockspec-${RUN}:${example}-generated`;
  const base = Number(await docker('image', 'inspect', '--format', '{{.Size}}', c.image.base));
  const du = async (script: string) =>
    Number(await docker('run', '--rm', '--network', 'none', '--entrypoint', 'sh', tag, '-c', script));
  const python = await du('du -sb /opt/venv/lib/python*/site-packages | cut -f1');
  const history = await docker(
    'history',
    '--human=false',
    '--no-trunc',
    '--format',
    '{{.Size}}\t{{.CreatedBy}}',
    tag,
  );
  const system = history
    .split('\n')
    .filter((l) => l.includes('apt-get install'))
    .reduce((sum, l) => sum + Number(l.split('\t')[0]), 0);
  const app = await du(`du -sb ${c.image.workdir} | cut -f1`);
  return { base, dependencies: python + system, app };
}

async function main(): Promise<void> {
  if (process.argv.includes('--report-only')) {
    const data = JSON.parse(await readFile(join(import.meta.dirname, 'results.json'), 'utf8'));
    return writeReport(join(root, 'BENCHMARKS.md'), data);
  }
  const wanted = process.argv.slice(2);
  const examples = readdirSync(join(root, 'examples')).filter(
    (n) =>
      existsSync(join(root, 'examples', n, 'dockspec.yaml')) && (wanted.length === 0 || wanted.includes(n)),
  );
  const results: ExampleResult[] = [];
  try {
    for (const example of examples) {
      const { resolved: c } = await loadContractFile(join(root, 'examples', example, 'dockspec.yaml'));
      const variants: Measurement[] = [];
      const kinds: Variant[] = [
        'generated',
        ...(c.image.gpu ? ['generated-gpu' as const] : []),
        'handwritten',
        'docker-init',
      ];
      for (const variant of kinds) {
        process.stderr.write(`${example} ${variant}…\n`);
        variants.push(await measure(c, example, variant));
      }
      const parts = variants[0].ok ? await floor(c, example).catch(() => undefined) : undefined;
      results.push({
        example,
        floorParts: parts,
        floorBytes: parts ? parts.base + parts.dependencies + parts.app : undefined,
        variants,
      });
    }
  } finally {
    const images = await docker('images', '-q', '--filter', `label=dockspec.run=${RUN}`).catch(() => '');
    if (images) await docker('rmi', '-f', ...new Set(images.split('\n'))).catch(() => undefined);
  }
  const engine = await docker('version', '--format', '{{.Server.Version}}');
  const previous = existsSync(join(import.meta.dirname, 'results.json'))
    ? (
        JSON.parse(await readFile(join(import.meta.dirname, 'results.json'), 'utf8')) as {
          results: ExampleResult[];
        }
      ).results
    : [];
  const merged = [...previous.filter((p) => !results.some((r) => r.example === p.example)), ...results].sort(
    (a, b) => a.example.localeCompare(b.example),
  );
  const data = { engine, date: new Date().toISOString().slice(0, 10), results: merged };
  await writeFile(join(import.meta.dirname, 'results.json'), `${JSON.stringify(data, null, 2)}\n`);
  await writeReport(join(root, 'BENCHMARKS.md'), data);
}

await main();
