import process from 'node:process';
import { afterEach, beforeEach, vi } from 'vitest';
import { run } from '../../src/cli/main.js';

/** Captures what the in-process CLI writes, per test; read `io.stdout` / `io.stderr` after a call. */
export function captureCliOutput(): { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '' };
  beforeEach(() => {
    io.stdout = '';
    io.stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      io.stdout += String(s);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      io.stderr += String(s);
      return true;
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
