import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImage } from '../../src/verify/engine/build.js';

// A docker CLI whose build prints a line and then nothing (a daemon wedged mid-build): the build
// must stop at the idle deadline instead of holding verify for ever. The decisions around it are
// tested here with a stand-in CLI; the engine suites build with the real one.
describe('a build that goes silent', () => {
  it('is stopped after the idle deadline, and the log says why', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'dockspec-fake-docker-'));
    const docker = path.join(bin, 'docker');
    writeFileSync(
      docker,
      `#!/bin/sh
case "$1 $2" in
  "buildx version") echo "github.com/docker/buildx v0.13.1" ;;
  "version --format") echo '{"Version":"26.1.5"}' ;;
  "buildx build") echo "#1 [internal] load build definition from Dockerfile"; exec sleep 60 ;;
esac
`,
    );
    chmodSync(docker, 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    try {
      const t0 = Date.now();
      const result = await buildImage({
        context: bin,
        dockerfile: docker,
        tag: 'idle:test',
        runId: 'idle',
        idleTimeoutMs: 800,
      });
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(result.ok).toBe(false);
      expect(result.log).toContain('load build definition');
      expect(result.log).toContain('the build printed nothing for 1 s and was stopped');
    } finally {
      process.env.PATH = saved;
    }
  }, 20_000);
});
