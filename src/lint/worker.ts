import { parentPort, workerData } from 'node:worker_threads';
import { initShellParser } from '../dockerfile/index.js';
import { type ShellWasm, useCompiledShellWasm } from '../dockerfile/shell-wasm.js';
import { FileLinter } from './file-linter.js';
import type { ChunkRequest, WorkerReply } from './parallel.js';

// One pooled worker thread of `lintInThreads`: loads once, then lints each chunk it is sent. A run's
// contracts and configurations are kept for its later chunks; runs may overlap (concurrent
// lintFiles calls share the pool), so the most recent few are kept.
const port = parentPort!;
const send = (reply: WorkerReply) => port.postMessage(reply);
const linters = new Map<number, FileLinter>();
const KEPT_RUNS = 16;
// Chunks are linted one after another, so each reply goes out as soon as its chunk is done.
let queue = Promise.resolve();

port.on('message', (request: ChunkRequest) => {
  queue = queue.then(() => lintChunk(request));
});

async function lintChunk({ run, index, files, options }: ChunkRequest): Promise<void> {
  try {
    if (options) {
      linters.set(run, new FileLinter(options));
      if (linters.size > KEPT_RUNS) linters.delete(linters.keys().next().value!);
    }
    const linter = linters.get(run);
    if (!linter) throw new Error(`lint worker got a chunk of run ${run} without its options`);
    send({ run, index, ...(await linter.lint(files)) });
  } catch (error) {
    const e = error as Error & { hint?: string; position?: unknown; exitCode?: number };
    send({
      run,
      index,
      error: { name: e.name, message: e.message, hint: e.hint, position: e.position, exitCode: e.exitCode },
    });
  }
}

const shared = (workerData as { shellWasm?: ShellWasm } | null)?.shellWasm;
if (shared) useCompiledShellWasm(shared);
await initShellParser();
send({ ready: true });
