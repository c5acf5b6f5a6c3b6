import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import { buildImage } from '../../src/verify/engine/build.js';
import { DockerodeEngine } from '../../src/verify/engine/dockerode-engine.js';
import type { CheckId } from '../../src/verify/types.js';
import { pipIndexFor, type VerifyReport, verify } from '../../src/verify/verify.js';
import { loadEngineEnv, testTimeScale } from './engine-env.js';

loadEngineEnv();
const fixtures = path.resolve('test/fixtures/faulty');
const engine = new DockerodeEngine();
// Per process: another session's run of this suite must not remove our base image.
const GOOD = `dockspec-fixture-good:${process.pid}`;

async function run(name: string): Promise<VerifyReport> {
  const { resolved } = await loadContractFile(path.join(fixtures, name, 'dockspec.yaml'));
  return verify({
    contract: resolved,
    contextDir: path.join(fixtures, name),
    pipIndexUrl: pipIndexFor(resolved),
    postgresUrl: process.env.DOCKSPEC_POSTGRES_URL,
    timeScale: testTimeScale(),
    buildArgs: { BASE: GOOD },
  });
}

const failing = (r: VerifyReport) =>
  r.checks.filter((c) => c.status !== 'pass' && c.status !== 'skip').map((c) => c.id);
const actualOf = (r: VerifyReport, id: CheckId) => r.checks.find((c) => c.id === id)?.actual ?? '';

/** Each must-fail fixture breaks one clause: the checks that must catch it, and what they must say. */
const cases: [string, Partial<Record<CheckId, RegExp>>][] = [
  [
    'runs-as-root',
    { config: /runs as root \(USER is 0\)/, process: /PID 1 runs as uid 0, contract uid is 10001/ },
  ],
  ['curl-healthcheck', { healthcheck: /HEALTHCHECK command failed 3 times.*curl: not found/ }],
  [
    'shell-form-cmd',
    {
      config: /CMD is in shell form/,
      process: /PID 1 is sh .*a shell, so SIGTERM never reaches the server/,
      shutdown: /exit 137 .*SIGTERM was ignored/,
    },
  ],
  [
    'env-baked',
    {
      context: /sent to the engine: \.env \(\.env file\)/,
      secrets: /\/app\/\.env \(\.env file\).*contains an OpenAI key/,
    },
  ],
  [
    'secret-in-env',
    {
      config: /ENV OPENAI_API_KEY is a contract secret baked into the image config/,
      secrets: /history: OPENAI_API_KEY set at build time/,
      'required-env': /answered \/health without OPENAI_API_KEY instead of exiting/,
    },
  ],
  [
    'cors-wildcard',
    { cors: /https:\/\/fixture-good-preview-git-main\.vercel\.app \(matches .*\) is refused/ },
  ],
  ['binds-localhost', { process: /listens only on 127\.0\.0\.1/ }],
  ['readiness-always-200', { readiness: /with postgres unreachable, \/ready answered 200, not 503/ }],
  ['ignores-sigterm', { shutdown: /exit 137 after .*SIGTERM was ignored/ }],
  ['readonly-app-folder', { filesystem: /\/app\/data is not writable as uid 10001: .*Permission denied/ }],
  ['traceback-missing-secret', { 'required-env': /crashed with a Python traceback/ }],
  ['over-budget', { size: /image is 1\d\d(\.\d)?MB, over the 50MB budget/ }],
];

describe('verify on the real engine', () => {
  let buildRun: string;
  beforeAll(async () => {
    // Faulty fixtures start FROM the good image, so it is built once and shared.
    buildRun = `fixtures-${process.pid}`;
    const good = await buildImage({
      context: path.join(fixtures, 'good'),
      dockerfile: path.join(fixtures, 'good', 'Dockerfile'),
      tag: GOOD,
      runId: buildRun,
    });
    expect(good.ok, good.log).toBe(true);
  });
  afterAll(async () => {
    await engine.removeImage(GOOD);
  });

  it('passes every check on the good fixture, and leaves nothing behind', async () => {
    const r = await run('good');
    expect(r.checks.map((c) => [c.id, c.status, c.reason ?? c.actual])).toEqual(
      r.checks.map((c) => [c.id, 'pass', c.reason ?? c.actual]),
    );
    expect(r.checks).toHaveLength(14);
    expect(await engine.listLabelled(r.runId)).toEqual({ containers: [], images: [], volumes: [] });
  });

  it.each(cases)('%s fails exactly the checks that must catch it', async (name, expected) => {
    const r = await run(name);
    expect(failing(r).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, message] of Object.entries(expected))
      expect(actualOf(r, id as CheckId)).toMatch(message!);
    expect(r.checks.every((c) => c.status !== 'error')).toBe(true);
    expect(await engine.listLabelled(r.runId)).toEqual({ containers: [], images: [], volumes: [] });
  });

  it('maps a failed build to its Dockerfile line and skips the rest', async () => {
    const r = await run('build-fails');
    const build = r.checks.find((c) => c.id === 'build')!;
    expect(build.status).toBe('fail');
    expect(build.actual).toMatch(/Dockerfile:4: RUN echo "compiling wheels" && exit 3 failed .*exit code: 3/);
    expect(build.evidence.join('\n')).toContain('compiling wheels');
    expect(r.checks.filter((c) => c.status !== 'skip').map((c) => `${c.id}:${c.status}`)).toEqual([
      'build:fail',
      'context:pass',
    ]);
  });
});
