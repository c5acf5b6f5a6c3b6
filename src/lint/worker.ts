import { parentPort, workerData } from 'node:worker_threads';
import { lintFileList } from './lint.js';
import type { WorkerReply, WorkerTask } from './parallel.js';

// One worker thread of `lintInWorkers`: lints its share of the files and posts the results back.
const task = workerData as WorkerTask;
let reply: WorkerReply;
try {
  reply = await lintFileList(task.files, task.options);
} catch (error) {
  const e = error as Error & { hint?: string; position?: unknown; exitCode?: number };
  reply = {
    error: { name: e.name, message: e.message, hint: e.hint, position: e.position, exitCode: e.exitCode },
  };
}
parentPort?.postMessage(reply);
