import type { DockerfileModel } from '../dockerfile/index.js';
import { createHash } from '../hash.js';
import type { Finding } from './types.js';

export interface CachedLint {
  model: DockerfileModel;
  /** Findings of the rules that read only the Dockerfile and the contract (not the project). */
  findings: Finding[];
}

/**
 * A content-hash cache of parsed models and their findings, for re-linting unchanged files in one
 * process (watch mode, editors, repeated `lintFiles` calls). Project rules are not cached: they read
 * files beside the Dockerfile that may have changed, so they run again on the cached model.
 */
export class LintCache {
  private readonly entries = new Map<string, CachedLint>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries = 2000) {}

  /** A stable number for an object (a contract, a rule list): same object, same number. */
  identity(value: object | undefined): number {
    if (!value) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(value, id);
    }
    return id;
  }

  key(text: string, parts: unknown[]): string {
    return createHash('sha1').update(text).update('\0').update(JSON.stringify(parts)).digest('base64');
  }

  get(key: string): CachedLint | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.hits++;
      // Refresh its place so the oldest unused entries go first.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else this.misses++;
    return entry;
  }

  set(key: string, entry: CachedLint): void {
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
