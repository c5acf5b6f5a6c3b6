import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RUN_LABEL } from './engine.js';
import { type ParsedProgress, parseProgress } from './progress.js';

export interface BuildOptions {
  context: string;
  dockerfile: string;
  tag: string;
  runId: string;
  buildArgs?: Record<string, string>;
  signal?: AbortSignal;
}

export interface BuildResult {
  ok: boolean;
  tag: string;
  digest?: string;
  durationMs: number;
  builder: 'buildkit' | 'legacy';
  warnings: string[];
  progress: ParsedProgress;
  log: string;
  exitCode: number;
}

let buildxAvailable: Promise<boolean> | undefined;

/** Whether `docker buildx` is installed (checked once per process). */
export function hasBuildx(): Promise<boolean> {
  buildxAvailable ??= new Promise((resolve) => {
    execFile('docker', ['buildx', 'version'], (error) => resolve(!error));
  });
  return buildxAvailable;
}

/**
 * Builds through the docker CLI: BuildKit via buildx (`--load`, host network, plain progress,
 * metadata file for the digest); the legacy builder only when buildx is missing, with a warning.
 */
export async function buildImage(opts: BuildOptions): Promise<BuildResult> {
  const buildx = await hasBuildx();
  const warnings: string[] = [];
  const meta = await mkdtemp(path.join(tmpdir(), 'dockspec-build-'));
  const metadataFile = path.join(meta, 'metadata.json');
  const args = buildx
    ? ['buildx', 'build', '--load', '--progress=plain', '--metadata-file', metadataFile]
    : ['build'];
  if (!buildx) {
    warnings.push(
      'docker buildx is not installed: building with the legacy builder (no BuildKit step timings, no cache mounts). Install docker-buildx for faithful results.',
    );
  }
  args.push(
    '--network',
    'host',
    '--label',
    `${RUN_LABEL}=${opts.runId}`,
    '-f',
    opts.dockerfile,
    '-t',
    opts.tag,
  );
  for (const [k, v] of Object.entries(opts.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
  args.push(opts.context);
  const started = Date.now();
  const env = { ...process.env, ...(buildx ? {} : { DOCKER_BUILDKIT: '0' }) };
  const { code, output } = await runCapture('docker', args, env, opts.signal);
  const durationMs = Date.now() - started;
  let digest: string | undefined;
  try {
    const m = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
    digest = (m['containerimage.config.digest'] ?? m['containerimage.digest']) as string | undefined;
  } catch {
    // The legacy builder writes no metadata file.
  }
  await rm(meta, { recursive: true, force: true });
  return {
    ok: code === 0,
    tag: opts.tag,
    digest,
    durationMs,
    builder: buildx ? 'buildkit' : 'legacy',
    warnings,
    progress: parseProgress(output),
    log: output,
    exitCode: code,
  };
}

function runCapture(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.stderr.on('data', (b: Buffer) => chunks.push(b));
    const onAbort = () => child.kill('SIGTERM');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', reject);
    child.on('close', (code) => {
      signal?.removeEventListener('abort', onAbort);
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
