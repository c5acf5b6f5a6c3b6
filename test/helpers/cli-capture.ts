import { afterEach, beforeEach, vi } from 'vitest';
import { run } from '../../src/cli/main.js';
import { outputSink } from '../../src/cli/output.js';

/** Replaces the CLI's output with `onText(fd, text)`; undone by vi.restoreAllMocks(). */
export function interceptCliOutput(onText: (fd: 1 | 2, text: string) => void): void {
  vi.spyOn(outputSink, 'write').mockImplementation((fd, bytes) => {
    onText(fd, Buffer.from(bytes).toString('utf8'));
    return bytes.length;
  });
}

/** Captures what the in-process CLI writes, per test; read `io.stdout` / `io.stderr` after a call. */
export function captureCliOutput(): { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '' };
  beforeEach(() => {
    io.stdout = '';
    io.stderr = '';
    interceptCliOutput((fd, text) => {
      if (fd === 1) io.stdout += text;
      else io.stderr += text;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  return io;
}

/** Runs `dockspec ARGS…` in process without colour and returns its exit code. */
export async function dockspec(...args: string[]): Promise<number> {
  process.exitCode = undefined;
  const code = await run(['node', 'dockspec', '--no-color', ...args]);
  process.exitCode = undefined;
  return code;
}
