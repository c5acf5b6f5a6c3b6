import { PassThrough, type Readable } from 'node:stream';
import Docker from 'dockerode';
import { buildImage } from './build.js';
import type { BuildOptions, BuildResult } from './build-types.js';
import type {
  ContainerState,
  Engine,
  EngineFlavour,
  ExecResult,
  HistoryEntry,
  ImageInspect,
  RunOptions,
} from './engine.js';
import { type LabelledResource, podmanComponent, RUN_LABEL, runLabels } from './engine.js';
import { demux, podmanHealthTest } from './wire.js';

const ns = (ms: number) => Math.round(ms * 1e6);

interface ImageHealthcheck {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

/** Engine over the Engine API (dockerode reads DOCKER_HOST; Podman's compatible socket works too). */
export class DockerodeEngine implements Engine {
  readonly docker: Docker;

  /** `callTimeoutMs` drops a request whose socket stays silent that long (a wedged daemon). */
  constructor(docker?: Docker, callTimeoutMs?: number) {
    this.docker = docker ?? new Docker(callTimeoutMs ? { timeout: callTimeoutMs } : undefined);
  }

  private flavourPromise?: Promise<EngineFlavour>;

  async ping(timeoutMs?: number): Promise<void> {
    // The signal aborts the request itself: a socket that never answers must not keep the process alive.
    // dockerode's ping takes an abortSignal option that its typings do not declare.
    const ping = this.docker.ping.bind(this.docker) as unknown as (opts: object) => Promise<unknown>;
    await ping(timeoutMs ? { abortSignal: AbortSignal.timeout(timeoutMs) } : {});
  }

  /** Podman lists a "Podman Engine" component in /version; Docker does not. */
  flavour(): Promise<EngineFlavour> {
    this.flavourPromise ??= this.docker.version().then((v) => {
      const podman = podmanComponent(v.Components);
      return podman ? { name: 'podman', version: podman.Version } : { name: 'docker', version: v.Version };
    });
    return this.flavourPromise;
  }

  async gpuRuntime(): Promise<string | undefined> {
    const info = (await this.docker.info()) as { Runtimes?: Record<string, unknown> };
    return Object.keys(info.Runtimes ?? {}).find((name) => /nvidia/i.test(name));
  }

  private async isPodman(): Promise<boolean> {
    return (await this.flavour()).name === 'podman';
  }

  /** Podman's libpod API, which it serves next to the Docker one on the same socket. */
  private libpod<T>(method: 'GET' | 'POST', path: string): Promise<T> {
    return new Promise((resolve, reject) => {
      this.docker.modem.dial(
        { path: `/v4.0.0/libpod${path}`, method, statusCodes: { 200: true, 404: 'no such object' } },
        (error: unknown, data: unknown) => (error ? reject(error) : resolve(data as T)),
      );
    });
  }

  /** Through the docker CLI, which talks to the same engine (DOCKER_HOST): see engine/build.ts. */
  build = (opts: BuildOptions): Promise<BuildResult> => buildImage(opts);

  async inspectImage(ref: string): Promise<ImageInspect> {
    const info = await this.docker.getImage(ref).inspect();
    const c = info.Config ?? ({} as Docker.ImageInspectInfo['Config']);
    let hc = (c as { Healthcheck?: ImageHealthcheck }).Healthcheck;
    // Podman 4's Docker-API image inspect leaves the HEALTHCHECK out; its libpod inspect has it.
    if (!hc && (await this.isPodman())) {
      hc = (
        await this.libpod<{ Healthcheck?: ImageHealthcheck }>(
          'GET',
          `/images/${encodeURIComponent(ref)}/json`,
        )
      ).Healthcheck;
    }
    return {
      id: info.Id,
      size: info.Size,
      user: c.User ?? '',
      workdir: c.WorkingDir ?? '',
      env: c.Env ?? [],
      cmd: (c.Cmd as string[] | null) ?? null,
      entrypoint: (c.Entrypoint as string[] | null) ?? null,
      exposedPorts: Object.keys(c.ExposedPorts ?? {}),
      healthcheck: hc?.Test
        ? {
            test: hc.Test,
            intervalNs: hc.Interval,
            timeoutNs: hc.Timeout,
            startPeriodNs: hc.StartPeriod,
            retries: hc.Retries,
          }
        : undefined,
      layers: info.RootFS?.Layers ?? [],
    };
  }

  async history(ref: string): Promise<HistoryEntry[]> {
    const h = (await this.docker.getImage(ref).history()) as { CreatedBy: string; Size: number }[];
    // The API lists newest first; callers want Dockerfile order.
    return h.map((e) => ({ createdBy: e.CreatedBy ?? '', size: e.Size ?? 0 })).reverse();
  }

  async save(ref: string): Promise<Readable> {
    return (await this.docker.getImage(ref).get()) as unknown as Readable;
  }

  async run(opts: RunOptions): Promise<string> {
    const tmpfs: Record<string, string> = {};
    const owner = opts.tmpfsOwner;
    // Podman refuses uid=/gid= tmpfs options; its `U` gives the mount to the container's user,
    // which is the contract UID whenever the image runs as it (config and process check that).
    const podman = owner && (await this.isPodman());
    for (const p of opts.tmpfs ?? []) {
      tmpfs[p] =
        p === '/tmp' || !owner
          ? 'rw,exec,mode=1777'
          : podman
            ? 'rw,exec,mode=1777,U'
            : `rw,exec,mode=1777,uid=${owner.uid},gid=${owner.gid}`;
    }
    const body: Docker.ContainerCreateOptions = {
      Image: opts.image,
      name: opts.name,
      Labels: runLabels(opts.runId),
      Env: Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${v}`),
      HostConfig: {
        NetworkMode: 'host',
        ReadonlyRootfs: opts.readOnly ?? false,
        Tmpfs: Object.keys(tmpfs).length ? tmpfs : undefined,
        // What the docker CLI sends for --gpus all.
        DeviceRequests: opts.gpus ? [{ Driver: '', Count: -1, Capabilities: [['gpu']] }] : undefined,
      },
    };
    if (opts.cmd) body.Cmd = opts.cmd;
    if (opts.entrypoint) body.Entrypoint = opts.entrypoint;
    if (opts.user !== undefined) body.User = opts.user;
    if (opts.healthcheck) {
      body.Healthcheck = {
        Test: (await this.isPodman()) ? podmanHealthTest(opts.healthcheck.test) : opts.healthcheck.test,
        Interval: ns(opts.healthcheck.intervalMs),
        Timeout: ns(opts.healthcheck.timeoutMs),
        StartPeriod: ns(opts.healthcheck.startPeriodMs),
        Retries: opts.healthcheck.retries,
      };
    }
    const container = await this.docker.createContainer(body);
    await container.start();
    return container.id;
  }

  async inspectContainer(id: string): Promise<ContainerState> {
    const s = (await this.docker.getContainer(id).inspect()).State;
    const health = (
      s as { Health?: { Status: string; Log?: { ExitCode: number; Output: string; Start: string }[] } }
    ).Health;
    return {
      status: s.Status,
      running: s.Running,
      exitCode: s.ExitCode,
      oomKilled: s.OOMKilled,
      health: health
        ? {
            status: health.Status,
            log: (health.Log ?? []).map((l) => ({ exitCode: l.ExitCode, output: l.Output, start: l.Start })),
          }
        : undefined,
    };
  }

  async exec(id: string, cmd: string[], user?: string): Promise<ExecResult> {
    const exec = await this.docker.getContainer(id).exec({
      Cmd: cmd,
      AttachStdout: true,
      AttachStderr: true,
      User: user,
    });
    const stream = await exec.start({ hijack: true, stdin: false });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    stdout.on('data', (b: Buffer) => out.push(b));
    stderr.on('data', (b: Buffer) => err.push(b));
    this.docker.modem.demuxStream(stream, stdout, stderr);
    await new Promise<void>((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('close', resolve);
      stream.on('error', reject);
    });
    const info = await exec.inspect();
    return {
      exitCode: info.ExitCode ?? -1,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    };
  }

  async logs(id: string): Promise<string> {
    const buf = (await this.docker
      .getContainer(id)
      .logs({ stdout: true, stderr: true, follow: false, timestamps: false })) as unknown as Buffer;
    return demux(buf);
  }

  async stop(id: string, timeoutSec: number): Promise<void> {
    try {
      await this.docker.getContainer(id).stop({ t: timeoutSec });
    } catch (error) {
      // 304: already stopped.
      if ((error as { statusCode?: number }).statusCode !== 304) throw error;
    }
  }

  async waitExit(id: string, timeoutMs: number): Promise<ContainerState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = await this.inspectContainer(id);
      if (!state.running || Date.now() >= deadline) return state;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async triggerHealthcheck(id: string): Promise<boolean> {
    if (!(await this.isPodman())) return false;
    await this.libpod('GET', `/containers/${encodeURIComponent(id)}/healthcheck`);
    return true;
  }

  async removeContainer(id: string): Promise<void> {
    try {
      await this.docker.getContainer(id).remove({ force: true, v: true });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  }

  async removeImage(ref: string): Promise<void> {
    try {
      await this.docker.getImage(ref).remove({ force: true });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  }

  async listLabelled(runId?: string) {
    const label = runId ? `${RUN_LABEL}=${runId}` : RUN_LABEL;
    const filters = JSON.stringify({ label: [label] });
    const [containers, images, volumes] = await Promise.all([
      this.docker.listContainers({ all: true, filters }),
      this.docker.listImages({ filters }),
      this.docker.listVolumes({ filters }),
    ]);
    return {
      containers: containers.map((c) => c.Id),
      images: images.map((i) => i.Id),
      volumes: (volumes.Volumes ?? []).map((v) => v.Name),
    };
  }

  async listResources(): Promise<LabelledResource[]> {
    const filters = JSON.stringify({ label: [RUN_LABEL] });
    const [containers, images, volumes] = await Promise.all([
      this.docker.listContainers({ all: true, filters }),
      this.docker.listImages({ filters }),
      this.docker.listVolumes({ filters }),
    ]);
    return [
      ...containers.map((c) => ({ kind: 'container' as const, id: c.Id, labels: c.Labels ?? {} })),
      ...images.map((i) => ({ kind: 'image' as const, id: i.Id, labels: i.Labels ?? {} })),
      ...(volumes.Volumes ?? []).map((v) => ({
        kind: 'volume' as const,
        id: v.Name,
        labels: v.Labels ?? {},
      })),
    ];
  }

  async removeVolume(name: string): Promise<void> {
    try {
      await this.docker.getVolume(name).remove();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  }
}
