import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { initShellParser } from '../dockerfile/index.js';
import { compileShellWasm, type ShellWasm } from '../dockerfile/shell-wasm.js';
import { ExitError, InputError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { FileLinter, type FileListResult } from './file-linter.js';
import type { LintFilesOptions } from './options.js';
import type { FileResult, Threshold } from './types.js';

type CloneableOptions = Omit<LintFilesOptions, 'rules' | 'cache'> & { cwd: string };

/** Main thread to worker: lint this chunk of a run (the run's options come with its first chunk). */
export interface ChunkRequest {
  run: number;
  index: number;
  files: string[];
  options?: CloneableOptions;
}

/** Worker to main thread: ready for a chunk, or a chunk's results, or the error it hit. */
export type WorkerReply =
  | { ready: true }
  | ({ run: number; index: number } & FileListResult)
  | { run: number; index: number; error: SerializedError };

/** An expected failure (a broken contract) crosses threads as data and is rethrown as its class. */
export interface SerializedError {
  name: string;
  message: string;
  hint?: string;
  position?: unknown;
  exitCode?: number;
}

interface PooledWorker {
  worker: Worker;
  ready: Promise<void>;
}

// Workers outlive a run, so a long-lived process (an editor, a test runner) pays their start-up and
// JIT warm-up once. They are unref'd between runs so that they never keep the process alive.
const pool: PooledWorker[] = [];
let runs = 0;

function pooledWorkers(count: number, shellWasm: ShellWasm): PooledWorker[] {
  while (pool.length < count) {
    // From the package root: this module may run from a bundled chunk of the CLI, elsewhere in dist/.
    // The shell grammar goes along compiled, with the functions this thread has run so far.
    const worker = new Worker(path.join(packageRoot(), 'dist', 'lint', 'worker.js'), {
      workerData: { shellWasm },
    });
    const entry: PooledWorker = {
      worker,
      ready: new Promise((resolve) => {
        worker.once('message', () => resolve());
      }),
    };
    worker.once('exit', () => pool.splice(pool.indexOf(entry), 1));
    worker.unref();
    pool.push(entry);
  }
  return pool.slice(0, count);
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
  let failure: unknown;
  const take = (): number => (failure !== undefined || next >= chunks.length ? -1 : next++);

  // Before any worker starts: the parser's wasm flags are process-wide and settle best when set first.
  await initShellParser();
  const { rules: _rules, cache: _cache, ...cloneable } = options;
  const run = ++runs;
  const workers = pooledWorkers(threads - 1, await compileShellWasm());
  const checkIdle: (() => void)[] = [];
  // A worker is finished with this run when no chunk is left and none is in flight to it; one still
  // loading when the last chunk goes out is not waited for.
  const workersDone = workers.map(
    ({ worker, ready }) =>
      new Promise<void>((resolve, reject) => {
        let setupSent = false;
        let inFlight = 0;
        let finished = false;
        // Once only: a late `ready` of this run must not unref the worker under the next run.
        const finish = (error?: unknown) => {
          if (finished) return;
          finished = true;
          worker.off('message', onReply);
          worker.off('error', onError);
          worker.off('exit', onExit);
          worker.unref();
          if (error === undefined) resolve();
          else reject(error);
        };
        const feed = () => {
          const index = take();
          if (index < 0) return inFlight === 0 ? finish() : undefined;
          inFlight++;
          const request: ChunkRequest = { run, index, files: chunks[index] };
          if (!setupSent) request.options = cloneable;
          setupSent = true;
          worker.postMessage(request);
        };
        const onReply = (reply: WorkerReply) => {
          if (!('run' in reply) || reply.run !== run) return;
          inFlight--;
          if ('error' in reply) {
            failure ??= rethrown(reply.error);
            return finish(failure);
          }
          done[reply.index] = reply;
          feed();
        };
        const onError = (error: Error) => {
          failure ??= error;
          finish(error);
        };
        const onExit = (code: number) => onError(new Error(`lint worker exited early (code ${code})`));
        worker.on('message', onReply);
        worker.once('error', onError);
        worker.once('exit', onExit);
        worker.ref();
        // Two chunks in flight: the next one waits in the worker's queue while this thread, busy
        // with a chunk of its own, cannot answer at once.
        void ready.then(() => {
          for (let i = inFlight; i < 2 && !finished; i++) feed();
        });
        checkIdle.push(() => {
          if (inFlight === 0) finish();
        });
      }),
  );
  // This thread lints too, yielding between chunks so that workers asking for more are answered.
  const local = new FileLinter(options);
  try {
    for (let index = take(); index >= 0; index = take()) {
      done[index] = await local.lint(chunks[index]);
      await nextTurn();
    }
  } catch (error) {
    failure ??= error;
  }
  for (const release of checkIdle.splice(0)) release();
  await Promise.allSettled(workersDone);
  if (failure !== undefined) throw failure;
  const results: FileResult[] = done.flatMap((d) => d.results);
  const threshold: Threshold | undefined = done.find((d) => d.threshold)?.threshold;
  // Each chunk repeats its thread's warnings so far; lintFiles keeps one of each.
  return { results, threshold, warnings: done.flatMap((d) => d.warnings) };
}

function rethrown(e: SerializedError): Error {
  return e.name === 'InputError' || e.name === 'ContractError'
    ? new InputError(e.message, e.hint, e.position as never)
    : new ExitError(e.message, (e.exitCode ?? 3) as never, e.hint);
}
