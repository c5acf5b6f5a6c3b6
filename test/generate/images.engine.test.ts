import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import type { ResolvedContract } from '../../src/contract/resolved.js';
import { generate, planFor } from '../../src/generate/index.js';

/**
 * Builds each example backend's generated image on a real engine, runs it and checks what the
 * contract promises: the HEALTHCHECK reaches healthy, the health endpoint answers 200 to a client
 * running as the contract's UID, the server is PID 1, and `docker stop` ends it cleanly inside the
 * shutdown budget. Everything carries `dockspec.run=<id>` and is removed afterwards.
 */
const run = promisify(execFile);
const RUN_ID = `generate-${randomBytes(4).toString('hex')}`;
const examplesDir = join(import.meta.dirname, '../../examples');
const examples = readdirSync(examplesDir).filter((n) => existsSync(join(examplesDir, n, 'dockspec.yaml')));
// Small projects for paths the examples do not take (gunicorn, $PORT through `sh -c exec`).
const projectsDir = join(import.meta.dirname, '../fixtures/generate/projects');
const projects = [
  ...examples.map((name) => ({ name, dir: join(examplesDir, name) })),
  ...readdirSync(projectsDir).map((name) => ({ name, dir: join(projectsDir, name) })),
];

/** The engine's environment: the caller's, or what scripts/engine/up recorded. */
function engineEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  const home = process.env.DOCKSPEC_ENGINE_HOME ?? join(homedir(), '.cache/dockspec/engine');
  const file = join(home, 'env');
  if (!env.DOCKER_HOST && existsSync(file)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^export (\w+)=(.*)$/gm)) env[m[1]] ??= m[2];
  }
  const socket = join(home, 'run/docker.sock');
  if (!env.DOCKER_HOST && existsSync(socket)) env.DOCKER_HOST = `unix://${socket}`;
  return env;
}
const env = engineEnv();
const docker = async (...args: string[]) =>
  (await run('docker', args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 })).stdout.trim();

function indexFor(python: string): string {
  const url = python.startsWith('3.13') ? env.DOCKSPEC_PIP_INDEX_URL_313 : env.DOCKSPEC_PIP_INDEX_URL;
  if (!url) throw new Error(`no package index for Python ${python}: run scripts/engine/up`);
  return url;
}

async function waitForHealth(container: string, deadlineMs: number): Promise<string> {
  const end = Date.now() + deadlineMs;
  let status = '';
  while (Date.now() < end) {
    status = await docker(
      'inspect',
      '--format',
      '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}',
      container,
    );
    if (status === 'running healthy' || !status.startsWith('running')) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return status;
}

const work: string[] = [];
beforeAll(async () => {
  await docker('version', '--format', '{{.Server.Version}}'); // fails loudly without an engine
});
afterAll(async () => {
  const containers = await docker('ps', '-aq', '--filter', `label=dockspec.run=${RUN_ID}`).catch(() => '');
  if (containers) await docker('rm', '-f', ...containers.split('\n')).catch(() => undefined);
  const images = await docker('images', '-q', '--filter', `label=dockspec.run=${RUN_ID}`).catch(() => '');
  if (images) await docker('rmi', '-f', ...new Set(images.split('\n'))).catch(() => undefined);
  for (const dir of work) await rm(dir, { recursive: true, force: true });
});

describe.each(projects)('generated image of $name', ({ name, dir: source }) => {
  let c: ResolvedContract;
  let image: string;
  let container: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), `dockspec-${name}-`));
    work.push(dir);
    await cp(source, dir, { recursive: true });
    ({ resolved: c } = await loadContractFile(join(dir, 'dockspec.yaml')));
    // The example may ship its own .dockerignore; the generated one replaces it in this copy.
    const generated = await generate(c, { outDir: dir, only: ['dockerfile', 'dockerignore'], force: true });
    expect(generated.files.find((f) => f.path === 'Dockerfile')?.written).toBe(true);
    image = `dockspec-${RUN_ID}:${name}`;
    await docker(
      'build',
      '--quiet',
      '--network',
      'host',
      '--build-arg',
      `PIP_INDEX_URL=${indexFor(c.image.python)}`,
      '--label',
      `dockspec.run=${RUN_ID}`,
      '-t',
      image,
      dir,
    );
  });

  it('reaches healthy, answers 200 to the contract UID, runs the server as PID 1', async () => {
    // Dummy values for required secrets: the apps refuse to start without them, and never reach out
    // (no network). The health interval is shortened for speed; the probe is the image's own.
    const secrets = c.env.secrets.filter((s) => s.required).flatMap((s) => ['-e', `${s.name}=dummy`]);
    // Where the image honours $PORT, set another port: the server and its HEALTHCHECK must follow it.
    const port = planFor(c).honourPort ? c.app.port + 1 : c.app.port;
    const portEnv = port === c.app.port ? [] : ['-e', `PORT=${port}`];
    container = await docker(
      'run',
      '-d',
      '--network',
      'none',
      '--label',
      `dockspec.run=${RUN_ID}`,
      '--health-interval',
      '1s',
      '--health-start-interval',
      '250ms',
      ...secrets,
      ...portEnv,
      image,
    );
    const deadline =
      c.healthcheck.startPeriodMs + c.healthcheck.timeoutMs * (c.healthcheck.retries + 1) + 30_000;
    const status = await waitForHealth(container, deadline);
    if (status !== 'running healthy') console.error(await docker('logs', container).catch(String));
    expect(status).toBe('running healthy');

    const { uid, gid } = c.image.user;
    const url = `http://127.0.0.1:${port}${c.app.health.liveness}`;
    const answer = await docker(
      'exec',
      '-u',
      `${uid}:${gid}`,
      container,
      'python',
      '-c',
      `import os, urllib.request as u; r = u.urlopen('${url}', timeout=5); print(os.getuid(), r.status)`,
    );
    expect(answer).toBe(`${uid} 200`);
    expect(await docker('inspect', '--format', '{{.Config.User}}', image)).toBe(`${uid}:${gid}`);
    const pid1 = await docker('exec', container, 'cat', '/proc/1/cmdline');
    expect(pid1.split('\0').some((w) => w.endsWith(`/${c.app.server}`) || w === c.app.server)).toBe(true);
  });

  it('stops cleanly on docker stop, well inside the shutdown budget', async () => {
    const budgetS = Math.ceil((c.budgets.shutdownMs ?? 10_000) / 1000);
    const start = Date.now();
    await docker('stop', '-t', String(budgetS), container);
    const elapsed = Date.now() - start;
    const exit = Number(await docker('inspect', '--format', '{{.State.ExitCode}}', container));
    expect([0, 143]).toContain(exit);
    expect(elapsed).toBeLessThan(budgetS * 1000 * 0.8);
  });
});

describe('dockspec package --target hf-space', () => {
  it('builds the same image from the Space folder as from the project', async () => {
    const { packageProject } = await import('../../src/generate/package.js');
    const name = examples.find((n) => n.startsWith('hf-')) ?? examples[0];
    const dir = await mkdtemp(join(tmpdir(), `dockspec-package-${name}-`));
    work.push(dir);
    const project = join(dir, 'project');
    await cp(join(examplesDir, name), project, { recursive: true });
    const { resolved: c } = await loadContractFile(join(project, 'dockspec.yaml'));
    await generate(c, { outDir: project, only: ['dockerfile', 'dockerignore'], force: true });
    await packageProject(c, { projectDir: project, outDir: join(dir, 'space'), target: 'hf-space' });
    // The files the image carries, with their content hashes, owners and modes.
    const listing = async (context: string, tag: string) => {
      await docker(
        'build',
        '--quiet',
        '--network',
        'host',
        '--build-arg',
        `PIP_INDEX_URL=${indexFor(c.image.python)}`,
        '--label',
        `dockspec.run=${RUN_ID}`,
        '-t',
        tag,
        context,
      );
      const script = `find ${c.image.workdir} /opt/venv -type f -exec sha256sum {} + | sort -k2; find ${c.image.workdir} -printf '%u:%g %m %p\\n' | sort -k3`;
      return docker('run', '--rm', '--network', 'none', '--entrypoint', 'sh', tag, '-c', script);
    };
    const fromProject = await listing(project, `dockspec-${RUN_ID}:package-project`);
    const fromSpace = await listing(join(dir, 'space'), `dockspec-${RUN_ID}:package-space`);
    expect(fromSpace.split('\n').length).toBeGreaterThan(10);
    expect(fromSpace).toBe(fromProject);
  });
});
