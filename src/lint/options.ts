import type { ResolvedContract } from '../contract/resolved.js';
import type { LintCache } from './cache.js';
import type { LintConfig } from './config.js';
import type { Rule } from './types.js';

export interface LintFilesOptions {
  /** A contract already loaded; otherwise dockspec.yaml is looked up beside each Dockerfile, then in cwd. */
  contract?: ResolvedContract;
  /** Path of the contract to use for every file. */
  contractFile?: string;
  /** Never look for a contract (contract rules stay silent). */
  noContract?: boolean;
  /** Flags from the command line; they win over files. */
  config?: Partial<LintConfig>;
  /** Build context directory; by default found per Dockerfile from its COPY sources (src/lint/context.ts). */
  context?: string;
  fix?: boolean;
  /** The Dockerfile read from standard input, linted where `-` stands among the paths. */
  stdin?: StdinInput;
  /** Files named one by one (set by lintFiles): an unreadable one is an error rather than a note. */
  named?: string[];
  /** Write fixed files back (with fix). */
  write?: boolean;
  rules?: readonly Rule[];
  cwd?: string;
  /** Serve unchanged files from this content-hash cache (kept by the caller between runs). */
  cache?: LintCache;
  /** Set false to stay in one thread; by default many files are shared with worker threads. */
  parallel?: boolean;
  /**
   * A `shellcheck` executable to run over each file's RUN scripts (one call per file); its SC
   * findings replace the native checks' there. See resolveShellcheck for the CLI's choice.
   */
  shellcheck?: string;
  /** Threads to lint on, this one included (default: one per ~4 MB of Dockerfiles, up to one per core and 4). */
  threads?: number;
}

/** A Dockerfile read from standard input (`dockspec lint -`). */
export interface StdinInput {
  /** Bytes as read (checked for binary content and UTF-8, as files are), or text. */
  text: string | Uint8Array;
  /** Its name in reports (`--stdin-filename`); its folder is where the contract and .hadolint.yaml are looked up. */
  filename?: string;
}
