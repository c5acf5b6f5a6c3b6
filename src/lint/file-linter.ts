import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DockerfileModel, initShellParser } from '../dockerfile/index.js';
import type { LintConfig } from './config.js';
import { type ContextChoice, newContextMemo, resolveContext } from './context.js';
import { DirectorySetup, type LoadedForLint } from './directory-setup.js';
import { fileFinding, type LintTextOptions, lintTextSync } from './lint-text.js';
import type { LintFilesOptions } from './options.js';
import { diskProject } from './project.js';
import type { FileResult, Severity, Threshold } from './types.js';

/** How a file is named in the report: as given when absolute, unless it lies under cwd. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return file;
  const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return path.isAbsolute(file) && outside ? file : rel;
}

/** How a Dockerfile read from stdin is named in reports when `--stdin-filename` is not given. */
export const STDIN_NAME = '<stdin>';

/** How much of a file is checked for binary content: NUL bytes or invalid UTF-8. */
const SNIFF_BYTES = 8192;
/** Larger than any Dockerfile written by hand or generated: a file this size is something else. */
export const MAX_DOCKERFILE_BYTES = 8 * 1024 * 1024;

/** Why these bytes cannot be linted as a Dockerfile, or undefined when they can. */
export function notTextReason(bytes: Buffer): string | undefined {
  if (bytes.length > MAX_DOCKERFILE_BYTES)
    return `it is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_DOCKERFILE_BYTES / 1024 / 1024} MB a Dockerfile may have`;
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return 'it holds NUL bytes (a binary or compressed file)';
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return undefined;
  } catch {
    return 'it is not valid UTF-8';
  }
}

/** What one thread's lint of some files gives back. */
export interface FileListResult {
  results: FileResult[];
  /** The failure threshold of the first of these files whose configuration sets one. */
  threshold?: Threshold;
  warnings: string[];
}

/**
 * Lints Dockerfiles one after another in this thread. Contracts and configurations are looked up
 * once per directory and kept across calls, so a thread can take its files in chunks.
 */
export class FileLinter {
  private readonly setup: DirectorySetup;
  private readonly contextMemo = newContextMemo();
  private readonly named: ReadonlySet<string>;

  constructor(private readonly options: LintFilesOptions & { cwd: string }) {
    this.setup = new DirectorySetup(options);
    this.named = new Set(options.named);
  }

  async lint(files: string[]): Promise<FileListResult> {
    await initShellParser();
    const results: FileResult[] = [];
    let threshold: Threshold | undefined;
    for (const full of files) {
      const { loaded, config } = await this.setup.forDir(path.dirname(full));
      threshold ??= config.failureThreshold;
      results.push(await this.lintOne(full, loaded, config));
    }
    return { results, threshold, warnings: [...this.setup.warnings] };
  }

  /**
   * Lints the Dockerfile read from stdin. Its contract and configuration come from the folder of
   * `--stdin-filename`, else the working directory; it has a build context only when `--context` names one.
   */
  async lintStdin(input: string | Uint8Array, filename?: string): Promise<FileListResult> {
    await initShellParser();
    const dir = filename ? path.dirname(path.resolve(this.options.cwd, filename)) : this.options.cwd;
    const { loaded, config } = await this.setup.forDir(dir);
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
    const context: ContextChoice =
      this.options.context !== undefined ? { dir: this.options.context, how: 'flag' } : { how: 'none' };
    const where = { project: context.dir !== undefined ? diskProject(context.dir) : undefined };
    const result = this.lintBytes(
      bytes,
      filename ?? STDIN_NAME,
      'error',
      loaded,
      config,
      where,
      () => context,
    );
    return {
      // stdin always says it has no context (or the one --context named), linted or not.
      results: [{ ...result, context }],
      threshold: config.failureThreshold,
      warnings: [...this.setup.warnings],
    };
  }

  private async lintOne(
    full: string,
    loaded: LoadedForLint | undefined,
    config: LintConfig,
  ): Promise<FileResult> {
    const options = this.options;
    const display = displayPath(full, options.cwd);
    // A named file that cannot be linted is an error; one a scan or glob came across is only noted.
    const severity = this.named.has(full) ? 'error' : 'info';
    let bytes: Buffer;
    try {
      // Sync: the lint itself is synchronous, and an async read costs four thread-pool round trips.
      bytes = readFileSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return {
        ...unlintable(display, `it cannot be read (${code})`, severity),
        threshold: config.failureThreshold ?? 'warning',
      };
    }
    let context: ContextChoice = { how: 'none' };
    const where = {
      projectFor: (model: DockerfileModel) => {
        context = resolveContext(full, model, options.context, this.contextMemo);
        return context.dir !== undefined ? diskProject(context.dir, full) : undefined;
      },
      cache: options.cache,
    };
    const result = this.lintBytes(bytes, display, severity, loaded, config, where, () => context);
    if (options.write && result.output !== undefined) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(full, result.output);
    }
    return result;
  }

  /**
   * Lints a file's bytes, or reports why they cannot be linted; the same for files and stdin. A
   * linted result carries the build context `context()` names once the lint has chosen it.
   */
  private lintBytes(
    bytes: Buffer,
    display: string,
    unlintableSeverity: Severity,
    loaded: LoadedForLint | undefined,
    config: LintConfig,
    where: Pick<LintTextOptions, 'project' | 'projectFor' | 'cache'>,
    context: () => ContextChoice,
  ): FileResult {
    const threshold = config.failureThreshold ?? 'warning';
    const reason = notTextReason(bytes);
    if (reason) return { ...unlintable(display, reason, unlintableSeverity), threshold };
    const result = lintTextSync(bytes.toString('utf8'), {
      file: display,
      contract: loaded?.resolved,
      config,
      rules: this.options.rules,
      fix: this.options.fix,
      shellcheck: this.options.shellcheck,
      ...where,
    });
    return { ...result, threshold, context: context() };
  }
}

/** One finding for a file that is not linted, so that the run and its report go on. */
function unlintable(file: string, reason: string, severity: Severity): FileResult {
  const f = fileFinding(
    file,
    'notText',
    `not linted: ${reason}; dockspec lints Dockerfiles, which are UTF-8 text`,
  );
  return { file, findings: [{ ...f, severity }] };
}

/** Lints a list of Dockerfiles in this thread. */
export function lintFileList(
  files: string[],
  options: LintFilesOptions & { cwd: string },
): Promise<FileListResult> {
  return new FileLinter(options).lint(files);
}
