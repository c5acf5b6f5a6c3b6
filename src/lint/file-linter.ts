import { readFileSync } from 'node:fs';
import path from 'node:path';
import { initShellParser } from '../dockerfile/index.js';
import { InputError } from '../errors.js';
import type { LintConfig } from './config.js';
import { DirectorySetup, type LoadedForLint } from './directory-setup.js';
import { lintTextSync } from './lint-text.js';
import type { LintFilesOptions } from './options.js';
import { diskProject } from './project.js';
import type { FileResult, Threshold } from './types.js';

/** How a file is named in the report: as given when absolute, unless it lies under cwd. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return file;
  const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return path.isAbsolute(file) && outside ? file : rel;
}

/** How much of a file is checked for binary content: NUL bytes or invalid UTF-8. */
const SNIFF_BYTES = 8192;

function isText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return false;
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return true;
  } catch {
    return false;
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

  constructor(private readonly options: LintFilesOptions & { cwd: string }) {
    this.setup = new DirectorySetup(options);
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

  private async lintOne(
    full: string,
    loaded: LoadedForLint | undefined,
    config: LintConfig,
  ): Promise<FileResult> {
    const options = this.options;
    let bytes: Buffer;
    try {
      // Sync: the lint itself is synchronous, and an async read costs four thread-pool round trips.
      bytes = readFileSync(full);
    } catch (error) {
      throw new InputError(
        `cannot read ${full}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        'Check the path and its permissions.',
      );
    }
    const display = displayPath(full, options.cwd);
    if (!isText(bytes)) {
      throw new InputError(
        'not a text file: it holds NUL bytes or invalid UTF-8',
        'Pass a Dockerfile, or a directory: dockspec lints only UTF-8 text.',
        { file: display },
      );
    }
    const result = lintTextSync(bytes.toString('utf8'), {
      file: display,
      contract: loaded?.resolved,
      project: diskProject(options.context ?? path.dirname(full), full),
      config,
      rules: options.rules,
      fix: options.fix,
      cache: options.cache,
    });
    if (options.write && result.output !== undefined) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(full, result.output);
    }
    return { ...result, threshold: config.failureThreshold ?? 'warning' };
  }
}

/** Lints a list of Dockerfiles in this thread. */
export function lintFileList(
  files: string[],
  options: LintFilesOptions & { cwd: string },
): Promise<FileListResult> {
  return new FileLinter(options).lint(files);
}
