import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { initShellParser } from '../dockerfile/index.js';
import { ExitError, InputError } from '../errors.js';
import { FileLinter, type FileListResult, type LintFilesOptions } from './lint.js';
import type { FileResult, Threshold } from './types.js';

/** What a worker is started with: options that survive structured cloning. */
export interface WorkerSetup {
  options: Omit<LintFilesOptions, 'rules' | 'cache'> & { cwd: string };
}

/** Main thread to worker: lint this chunk. */
export interface ChunkRequest {
  index: number;
  files: string[];
}

/** Worker to main thread: ready for a chunk, or a chunk's results, or the error it hit. */
export type WorkerReply =
  | { ready: true }
  | ({ index: number } & FileListResult)
  | { index: number; error: SerializedError };

/** An expected failure (a broken contract) crosses threads as data and is rethrown as its class. */
export interface SerializedError {
  name: string;
  message: string;
  hint?: string;
  position?: unknown;
  exitCode?: number;
}

/** Small enough to balance the threads, large enough that messaging costs nothing. */
function chunkSize(files: number, threads: number): number {
  return Math.max(8, Math.min(64, Math.ceil(files / (threads * 16))));
}

/**
 * Lints the files on `threads` threads: this one and `threads - 1` workers. Files go out in chunks
 * as each thread asks for more, so a slow start or a slow file never leaves a core idle, and this
 * thread works while the workers load. Results come back in the original order. An InputError in a
 * worker is rethrown here as an InputError.
 */
export async function lintInThreads(
  files: string[],
  options: LintFilesOptions & { cwd: string },
  threads: number,
): Promise<FileListResult> {
  const size = chunkSize(files.length, threads);
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));
  const done: FileListResult[] = new Array(chunks.length);
  let next = 0;
  let stopped = false;
  const take = (): number => (stopped || next >= chunks.length ? -1 : next++);

  // Before any worker starts: the parser's wasm flags are process-wide and settle best when set first.
  await initShellParser();
  const { rules: _rules, cache: _cache, ...cloneable } = options;
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Worker(new URL('./worker.js', import.meta.url), {
        workerData: { options: cloneable } satisfies WorkerSetup,
      }),
  );
  const workersDone = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        const feed = () => {
          const index = take();
          if (index < 0) resolve();
          else worker.postMessage({ index, files: chunks[index] } satisfies ChunkRequest);
        };
        worker.on('message', (reply: WorkerReply) => {
          if ('error' in reply) reject(rethrown(reply.error));
          else {
            if ('index' in reply) done[reply.index] = reply;
            feed();
          }
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`lint worker exited early (code ${code})`)));
      }),
  );
  // This thread lints too, yielding between chunks so that workers asking for more are answered.
  const local = new FileLinter(options);
  const localDone = (async () => {
    for (let index = take(); index >= 0; index = take()) {
      done[index] = await local.lint(chunks[index]);
      await nextTurn();
    }
  })();
  try {
    await Promise.all([localDone, ...workersDone]);
  } catch (error) {
    stopped = true;
    throw error;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const results: FileResult[] = done.flatMap((d) => d.results);
  const threshold: Threshold | undefined = done.find((d) => d.threshold)?.threshold;
  return { results, threshold, warnings: [...new Set(done.flatMap((d) => d.warnings))] };
}

function rethrown(e: SerializedError): Error {
  return e.name === 'InputError' || e.name === 'ContractError'
    ? new InputError(e.message, e.hint, e.position as never)
    : new ExitError(e.message, (e.exitCode ?? 3) as never, e.hint);
}
