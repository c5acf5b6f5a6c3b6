import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A Unix socket in front of the real engine, for fault injection without touching the daemon the
 * other tests share: `pass` forwards every byte both ways, `hang` accepts connections and never
 * answers (a wedged daemon, a stale tunnel), `down` drops every open connection and refuses new ones
 * (the engine stopped mid-run). Point DOCKER_HOST at `host` to go through it.
 */
export class FaultProxy {
  readonly socketPath = path.join(mkdtempSync(path.join(tmpdir(), 'dockspec-fault-')), 'docker.sock');
  readonly host = `unix://${this.socketPath}`;
  private mode: 'pass' | 'hang' | 'down' = 'pass';
  private readonly open = new Set<Socket>();
  private server?: Server;

  constructor(private readonly target: string) {
    if (!target.startsWith('unix://'))
      throw new Error(`the fault proxy forwards to a unix socket, not ${target}`);
  }

  async start(): Promise<this> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(this.socketPath, resolve));
    return this;
  }

  set(mode: 'pass' | 'hang' | 'down'): void {
    this.mode = mode;
    if (mode === 'down') for (const s of this.open) s.destroy();
  }

  async stop(): Promise<void> {
    for (const s of this.open) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private track(s: Socket): void {
    this.open.add(s);
    s.on('close', () => this.open.delete(s));
    s.on('error', () => s.destroy());
  }

  private accept(client: Socket): void {
    this.track(client);
    if (this.mode === 'down') return void client.destroy();
    if (this.mode === 'hang') return;
    const upstream = connect(this.target.slice('unix://'.length));
    this.track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }
}
