import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage } from '../../src/verify/engine/build.js';
import { DockerodeEngine } from '../../src/verify/engine/dockerode-engine.js';
import { loadEngineEnv } from './engine-env.js';

loadEngineEnv();
const engine = new DockerodeEngine();
const fixtures = path.resolve('test/fixtures/faulty');
const bin = path.resolve('src/cli/bin.ts');
const GOOD = `dockspec-fixture-good:cli-${process.pid}`;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  env: Record<string, string> = {},
  onStart?: (pid: number) => void,
): Promise<Run> {
  return new Promise((resolve) => {
    // The fixtures' secrets are never supplied here: run with dummies unless a test passes its own.
    const secrets = args[0] === 'verify' && !args.includes('--secret') ? ['--allow-dummy-secrets'] : [];
    const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args, ...secrets], {
      env: { ...process.env, CI: '1', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => {
      stdout += b;
    });
    child.stderr.on('data', (b) => {
      stderr += b;
    });
    onStart?.(child.pid!);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('dockspec verify (CLI)', () => {
  beforeAll(async () => {
    // Reports are written here; run alone, no unit test has made the folder yet.
    await mkdir('test-artifacts', { recursive: true });
    const good = await buildImage({
      context: path.join(fixtures, 'good'),
      dockerfile: path.join(fixtures, 'good', 'Dockerfile'),
      tag: GOOD,
      runId: `cli-fixtures-${process.pid}`,
    });
    expect(good.ok, good.log).toBe(true);
  });
  afterAll(async () => {
    await engine.removeImage(GOOD);
  });

  it('exits 0 with --image and prints JSON on stdout, progress on stderr', async () => {
    const r = await cli([
      'verify',
      '--contract',
      path.join(fixtures, 'good/dockspec.yaml'),
      '--image',
      GOOD,
      '--only',
      'config,startup,process',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual([
      'config:pass',
      'startup:pass',
      'process:pass',
    ]);
    expect(r.stderr).toMatch(/^PASS {2}config/m);
    expect(data.warnings).toContain(
      'secret OPENAI_API_KEY was not supplied: the container ran with a dummy value',
    );
    // A given image is the user's: verify never removes it.
    await expect(engine.inspectImage(GOOD)).resolves.toBeTruthy();
  });

  it('exits 1 when a check fails, and writes the markdown report', async () => {
    const out = path.join('test-artifacts', 'verify-over-budget.md');
    const r = await cli([
      'verify',
      '--contract',
      path.join(fixtures, 'over-budget/dockspec.yaml'),
      '--image',
      GOOD,
      '--only',
      'size',
      '--report',
      'md',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/FAIL {2}size .*over the 50MB budget/);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(out, 'utf8')).toMatch(
      /- \[ \] ☐ \*\*Image size and layer count within budget, little waste\*\* — image is/,
    );
  });

  it('measures what the image adds to its base against budgets.imageSizeAboveBase', async () => {
    const { mkdtemp, readFile, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'dockspec-above-base-'));
    const contract = (budget: string) =>
      readFile(path.join(fixtures, 'over-budget/dockspec.yaml'), 'utf8').then((t) =>
        t.replace(/budgets:[\s\S]*$/, `budgets:\n  imageSizeAboveBase: ${budget}\n`),
      );
    const run = async (budget: string) => {
      const file = path.join(dir, `above-${budget}.yaml`);
      await writeFile(file, await contract(budget));
      return cli(['verify', '--contract', file, '--image', GOOD, '--only', 'size']);
    };
    // The fixture's image adds only its app (a few kB) to python:3.11-slim: more than 100 bytes (a
    // bare number is bytes), far less than 2 GB.
    const tight = await run('100');
    expect(tight.code, tight.stderr).toBe(1);
    expect(tight.stderr).toMatch(
      /FAIL {2}size .*the image adds \d+(\.\d+)?[kMG]?B to its base, over the 100B budget/,
    );
    const roomy = await run('2GB');
    expect(roomy.code, roomy.stderr).toBe(0);
    expect(roomy.stderr).toMatch(/PASS {2}size .*above the base/);
  });

  it('writes a self-contained HTML report and JUnit from a real run', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const [kind, out] of [
      ['html', 'test-artifacts/verify-good.html'],
      ['junit', 'test-artifacts/verify-good.xml'],
    ]) {
      const r = await cli([
        'verify',
        '--contract',
        path.join(fixtures, 'good/dockspec.yaml'),
        '--image',
        GOOD,
        '--only',
        'size,config,startup',
        '--report',
        kind,
        '--out',
        out,
      ]);
      expect(r.code, r.stderr).toBe(0);
      const text = await readFile(out, 'utf8');
      if (kind === 'html') {
        expect(text).toContain('<h2>Definition of Done</h2>');
        expect(text.match(/<tr class="check pass"/g)).toHaveLength(3);
        expect(text).toMatch(/<svg data-testid="layer-chart"[^>]*>(<g class="layer">.*?<\/g>)+<\/svg>/);
        expect(text).not.toMatch(/<script|<link|src="http/);
      } else {
        expect(text).toContain('tests="3" failures="0" errors="0" skipped="0"');
      }
    }
  });

  it('exits 2 with a clear message when no engine answers', async () => {
    const r = await cli(['verify', '--contract', path.join(fixtures, 'good/dockspec.yaml')], {
      DOCKER_HOST: 'unix:///nonexistent/docker.sock',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Cannot reach a Docker engine at unix:\/\/\/nonexistent\/docker\.sock/);
    expect(r.stderr).toMatch(/set DOCKER_HOST, or run scripts\/engine\/up/);
  });

  it('exits 2 for an unknown check id', async () => {
    const r = await cli([
      'verify',
      '--contract',
      path.join(fixtures, 'good/dockspec.yaml'),
      '--only',
      'sizes',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown check sizes/);
  });

  /** Starts a verify run and waits (bounded) until it has two containers, or has ended. */
  async function runWithContainers(
    runId: string,
  ): Promise<{ pid: number; done: Promise<Run>; seen: number; finished?: Run }> {
    let pid = 0;
    const done = cli(
      ['verify', '--contract', path.join(fixtures, 'good/dockspec.yaml')],
      { DOCKSPEC_RUN_ID: runId },
      (p) => {
        pid = p;
      },
    );
    const deadline = Date.now() + 60_000;
    let seen = 0;
    let finished: Run | undefined;
    void done.then((r) => {
      finished = r;
    });
    while (Date.now() < deadline && !finished) {
      seen = (await engine.listLabelled(runId)).containers.length;
      if (seen >= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return { pid, done, seen, finished };
  }

  it('removes every container and image of the run on SIGINT mid-run', async () => {
    const runId = `sigint-${process.pid}`;
    const { pid, done, seen, finished } = await runWithContainers(runId);
    expect(finished?.stderr ?? '').toBe('');
    expect(seen).toBeGreaterThanOrEqual(2);
    process.kill(pid, 'SIGINT');
    const r = await done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/SIGINT: removing this run's containers and images/);
    expect(await engine.listLabelled(runId)).toEqual({ containers: [], images: [], volumes: [] });
  });

  it('finishes the clean-up when Ctrl-C is pressed twice, 0.2 s apart', async () => {
    const runId = `sigint2-${process.pid}`;
    const { pid, done, seen, finished } = await runWithContainers(runId);
    expect(finished?.stderr ?? '').toBe('');
    expect(seen).toBeGreaterThanOrEqual(2);
    process.kill(pid, 'SIGINT');
    await new Promise((r) => setTimeout(r, 200));
    process.kill(pid, 'SIGINT');
    const r = await done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/cleaning up, press Ctrl-C again to force/);
    expect(await engine.listLabelled(runId)).toEqual({ containers: [], images: [], volumes: [] });
  });

  /** Starts a run, kills it with SIGKILL once it has containers, and returns what it left. */
  async function killedRun(runId: string): Promise<{ pid: number; left: number }> {
    const { pid, done, seen, finished } = await runWithContainers(runId);
    expect(finished?.stderr ?? '').toBe('');
    expect(seen).toBeGreaterThanOrEqual(2);
    process.kill(pid, 'SIGKILL');
    // Awaited so the process is reaped: a zombie still answers a signal-0 probe.
    expect((await done).signal).toBe('SIGKILL');
    const left = await engine.listLabelled(runId);
    return { pid, left: left.containers.length + left.images.length };
  }

  it('`dockspec clean` removes what a run killed with SIGKILL left, and says so', async () => {
    const runId = `sigkill-${process.pid}`;
    const { pid, left } = await killedRun(runId);
    // The leak the reaper exists for: nothing ran the killed run's clean-up.
    expect(left).toBeGreaterThanOrEqual(3);
    const r = await cli(['clean']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `removed \\d+ containers? and \\d+ images? left by run ${runId} \\(process ${pid} on this host has ended\\)`,
      ),
    );
    expect(await engine.listLabelled(runId)).toEqual({ containers: [], images: [], volumes: [] });
    // A second clean finds nothing of it.
    expect((await cli(['clean'])).stderr).not.toContain(runId);
  });

  it('the next verify run removes what a killed run left before it starts', async () => {
    const runId = `sigkill-next-${process.pid}`;
    const { pid } = await killedRun(runId);
    const r = await cli([
      'verify',
      '--contract',
      path.join(fixtures, 'good/dockspec.yaml'),
      '--only',
      'config',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toMatch(
      new RegExp(`^removed .* left by run ${runId} \\(process ${pid} on this host`),
    );
    expect(await engine.listLabelled(runId)).toEqual({ containers: [], images: [], volumes: [] });
  });
});
