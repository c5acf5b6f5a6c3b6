import type { Engine } from './engine/engine.js';

/**
 * Everything a run creates is registered here and removed on success, failure, timeout and
 * Ctrl-C. A SIGINT/SIGTERM handler removes the run's resources (found by label too, so a
 * container created between registration points is not missed) and then exits 130/143.
 */
export class Cleanup {
  private containers = new Set<string>();
  private images = new Set<string>();
  private removeHandlers?: () => void;
  private done?: Promise<void>;
  private readonly abort = new AbortController();
  /** Set by a signal: the handlers then stay until the process exits. */
  private interrupted = false;

  /** Aborted on Ctrl-C: builds stop, and no new container is created. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Throws once the run is being torn down, so no check starts a container after cleanup. */
  assertOpen(): void {
    if (this.abort.signal.aborted) throw new Error('interrupted');
  }

  constructor(
    private readonly engine: Engine,
    readonly runId: string,
  ) {}

  container(id: string): void {
    this.containers.add(id);
  }

  image(ref: string): void {
    this.images.add(ref);
  }

  async removeContainer(id: string): Promise<void> {
    this.containers.delete(id);
    await this.engine.removeContainer(id).catch(() => undefined);
  }

  /**
   * Installs signal handlers for the lifetime of the run. The first SIGINT/SIGTERM starts the
   * clean-up and exits when it is done; a second one (an impatient Ctrl-C) does not abandon it but
   * says how to; only a third exits at once, leaving what is left to the next run's sweep.
   */
  installSignalHandlers(): void {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals++;
      const code = signal === 'SIGINT' ? 130 : 143;
      if (signals === 1) {
        process.stderr.write(`\n${signal}: removing this run's containers and images…\n`);
        this.abort.abort();
        this.interrupted = true;
        void this.sweep().finally(() => process.exit(code));
      } else if (signals === 2) {
        process.stderr.write(
          "cleaning up, press Ctrl-C again to force (this run's resources would be left)\n",
        );
      } else {
        process.stderr.write("forced: leaving the rest of this run's resources\n");
        process.exit(code);
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    this.removeHandlers = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    };
  }

  /** Removes everything; safe to call more than once. */
  run(): Promise<void> {
    this.done ??= this.removeAll();
    return this.done;
  }

  /**
   * After an interrupt, requests already sent to the engine may still create a container or load
   * an image: remove by label until two listings a moment apart find nothing (bounded).
   */
  async sweep(): Promise<void> {
    this.abort.abort();
    await this.run();
    // Two empty listings 100 ms apart: a create the daemon was still finishing shows up by then, and
    // Ctrl-C returns within about a second.
    let quiet = 0;
    for (let i = 0; i < 100 && quiet < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const left = await this.engine.listLabelled(this.runId).catch(() => undefined);
      if (!left || left.containers.length + left.images.length === 0) {
        quiet++;
        continue;
      }
      quiet = 0;
      await Promise.all(left.containers.map((id) => this.engine.removeContainer(id).catch(() => undefined)));
      await Promise.all(left.images.map((ref) => this.engine.removeImage(ref).catch(() => undefined)));
    }
  }

  private async removeAll(): Promise<void> {
    // After a normal run the handlers go; during an interrupt they stay to count further presses.
    if (!this.interrupted) this.removeHandlers?.();
    const labelled = await this.engine.listLabelled(this.runId).catch(() => undefined);
    const containers = new Set([...this.containers, ...(labelled?.containers ?? [])]);
    await Promise.all([...containers].map((id) => this.engine.removeContainer(id).catch(() => undefined)));
    const images = new Set([...this.images, ...(labelled?.images ?? [])]);
    await Promise.all([...images].map((ref) => this.engine.removeImage(ref).catch(() => undefined)));
    this.containers.clear();
    this.images.clear();
  }
}
