import { parentPort, workerData } from 'node:worker_threads';
import { initShellParser } from '../dockerfile/index.js';
import { FileLinter } from './lint.js';
import type { ChunkRequest, WorkerReply, WorkerSetup } from './parallel.js';

// One worker thread of `lintInThreads`: loads once, then lints each chunk it is sent.
const { options } = workerData as WorkerSetup;
const linter = new FileLinter(options);
const port = parentPort!;
const send = (reply: WorkerReply) => port.postMessage(reply);

port.on('message', async ({ index, files }: ChunkRequest) => {
  try {
    send({ index, ...(await linter.lint(files)) });
  } catch (error) {
    const e = error as Error & { hint?: string; position?: unknown; exitCode?: number };
    send({
      index,
      error: { name: e.name, message: e.message, hint: e.hint, position: e.position, exitCode: e.exitCode },
    });
  }
});
await initShellParser();
send({ ready: true });
