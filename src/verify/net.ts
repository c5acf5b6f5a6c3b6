import http from 'node:http';
import net from 'node:net';

/** A free TCP port on the host: containers use host networking, so this is the service's port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '0.0.0.0', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** One HTTP request to the service on loopback, with a per-request timeout. */
export function request(
  port: number,
  urlPath: string,
  opts: { method?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        timeout: opts.timeoutMs ?? 3000,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${opts.timeoutMs ?? 3000}ms`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Polls until `probe` returns a value or the deadline passes (never a fixed sleep: the interval
 * only spaces attempts). `stop` ends the wait early, e.g. when the container has exited.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  opts: {
    timeoutMs: number;
    intervalMs?: number;
    stop?: () => Promise<string | undefined>;
    /** The run's abort signal (Ctrl-C): the wait ends at once, as stopped. */
    signal?: AbortSignal;
  },
): Promise<{ value?: T; elapsedMs: number; stopped?: string }> {
  const started = Date.now();
  const deadline = started + opts.timeoutMs;
  const interrupted = () =>
    opts.signal?.aborted ? { elapsedMs: Date.now() - started, stopped: 'interrupted' } : undefined;
  for (;;) {
    const before = interrupted();
    if (before) return before;
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return { value, elapsedMs: Date.now() - started };
    const stopped = (await opts.stop?.()) ?? interrupted()?.stopped;
    if (stopped) return { elapsedMs: Date.now() - started, stopped };
    if (Date.now() >= deadline) return { elapsedMs: Date.now() - started };
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, opts.intervalMs ?? 100);
      function done() {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', done);
        resolve();
      }
      opts.signal?.addEventListener('abort', done, { once: true });
    });
  }
}
