import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFailure } from '../../src/verify/checks/build.js';
import type { BuildResult } from '../../src/verify/engine/build.js';
import { decideBuilder } from '../../src/verify/engine/builder.js';
import { legacyStepLine, parseLegacyProgress } from '../../src/verify/engine/legacy-progress.js';
import { isDependencyStep } from '../../src/verify/engine/progress.js';
import { podmanHealthTest } from '../../src/verify/engine/wire.js';

// Real output captured from Docker 26's legacy builder and Podman 4.3's Buildah (DOCKER_BUILDKIT=0).
const data = (f: string) => readFileSync(new URL(`./data/${f}`, import.meta.url), 'utf8');
const multistage = data('legacy-multistage.Dockerfile');

describe('parseLegacyProgress', () => {
  it("reads Docker's failure: step, exit code and the Dockerfile line (ARG before FROM counts)", () => {
    const p = parseLegacyProgress(data('legacy-docker-failure.txt'), 7);
    expect(p.steps).toHaveLength(7);
    expect(p.failed?.name).toBe('RUN echo "installing"     && exit 7');
    expect(p.failed?.error).toBe('exit code: 7');
    expect(p.failed?.log).toEqual(['installing']);
    expect(p.errorMessage).toMatch(/returned a non-zero code: 7/);
    expect(legacyStepLine(p.failed!, multistage)).toBe(9);
  });

  it("reads Buildah's failure in a later stage and maps it within that stage", () => {
    const p = parseLegacyProgress(data('legacy-buildah-failure.txt'), 1);
    expect(p.failed).toMatchObject({ stage: '2', index: 3, error: 'exit code: 7', numbering: 'buildah' });
    expect(legacyStepLine(p.failed!, multistage)).toBe(9);
    const copy = p.steps.find((s) => s.name.startsWith('COPY'))!;
    expect(legacyStepLine(copy, multistage)).toBe(8);
  });

  it('tells cached steps from ones that ran, for the dependency-cache check', () => {
    const buildah = parseLegacyProgress(data('legacy-buildah-rebuild.txt'));
    const install = buildah.steps.find(isDependencyStep)!;
    expect(install.cached).toBe(true);
    expect(buildah.steps.find((s) => s.name.startsWith('COPY --chown=1000:1000 scripts/'))?.cached).toBe(
      false,
    );
    expect(buildah.failed).toBeUndefined();
    const docker = parseLegacyProgress(data('legacy-docker-rebuild.txt'));
    expect(docker.steps.map((s) => s.cached)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(docker.steps.every((s) => s.done)).toBe(true);
  });

  it('blames the last step when a failure prints no exit-code line', () => {
    const p = parseLegacyProgress(
      'Step 1/2 : FROM python:3.11-slim\n ---> 6d3a\nStep 2/2 : COPY missing.txt /app/\nCOPY failed: file not found in build context\n',
      1,
    );
    expect(p.failed?.name).toBe('COPY missing.txt /app/');
    expect(p.failed?.error).toBe('COPY failed: file not found in build context');
  });

  it('a failed legacy build names its Dockerfile line in the build check', () => {
    const progress = parseLegacyProgress(data('legacy-docker-failure.txt'), 7);
    const build = { progress, log: data('legacy-docker-failure.txt'), builder: 'legacy' } as BuildResult;
    expect(buildFailure(build, 'Dockerfile', multistage).actual).toBe(
      'Dockerfile:9: RUN echo "installing"     && exit 7 failed (exit code: 7)',
    );
  });
});

describe('decideBuilder', () => {
  const docker = { Version: '26.1.5', Components: [{ Name: 'Engine', Version: '26.1.5' }] };
  const podman = { Version: '4.3.1', Components: [{ Name: 'Podman Engine', Version: '4.3.1' }] };

  it('uses BuildKit on Docker with buildx', () => {
    expect(decideBuilder({ buildx: true, server: docker })).toEqual({
      builder: 'buildkit',
      engine: 'Docker Engine 26.1.5',
    });
  });

  it('uses the legacy builder on Podman even when buildx is installed, and says why', () => {
    const c = decideBuilder({ buildx: true, server: podman });
    expect(c.builder).toBe('legacy');
    expect(c.warning).toMatch(/^Podman Engine 4\.3\.1 has no BuildKit: .*Buildah/);
  });

  it('falls back to the legacy builder without buildx, or when DOCKSPEC_BUILDER=legacy', () => {
    expect(decideBuilder({ buildx: false, server: docker }).warning).toMatch(/buildx is not installed/);
    const forced = decideBuilder({ forced: 'legacy', buildx: true, server: docker });
    expect(forced.builder).toBe('legacy');
    expect(forced.warning).toMatch(/^DOCKSPEC_BUILDER=legacy: .*RUN --mount .* fails/);
  });
});

describe('podmanHealthTest', () => {
  it('sends exec-form tests with spaced arguments as a JSON array Podman keeps whole', () => {
    expect(podmanHealthTest(['CMD', 'python', '-c', 'import x; x.f()'])).toEqual([
      '["python","-c","import x; x.f()"]',
    ]);
  });

  it('leaves tests Podman already reads right unchanged', () => {
    expect(podmanHealthTest(['CMD', '/healthcheck', '--port', '8000'])).toEqual([
      'CMD',
      '/healthcheck',
      '--port',
      '8000',
    ]);
    expect(podmanHealthTest(['CMD-SHELL', 'curl -f http://x/ || exit 1'])).toEqual([
      'CMD-SHELL',
      'curl -f http://x/ || exit 1',
    ]);
  });
});
