import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callTimeoutMs } from '../../src/verify/engine/deadlines.js';
import { pingTimeoutMs } from '../../src/verify/verify.js';

// A socket that accepts the connection and never answers (a wedged daemon, a stale SSH tunnel):
// verify must give up at its deadline, say so and exit, not hang.
const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const example = new URL('../../examples/hf-rag-backend/', import.meta.url).pathname;
const sockets: Socket[] = [];
const server = createServer((s) => {
  sockets.push(s);
});
const socketPath = path.join(mkdtempSync(path.join(tmpdir(), 'dockspec-hung-')), 'docker.sock');

afterAll(() => {
  for (const s of sockets) s.destroy();
  server.close();
});

/** Runs the CLI in the example against DOCKER_HOST=unix://<sock>; returns its exit code, stderr and time. */
async function verifyAgainst(
  sock: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; ms: number }> {
  const t0 = Date.now();
  const child = spawn('node', [bin, 'verify', '--allow-dummy-secrets', ...args], {
    cwd: example,
    env: { ...process.env, DOCKER_HOST: `unix://${sock}`, NO_COLOR: '1', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(killer);
  return { code, stderr, ms: Date.now() - t0 };
}

describe('verify against an engine that never answers', () => {
  it('exits 2 at the ping deadline naming DOCKER_HOST, instead of hanging', async () => {
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    const { code, stderr, ms } = await verifyAgainst(socketPath, [], {
      DOCKSPEC_ENGINE_PING_TIMEOUT_MS: '1500',
    });
    expect(code).toBe(2);
    expect(ms).toBeLessThan(15_000);
    expect(sockets.length).toBeGreaterThan(0);
    expect(stderr).toContain(
      `The Docker engine at unix://${socketPath} accepted the connection but did not answer`,
    );
  }, 40_000);

  it('exits at the call deadline when the engine answers the ping and then stops answering', async () => {
    // Answers the ping, the version and the reaper's listings, then hangs on everything else.
    const wedged = createServer((s) => {
      sockets.push(s);
      s.on('data', (d) => {
        const [, url = ''] = /^[A-Z]+ (\S+)/.exec(d.toString()) ?? [];
        const reply = (body: string, type = 'application/json') =>
          s.write(
            `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          );
        if (url.includes('/_ping')) reply('OK', 'text/plain');
        else if (url.includes('/version')) reply('{"Version":"26.1.5","ApiVersion":"1.45"}');
        else if (/\/(containers|images)\/json/.test(url)) reply('[]');
        else if (url.includes('/volumes')) reply('{"Volumes":[]}');
      });
    });
    const wedgedPath = path.join(mkdtempSync(path.join(tmpdir(), 'dockspec-wedged-')), 'docker.sock');
    await new Promise<void>((resolve) => wedged.listen(wedgedPath, resolve));
    const { code, stderr, ms } = await verifyAgainst(wedgedPath, ['--image', 'app:1', '--only', 'config'], {
      DOCKSPEC_ENGINE_CALL_TIMEOUT_MS: '1500',
    });
    wedged.close();
    expect(stderr).toContain(
      `the Docker engine at unix://${wedgedPath} did not answer inspectImage within 2 s`,
    );
    expect(code).toBe(2);
    expect(ms).toBeLessThan(15_000);
  }, 40_000);

  it('the call deadline is 120 s times --time-scale, or DOCKSPEC_ENGINE_CALL_TIMEOUT_MS', () => {
    expect(callTimeoutMs(1, {})).toBe(120_000);
    expect(callTimeoutMs(2, {})).toBe(240_000);
    expect(callTimeoutMs(1, { DOCKSPEC_ENGINE_CALL_TIMEOUT_MS: '900' })).toBe(900);
  });

  it('the deadline is 10 s times --time-scale, or DOCKSPEC_ENGINE_PING_TIMEOUT_MS', () => {
    expect(pingTimeoutMs(1, {})).toBe(10_000);
    expect(pingTimeoutMs(3, {})).toBe(30_000);
    expect(pingTimeoutMs(3, { DOCKSPEC_ENGINE_PING_TIMEOUT_MS: '500' })).toBe(500);
    expect(pingTimeoutMs(1, { DOCKSPEC_ENGINE_PING_TIMEOUT_MS: 'soon' })).toBe(10_000);
  });
});
