import process from 'node:process';
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

  /** Installs signal handlers for the lifetime of the run. */
  installSignalHandlers(): void {
    const onSignal = (signal: NodeJS.Signals) => {
      process.stderr.write(`\n${signal}: removing this run's containers and images…\n`);
      void this.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
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

  private async removeAll(): Promise<void> {
    this.removeHandlers?.();
    const labelled = await this.engine.listLabelled(this.runId).catch(() => undefined);
    const containers = new Set([...this.containers, ...(labelled?.containers ?? [])]);
    await Promise.all([...containers].map((id) => this.engine.removeContainer(id).catch(() => undefined)));
    const images = new Set([...this.images, ...(labelled?.images ?? [])]);
    for (const ref of images) await this.engine.removeImage(ref).catch(() => undefined);
    this.containers.clear();
    this.images.clear();
  }
}
