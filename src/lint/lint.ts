import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InputError } from '../errors.js';
import { discoverDockerfiles, STDIN_PATH } from './discover.js';
import { FileLinter, lintFileList } from './file-linter.js';
import type { LintFilesOptions } from './options.js';
import { summarize } from './summary.js';
import type { LintResult } from './types.js';

export { DirectorySetup } from './directory-setup.js';
export { displayPath, FileLinter, type FileListResult, lintFileList } from './file-linter.js';
export { type LintTextOptions, lintText, lintTextSync } from './lint-text.js';
export type { LintFilesOptions } from './options.js';
export { summarize } from './summary.js';

/**
 * Lints Dockerfiles (directories are searched) in one process. Reads `.hadolint.yaml` and the
 * contract's `lint:` block; a broken contract or config is an InputError, a broken Dockerfile a finding.
 */
export async function lintFiles(paths: string[], options: LintFilesOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  if (options.context !== undefined) checkContext(options.context);
  const wantsStdin = paths.includes(STDIN_PATH);
  if (wantsStdin && !options.stdin)
    throw new InputError(
      '- (stdin) was given but no text was passed',
      'Pass options.stdin with the Dockerfile text.',
    );
  if (wantsStdin && options.write)
    throw new InputError('--fix cannot write back to stdin', 'Lint the file itself, or leave --fix out.');
  const onlyStdin = wantsStdin && paths.every((p) => p === STDIN_PATH);
  const { files, named } = onlyStdin
    ? { files: [], named: new Set<string>() }
    : await discoverDockerfiles(paths.length ? paths : [cwd]);
  const fileOptions = { ...options, cwd, named: [...named] };
  const threads = threadCount(files, options);
  let { results, threshold, warnings } =
    threads > 1
      ? await (await import('./parallel.js')).lintInThreads(files, fileOptions, threads)
      : await lintFileList(files, fileOptions);
  if (wantsStdin) {
    const fromStdin = await new FileLinter(fileOptions).lintStdin(
      options.stdin!.text,
      options.stdin!.filename,
    );
    // stdin's result stands where `-` stood among the paths: first when it came first.
    if (paths[0] === STDIN_PATH) results.unshift(...fromStdin.results);
    else results.push(...fromStdin.results);
    warnings = [...warnings, ...fromStdin.warnings];
    threshold ??= fromStdin.threshold;
  }
  const result = summarize(results, threshold ?? 'warning');
  return warnings.length ? { ...result, warnings: [...new Set(warnings)] } : result;
}

function checkContext(dir: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new InputError(
      `--context ${dir}: no such directory`,
      'Pass the build context directory (what you give `docker build`), or leave --context out to use each Dockerfile’s directory.',
    );
  }
  if (!isDir) {
    throw new InputError(
      `--context ${dir} is a file, not a directory`,
      'Pass the build context directory (what you give `docker build`), or leave --context out to use each Dockerfile’s directory.',
    );
  }
}

/**
 * Bytes of Dockerfiles per thread below which a worker costs more than it saves. Each worker
 * compiles and warms up its own copy of the code, and one thread already keeps a second core a third
 * busy with V8's background compiling and GC. Measured on 2 cores (BENCHMARKS.md): 12,000 files of
 * 20-60 lines (9.3 MB) ran about a third faster on two threads; 3,000 of them (2.3 MB), or 12,000
 * files of 2-6 lines (2.4 MB), ran faster on one. Lint time follows size more than file count.
 */
const BYTES_PER_THREAD = 4_000_000;
/** Below this many files the sizes are not even sampled: no realistic run reaches two threads' worth. */
const MIN_FILES_FOR_THREADS = 1000;

function threadCount(files: string[], options: LintFilesOptions): number {
  // Rules, caches and contracts given as objects cannot cross to a worker; nor can TS sources under a test runner.
  if (options.rules || options.cache || options.parallel === false || !import.meta.url.endsWith('.js'))
    return 1;
  if (options.threads !== undefined) return Math.max(1, Math.min(options.threads, files.length));
  if (files.length < MIN_FILES_FOR_THREADS) return 1;
  return defaultThreadCount(estimatedBytes(files), availableParallelism());
}

/** Threads for a run over this many bytes of Dockerfiles on a machine with this many cores. */
export function defaultThreadCount(bytes: number, cores: number): number {
  return Math.max(1, Math.min(cores, 4, Math.floor(bytes / BYTES_PER_THREAD)));
}

/** The files' total size, estimated from 64 of them spread over the list (a stat each). */
function estimatedBytes(files: string[]): number {
  const step = Math.max(1, Math.floor(files.length / 64));
  let sum = 0;
  let sampled = 0;
  for (let i = 0; i < files.length; i += step) {
    try {
      sum += statSync(files[i]).size;
      sampled++;
    } catch {
      // Unreadable files are reported when linted.
    }
  }
  return sampled === 0 ? 0 : (sum / sampled) * files.length;
}
