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
