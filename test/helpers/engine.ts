import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, inject } from 'vitest';
import { readEngineEnvFile } from './engine-env.js';

/**
 * What engine-backed tests share: the engine's environment (from test/engine/global-setup.ts or
 * the env file of scripts/engine/up), a run id, and build/run helpers that label everything with
 * `dockspec.run=<id>`, use host networking (the engine has no bridge) and pass the local package
 * index as PIP_INDEX_URL. Cleanup by label runs in each file's afterAll (call `removeRunResources`)
 * and again in the global teardown, also after a failure or Ctrl-C.
 */

export const RUN_LABEL = 'dockspec.run';

export interface EngineInfo {
  /** The engine answers and tests may use it. */
  ready: boolean;
  /** Why not, and how to enable engine tests. */
  reason?: string;
  runId: string;
  /** DOCKER_HOST, DOCKER_CONFIG, DOCKSPEC_PIP_INDEX_URL(_313), DOCKSPEC_POSTGRES_URL, … */
  env: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    dockspecEngine: EngineInfo;
  }
}

const execFileAsync = promisify(execFile);
let cached: EngineInfo | undefined;

/** The engine as the global setup found it; outside a vitest engine run, read from the env file. */
export function engineInfo(): EngineInfo {
  if (cached) return cached;
  let provided: EngineInfo | undefined;
  try {
    provided = inject('dockspecEngine');
  } catch {
    provided = undefined; // not inside a vitest worker
  }
  if (provided) {
    cached = provided;
    return cached;
  }
  const env = { ...readEngineEnvFile(), ...definedEnv() };
  cached = {
    ready: process.env.DOCKSPEC_ENGINE_READY !== '0' && Boolean(env.DOCKER_HOST),
    reason: process.env.DOCKSPEC_ENGINE_SKIP_REASON,
    runId: process.env.DOCKSPEC_RUN_ID || newRunId(),
    env,
  };
  return cached;
}

function definedEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) out[key] = value;
  return out;
}

/** `t<time>-<pid>`: the pid of the process that owns the run lets a later run sweep its orphans. */
export function newRunId(): string {
  return `t${Date.now().toString(36)}-${process.pid}`;
}

const OWNED_RUN = /^t[0-9a-z]+-(\d+)$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes containers and images of earlier test runs whose process is gone (killed with SIGKILL,
 * or the machine stopped): run ids made by `newRunId` only, never other tools' labels.
 */
export function sweepOrphanedRunsSync(env: NodeJS.ProcessEnv = engineEnv()): string[] {
  const list = (kind: 'ps' | 'images') => {
    try {
      const args = kind === 'ps' ? ['ps', '-a'] : ['images'];
      const format = `{{.Label "${RUN_LABEL}"}}`;
      return execFileSync('docker', [...args, '--filter', `label=${RUN_LABEL}`, '--format', format], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
        stdio: 'pipe',
      }).split('\n');
    } catch {
      return [];
    }
  };
  const orphans = new Set<string>();
  for (const id of [...list('ps'), ...list('images')]) {
    const match = OWNED_RUN.exec(id.trim());
    if (match && !processAlive(Number(match[1]))) orphans.add(match[0]);
  }
  for (const id of orphans) removeRunResourcesSync(id, env);
  return [...orphans];
}

export function runId(): string {
  return engineInfo().runId;
}

/** process.env plus the engine's settings: pass it to every docker or dockspec child process. */
export function engineEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ...engineInfo().env };
}

/** `describe` that skips (with the reason in its name) when no engine is available. */
export function describeEngine(name: string, fn: () => void): void {
  const info = engineInfo();
  if (info.ready) describe(name, fn);
  else describe.skip(`${name} (skipped: ${info.reason ?? 'no Docker engine; run scripts/engine/up'})`, fn);
}

export interface DockerResult {
  stdout: string;
  stderr: string;
}

/** Runs the docker CLI against the test engine; rejects with stderr in the message. */
export async function docker(args: string[], opts: { timeoutMs?: number } = {}): Promise<DockerResult> {
  try {
    const { stdout, stderr } = await execFileAsync('docker', args, {
      env: engineEnv(),
      maxBuffer: 64 * 1024 * 1024,
      timeout: opts.timeoutMs ?? 600_000,
    });
    return { stdout: stdout.trim(), stderr: stderr.trim() };
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    const detail = (e.stderr || e.stdout || '').trim().split('\n').slice(-20).join('\n');
    throw new Error(`docker ${args.join(' ')} failed:\n${detail || e.message}`);
  }
}

/** The local package index URL for a Python version ("3.11" or "3.13"), as `up` serves it. */
export function pipIndexUrl(python = '3.11'): string | undefined {
  const env = engineInfo().env;
  return python.startsWith('3.13') ? env.DOCKSPEC_PIP_INDEX_URL_313 : env.DOCKSPEC_PIP_INDEX_URL;
}

export function postgresUrl(): string | undefined {
  return engineInfo().env.DOCKSPEC_POSTGRES_URL;
}

const databases: string[] = [];

/**
 * A fresh database on the loopback PostgreSQL of `scripts/engine/postgres up`, so tests that
 * migrate do not meet each other's tables; dropped by `removeRunResources`. Returns its URL.
 */
export async function createTestDatabase(name = 'db'): Promise<string> {
  const base = postgresUrl();
  if (!base) throw new Error('no PostgreSQL: run `scripts/engine/postgres up` (DOCKSPEC_POSTGRES_URL unset)');
  const db = `t_${runId()}_${name}_${randomBytes(2).toString('hex')}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  await execFileAsync('psql', [base, '-v', 'ON_ERROR_STOP=1', '-qc', `CREATE DATABASE "${db}"`]);
  databases.push(db);
  const url = new URL(base);
  url.pathname = `/${db}`;
  return url.toString();
}

/** Runs one SQL statement with psql and returns its unaligned output. */
export async function psql(url: string, sql: string): Promise<string> {
  const { stdout } = await execFileAsync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-Atqc', sql]);
  return stdout.trim();
}

async function dropTestDatabases(): Promise<void> {
  const base = postgresUrl();
  for (const db of databases.splice(0)) {
    if (!base) break;
    await execFileAsync('psql', [base, '-qc', `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`]).catch(
      () => undefined,
    );
  }
}

export interface BuildOptions {
  /** Build context folder. */
  context: string;
  /** Dockerfile path (absolute or relative to the cwd); defaults to <context>/Dockerfile. */
  dockerfile?: string;
  /** Image tag; defaults to dockspec-test/<name>:<run id>. */
  tag?: string;
  name?: string;
  /** Picks the package index passed as PIP_INDEX_URL. */
  python?: string;
  buildArgs?: Record<string, string>;
  target?: string;
  labels?: Record<string, string>;
  timeoutMs?: number;
}

/** Builds with BuildKit (docker buildx build), host networking, the run label and the local index. */
export async function buildImage(opts: BuildOptions): Promise<string> {
  assertNoSyntaxDirective(opts.dockerfile ?? join(opts.context, 'Dockerfile'));
  const tag = opts.tag ?? `dockspec-test/${opts.name ?? 'image'}:${runId()}`;
  const args = ['buildx', 'build', '--network', 'host', '--label', `${RUN_LABEL}=${runId()}`, '-t', tag];
  const index = pipIndexUrl(opts.python);
  const buildArgs = { ...(index ? { PIP_INDEX_URL: index } : {}), ...opts.buildArgs };
  for (const [key, value] of Object.entries(buildArgs)) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(opts.labels ?? {})) args.push('--label', `${key}=${value}`);
  if (opts.dockerfile) args.push('-f', opts.dockerfile);
  if (opts.target) args.push('--target', opts.target);
  args.push(opts.context);
  await docker(args, { timeoutMs: opts.timeoutMs ?? 600_000 });
  return tag;
}

/**
 * `# syntax=` makes BuildKit pull a frontend image from a registry, which the offline engine cannot;
 * say so up front instead of a resolver error. DOCKSPEC_ALLOW_SYNTAX_DIRECTIVE=1 lifts this.
 */
function assertNoSyntaxDirective(dockerfile: string): void {
  if (process.env.DOCKSPEC_ALLOW_SYNTAX_DIRECTIVE === '1' || !existsSync(dockerfile)) return;
  for (const line of readFileSync(dockerfile, 'utf8').split('\n')) {
    if (!line.startsWith('#')) break; // directives only stand before the first instruction or blank
    if (/^#\s*syntax\s*=/i.test(line)) {
      throw new Error(`${dockerfile}:1: a "# syntax=" line pulls an image; drop it for offline engine tests`);
    }
  }
}

export interface RunOptions {
  image: string;
  env?: Record<string, string>;
  /** Extra `docker run` flags (before the image). */
  flags?: string[];
  /** Command and arguments (after the image). */
  command?: string[];
  name?: string;
}

/** Starts a detached container with host networking and the run label; returns its id. */
export async function runContainer(opts: RunOptions): Promise<string> {
  const name = opts.name ?? `dockspec-test-${runId()}-${randomBytes(3).toString('hex')}`;
  const args = ['run', '-d', '--network', 'host', '--label', `${RUN_LABEL}=${runId()}`, '--name', name];
  for (const [key, value] of Object.entries(opts.env ?? {})) args.push('-e', `${key}=${value}`);
  args.push(...(opts.flags ?? []), opts.image, ...(opts.command ?? []));
  return (await docker(args)).stdout.split('\n').pop() ?? name;
}

export async function containerLogs(id: string): Promise<string> {
  const { stdout, stderr } = await docker(['logs', '--tail', '200', id]).catch((e: Error) => ({
    stdout: e.message,
    stderr: '',
  }));
  return [stdout, stderr].filter(Boolean).join('\n');
}

/** A TCP port free on 127.0.0.1 right now (containers share the host's network). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * Polls a URL until it answers with `expect` (default 200) or the deadline passes; readiness is a
 * deadline-bound wait, not a fixed sleep. When `container` is given, stops early if it exits.
 */
export async function waitForHttp(
  url: string,
  opts: { timeoutMs?: number; expect?: number; container?: string } = {},
): Promise<HttpAnswer> {
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const expected = opts.expect ?? 200;
  let last: HttpAnswer | string = 'no answer';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      last = { status: res.status, body: await res.text() };
      if (last.status === expected) return last;
    } catch (error) {
      last = (error as Error).message;
    }
    if (opts.container) {
      const state = await docker(['inspect', '-f', '{{.State.Running}}', opts.container]).catch(() => null);
      if (state && state.stdout !== 'true') break;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const seen = typeof last === 'string' ? last : `HTTP ${last.status}: ${last.body.slice(0, 300)}`;
  const logs = opts.container ? `\ncontainer logs:\n${await containerLogs(opts.container)}` : '';
  throw new Error(`${url} did not answer ${expected} in time (last: ${seen})${logs}`);
}

function labelFilter(id: string): string {
  return `label=${RUN_LABEL}=${id}`;
}

/** Removes the run's containers, then its images (by label), then its test databases. Never throws. */
export async function removeRunResources(id = runId()): Promise<void> {
  await removeContainersAndImages(id);
  await dropTestDatabases();
}

async function removeContainersAndImages(id: string): Promise<void> {
  const containers = await docker(['ps', '-aq', '--filter', labelFilter(id)]).catch(() => null);
  const cids = containers?.stdout.split('\n').filter(Boolean) ?? [];
  if (cids.length) await docker(['rm', '-f', '-v', ...cids]).catch(() => undefined);
  const images = await docker(['images', '-q', '--filter', labelFilter(id)]).catch(() => null);
  const iids = [...new Set(images?.stdout.split('\n').filter(Boolean) ?? [])];
  if (iids.length) await docker(['rmi', '-f', ...iids]).catch(() => undefined);
}

/** The same, synchronous, for signal handlers. */
export function removeRunResourcesSync(id: string, env: NodeJS.ProcessEnv = engineEnv()): void {
  const run = (args: string[]) => {
    try {
      return execFileSync('docker', args, { env, encoding: 'utf8', timeout: 60_000, stdio: 'pipe' }).trim();
    } catch {
      return '';
    }
  };
  const cids = run(['ps', '-aq', '--filter', labelFilter(id)])
    .split('\n')
    .filter(Boolean);
  if (cids.length) run(['rm', '-f', '-v', ...cids]);
  const iids = [
    ...new Set(
      run(['images', '-q', '--filter', labelFilter(id)])
        .split('\n')
        .filter(Boolean),
    ),
  ];
  if (iids.length) run(['rmi', '-f', ...iids]);
}
