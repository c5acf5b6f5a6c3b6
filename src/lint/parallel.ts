import { Worker } from 'node:worker_threads';
import type { LintFilesOptions } from './lint.js';
import type { FileResult, Threshold } from './types.js';

/** What a worker receives: its share of the files and options that survive structured cloning. */
export interface WorkerTask {
  files: string[];
  options: Omit<LintFilesOptions, 'rules' | 'cache'> & { cwd: string };
}

export interface WorkerReply {
  results?: FileResult[];
  threshold?: Threshold;
  warnings?: string[];
  /** An expected failure (a broken contract): rethrown in the main thread as the same class. */
  error?: { name: string; message: string; hint?: string; position?: unknown; exitCode?: number };
}

/**
 * Splits the files across worker threads (each parses its own tree-sitter grammar once) and returns
 * the results in the original order. An InputError in a worker is rethrown as an InputError here.
 */
export async function lintInWorkers(
  files: string[],
  options: LintFilesOptions & { cwd: string },
  workers: number,
): Promise<{ results: FileResult[]; threshold?: Threshold; warnings: string[] }> {
  const shares: string[][] = Array.from({ length: workers }, () => []);
  files.forEach((f, i) => {
    shares[i % workers].push(f);
  });
  const { rules: _rules, cache: _cache, ...cloneable } = options;
  const replies = await Promise.all(
    shares.map(
      (share) =>
        new Promise<WorkerReply>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.js', import.meta.url), {
            workerData: { files: share, options: cloneable } satisfies WorkerTask,
          });
          worker.once('message', (reply: WorkerReply) => {
            resolve(reply);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  const failed = replies.find((r) => r.error);
  if (failed?.error) {
    const { InputError, ExitError } = await import('../errors.js');
    const e = failed.error;
    throw e.name === 'InputError' || e.name === 'ContractError'
      ? new InputError(e.message, e.hint, e.position as never)
      : new ExitError(e.message, (e.exitCode ?? 3) as never, e.hint);
  }
  const byFile = new Map<string, FileResult>();
  for (const reply of replies) for (const r of reply.results ?? []) byFile.set(r.file, r);
  const ordered = files.map((_, i) => replies[i % workers].results![Math.floor(i / workers)]);
  return {
    results: ordered.length === byFile.size ? ordered : [...byFile.values()],
    threshold: replies[0].threshold,
    warnings: replies.flatMap((r) => r.warnings ?? []),
  };
}
