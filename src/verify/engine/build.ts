import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BuilderKind, BuildOptions, BuildResult } from './build-types.js';
import { chooseBuilder } from './builder.js';
import { runLabels } from './engine.js';
import { parseLegacyProgress } from './legacy-progress.js';
import { type ParsedProgress, parseProgress } from './progress.js';

export type { BuildOptions, BuildResult } from './build-types.js';

/**
 * Builds through the docker CLI: BuildKit via buildx (`--load`, host network, plain progress,
 * metadata file for the digest) when the engine offers BuildKit; otherwise (Podman, no buildx,
 * DOCKSPEC_BUILDER=legacy) `docker build` with DOCKER_BUILDKIT=0 and a warning, its output read by
 * the legacy parser and the image id taken from the tag.
 */
export async function buildImage(opts: BuildOptions): Promise<BuildResult> {
  const choice = await chooseBuilder();
  const builder = builders[choice.builder];
  const warnings = choice.warning ? [choice.warning] : [];
  const meta = await mkdtemp(path.join(tmpdir(), 'dockspec-build-'));
  const metadataFile = path.join(meta, 'metadata.json');
  const args = [
    ...builder.command(metadataFile),
    '--network',
    'host',
    ...Object.entries(runLabels(opts.runId)).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    '-f',
    opts.dockerfile,
    '-t',
    opts.tag,
  ];
  for (const [k, v] of Object.entries(opts.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
  args.push(opts.context);
  const started = Date.now();
  const env = { ...process.env, DOCKER_BUILDKIT: builder.kind === 'buildkit' ? '1' : '0' };
  const { code, output } = await runCapture('docker', args, env, opts.signal, opts.idleTimeoutMs);
  const durationMs = Date.now() - started;
  const digest = await builder.digest({ metadataFile, tag: opts.tag, ok: code === 0, env });
  await rm(meta, { recursive: true, force: true });
  return {
    ok: code === 0,
    tag: opts.tag,
    digest,
    durationMs,
    builder: choice.builder,
    engine: choice.engine,
    warnings,
    progress: builder.progress(output, code),
    log: output,
    exitCode: code,
  };
}

/** One way to build through the docker CLI: its command, where the digest comes from, how its output reads. */
interface CliBuilder {
  kind: BuilderKind;
  command(metadataFile: string): string[];
  digest(run: {
    metadataFile: string;
    tag: string;
    ok: boolean;
    env: NodeJS.ProcessEnv;
  }): Promise<string | undefined>;
  progress(output: string, exitCode: number): ParsedProgress;
}

/** BuildKit through buildx: loaded into the engine, plain progress, the digest from its metadata file. */
const buildkit: CliBuilder = {
  kind: 'buildkit',
  command: (metadataFile) => [
    'buildx',
    'build',
    '--load',
    '--progress=plain',
    '--metadata-file',
    metadataFile,
  ],
  async digest({ metadataFile }) {
    try {
      const m = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
      return (m['containerimage.config.digest'] ?? m['containerimage.digest']) as string | undefined;
    } catch {
      return undefined; // An older buildx writes no metadata file; the digest is only shown, never required.
    }
  },
  progress: (output) => parseProgress(output),
};

/** The legacy `docker build` (Podman's Buildah behind its Docker API answers the same way). */
const legacy: CliBuilder = {
  kind: 'legacy',
  command: () => ['build'],
  digest: ({ tag, ok, env }) => (ok ? imageId(tag, env) : Promise.resolve(undefined)),
  progress: (output, exitCode) => parseLegacyProgress(output, exitCode),
};

/** The two builders `chooseBuilder` picks between. */
export const builders: Record<BuilderKind, CliBuilder> = { buildkit, legacy };

/** The legacy builder writes no metadata: the id comes from the tag it just wrote. */
function imageId(tag: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('docker', ['image', 'inspect', '--format', '{{.Id}}', tag], { env }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}

function runCapture(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
  idleTimeoutMs?: number,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let idle: NodeJS.Timeout | undefined;
    const quiet = () => {
      chunks.push(
        Buffer.from(
          `\ndockspec: the build printed nothing for ${Math.round(idleTimeoutMs! / 1000)} s and was stopped (is the Docker engine wedged? raise --time-scale for a very slow step)\n`,
        ),
      );
      child.kill('SIGTERM');
    };
    const heard = () => {
      if (!idleTimeoutMs) return;
      clearTimeout(idle);
      idle = setTimeout(quiet, idleTimeoutMs);
    };
    heard();
    child.stdout.on('data', (b: Buffer) => {
      chunks.push(b);
      heard();
    });
    child.stderr.on('data', (b: Buffer) => {
      chunks.push(b);
      heard();
    });
    const onAbort = () => child.kill('SIGTERM');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(idle);
      signal?.removeEventListener('abort', onAbort);
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
