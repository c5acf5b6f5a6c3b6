import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { findContract } from '../contract/find.js';
import type { ResolvedContract } from '../contract/resolved.js';
import { initShellParser, parseDockerfile } from '../dockerfile/index.js';
import { InputError } from '../errors.js';
import type { LintCache } from './cache.js';
import {
  findHadolintConfig,
  fromContractConfig,
  type LintConfig,
  mergeConfigs,
  readHadolintConfig,
} from './config.js';
import { discoverDockerfiles } from './discover.js';
import { runRules, sortFindings } from './engine.js';
import { applyFixes } from './fix.js';
import { diskProject, type LintProject } from './project.js';
import { unknownRuleIds } from './rule-ids.js';
import { rules as allRules } from './rules/index.js';
import {
  type FileResult,
  type Finding,
  type LintResult,
  type Rule,
  type Severity,
  severityRank,
  type Threshold,
} from './types.js';

export interface LintTextOptions {
  file?: string;
  contract?: ResolvedContract;
  project?: LintProject;
  config?: Partial<LintConfig>;
  rules?: readonly Rule[];
  /** Apply fixes and re-lint (up to a few passes); the result carries `output`. */
  fix?: boolean;
  lineOffset?: number;
  /** Reuse models and findings of unchanged text (not used with fix). */
  cache?: LintCache;
}

const MAX_FIX_PASSES = 10;

/** Lints one Dockerfile's text. Synchronous once `initShellParser()` has resolved. */
export function lintTextSync(text: string, options: LintTextOptions = {}): FileResult {
  const file = options.file ?? 'Dockerfile';
  const config = mergeConfigs(options.config);
  const rules = options.rules ?? allRules;
  const lint = (t: string): Finding[] => {
    let model: ReturnType<typeof parseDockerfile>;
    try {
      model = parseDockerfile(t, { file, lineOffset: options.lineOffset });
    } catch (error) {
      return [parserCrash(file, options.lineOffset ?? 0, error)];
    }
    return runRules(model, { rules, contract: options.contract, project: options.project, config });
  };
  if (!options.fix && options.cache) return { file, findings: cachedLint(text, options, rules, config) };
  let findings = lint(text);
  if (!options.fix) return { file, findings };
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const step = applyFixes(current, file, findings, options.lineOffset);
    if (step.fixed === 0 || step.text === current) break;
    fixed += step.fixed;
    current = step.text;
    findings = lint(current);
  }
  return current === text ? { file, findings, fixed } : { file, findings, output: current, fixed };
}

/** The parser itself failing (a bug, not the user's) is still reported as a finding, never thrown. */
function parserCrash(file: string, lineOffset: number, error: unknown): Finding {
  const line = 1 + lineOffset;
  return {
    ruleId: 'DS1000',
    rule: 'syntax-error',
    aliases: [],
    severity: 'error',
    messageId: 'internal',
    message: `dockspec could not parse this file (${error instanceof Error ? error.message : String(error)}); please report it`,
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
  };
}

function cachedLint(
  text: string,
  options: LintTextOptions,
  rules: readonly Rule[],
  config: LintConfig,
): Finding[] {
  const cache = options.cache!;
  const file = options.file ?? 'Dockerfile';
  const key = cache.key(text, [
    file,
    options.lineOffset ?? 0,
    config,
    cache.identity(options.contract),
    cache.identity(rules),
  ]);
  const projectRules = options.project ? rules.filter((r) => r.needs === 'project') : [];
  let entry = cache.get(key);
  if (!entry) {
    let model: ReturnType<typeof parseDockerfile>;
    try {
      model = parseDockerfile(text, { file, lineOffset: options.lineOffset });
    } catch (error) {
      return [parserCrash(file, options.lineOffset ?? 0, error)];
    }
    const fileRules = rules.filter((r) => r.needs !== 'project');
    entry = { model, findings: runRules(model, { rules: fileRules, contract: options.contract, config }) };
    cache.set(key, entry);
  }
  if (projectRules.length === 0) return [...entry.findings];
  const more = runRules(entry.model, {
    rules: projectRules,
    contract: options.contract,
    project: options.project,
    config,
  });
  return sortFindings([...entry.findings, ...more]);
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  await initShellParser();
  return lintTextSync(text, options);
}

export interface LintFilesOptions {
  /** A contract already loaded; otherwise dockspec.yaml is looked up beside each Dockerfile, then in cwd. */
  contract?: ResolvedContract;
  /** Path of the contract to use for every file. */
  contractFile?: string;
  /** Never look for a contract (contract rules stay silent). */
  noContract?: boolean;
  /** Flags from the command line; they win over files. */
  config?: Partial<LintConfig>;
  /** Build context directory; defaults to each Dockerfile's directory. */
  context?: string;
  fix?: boolean;
  /** Write fixed files back (with fix). */
  write?: boolean;
  rules?: readonly Rule[];
  cwd?: string;
  /** Serve unchanged files from this content-hash cache (kept by the caller between runs). */
  cache?: LintCache;
  /** Set false to stay in one thread; by default many files are shared with worker threads. */
  parallel?: boolean;
  /** Threads to lint on, this one included (default: one per ~4 MB of Dockerfiles, up to one per core and 4). */
  threads?: number;
}

/**
 * Lints Dockerfiles (directories are searched) in one process. Reads `.hadolint.yaml` and the
 * contract's `lint:` block; a broken contract or config is an InputError, a broken Dockerfile a finding.
 */
export async function lintFiles(paths: string[], options: LintFilesOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  if (options.context !== undefined) checkContext(options.context);
  const files = discoverDockerfiles(paths.length ? paths : [cwd]);
  const threads = threadCount(files, options);
  const { results, threshold, warnings } =
    threads > 1
      ? await (await import('./parallel.js')).lintInThreads(files, { ...options, cwd }, threads)
      : await lintFileList(files, { ...options, cwd });
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
  private readonly contracts: ContractCache;
  // Files in one directory share its contract and configuration.
  private readonly perDir = new Map<string, { loaded?: LoadedForLint; config: LintConfig }>();
  // The working directory's .hadolint.yaml is every directory's fallback: looked up once.
  private readonly cwdHadolint: string | undefined;

  constructor(private readonly options: LintFilesOptions & { cwd: string }) {
    this.contracts = new ContractCache(options);
    this.cwdHadolint = findHadolintConfig([options.cwd]);
  }

  async lint(files: string[]): Promise<FileListResult> {
    await initShellParser();
    const results: FileResult[] = [];
    let threshold: Threshold | undefined;
    for (const full of files) {
      const { loaded, config } = await this.setupFor(path.dirname(full));
      threshold ??= config.failureThreshold;
      results.push(await this.lintOne(full, loaded, config));
    }
    return { results, threshold, warnings: [...this.contracts.warnings] };
  }

  private async setupFor(dir: string): Promise<{ loaded?: LoadedForLint; config: LintConfig }> {
    let setup = this.perDir.get(dir);
    if (!setup) {
      const loaded = await this.contracts.forDir(dir);
      const hadolintFile = findHadolintConfig([dir]) ?? this.cwdHadolint;
      const config = mergeConfigs(
        hadolintFile ? readHadolintConfig(hadolintFile) : undefined,
        fromContractConfig(loaded?.lint),
        this.options.config,
      );
      setup = { loaded, config };
      this.perDir.set(dir, setup);
    }
    return setup;
  }

  private async lintOne(
    full: string,
    loaded: LoadedForLint | undefined,
    config: LintConfig,
  ): Promise<FileResult> {
    const { options } = this;
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

export function summarize(files: FileResult[], threshold: Threshold): LintResult {
  const findings = files.flatMap((f) => f.findings);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  for (const f of findings) counts[f.severity]++;
  // Each file fails by its own threshold when its configuration sets one.
  const fails = (t: Threshold, list: Finding[]) =>
    t !== 'none' && list.some((f) => severityRank[f.severity] >= severityRank[t]);
  const failed = files.some((f) => fails(f.threshold ?? threshold, f.findings));
  return { files, findings, counts, threshold, failed };
}

type LoadedForLint = { resolved: ResolvedContract; lint?: import('../contract/schema.js').LintConfig };

class ContractCache {
  private readonly byPath = new Map<string, Promise<LoadedForLint>>();
  readonly warnings: string[] = [];

  // The working directory's contract is every directory's fallback: looked up once, when first needed.
  private cwdContract?: { file: string | undefined };

  constructor(private readonly options: LintFilesOptions & { cwd: string }) {}

  private cwdContractFile(): string | undefined {
    this.cwdContract ??= { file: findContract(this.options.cwd) };
    return this.cwdContract.file;
  }

  async forDir(dir: string): Promise<LoadedForLint | undefined> {
    if (this.options.noContract) return undefined;
    if (this.options.contract) return { resolved: this.options.contract };
    const file = this.options.contractFile ?? findContract(dir) ?? this.cwdContractFile();
    if (!file) return undefined;
    const { loadContractFile } = await import('../contract/load.js');
    const key = path.resolve(file);
    let pending = this.byPath.get(key);
    if (!pending) {
      pending = loadContractFile(file).then((l) => {
        // A typo here silently keeps the rule on: say so, but lint anyway.
        for (const u of unknownRuleIds(l.contract.lint?.ignore ?? [], this.options.rules ?? allRules)) {
          this.warnings.push(`${file}: lint.ignore names no rule "${u.id}" (did you mean ${u.nearest}?)`);
        }
        return { resolved: l.resolved, lint: l.contract.lint };
      });
      this.byPath.set(key, pending);
    }
    return pending;
  }
}
