import path from 'node:path';
import { findContract } from '../contract/find.js';
import type { ResolvedContract } from '../contract/resolved.js';
import type { LintConfig as ContractLintConfig } from '../contract/schema.js';
import {
  findHadolintConfig,
  fromContractConfig,
  type LintConfig,
  mergeConfigs,
  readHadolintConfig,
} from './config.js';
import type { LintFilesOptions } from './options.js';
import { foreignRuleId, unknownRuleIds } from './rule-ids.js';
import { rules as allRules } from './rules/index.js';

export type LoadedForLint = { resolved: ResolvedContract; lint?: ContractLintConfig };

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

/**
 * The contract and lint configuration of each directory, looked up once and kept: files in one
 * directory share them, and a thread can take its files in chunks.
 */
export class DirectorySetup {
  private readonly contracts: ContractCache;
  private readonly perDir = new Map<string, { loaded?: LoadedForLint; config: LintConfig }>();
  // The working directory's .hadolint.yaml is every directory's fallback: looked up once.
  private readonly cwdHadolint: string | undefined;

  constructor(private readonly options: LintFilesOptions & { cwd: string }) {
    this.contracts = new ContractCache(options);
    this.cwdHadolint = findHadolintConfig([options.cwd]);
  }

  private readonly hadolintWarnings: string[] = [];
  private readonly hadolintRead = new Map<string, ReturnType<typeof readHadolintConfig>>();

  get warnings(): readonly string[] {
    return [...this.contracts.warnings, ...this.hadolintWarnings];
  }

  /** Each .hadolint.yaml once per run: its warnings are said once, however many folders share it. */
  private hadolint(file: string): ReturnType<typeof readHadolintConfig> {
    let read = this.hadolintRead.get(file);
    if (!read) {
      read = readHadolintConfig(file);
      this.hadolintRead.set(file, read);
      this.hadolintWarnings.push(...read.warnings);
      const ids = [...(read.ignore ?? []), ...Object.values(read.override ?? {}).flat()];
      const shown = path.relative(this.options.cwd, file) || file;
      for (const u of unknownRuleIds(ids, this.options.rules ?? allRules)) {
        // A hadolint or ShellCheck id without a dockspec rule is expected in a migrated file: say so plainly.
        this.hadolintWarnings.push(
          foreignRuleId(u.id)
            ? `${shown}: dockspec has no rule with hadolint's id ${u.id}`
            : `${shown}: no rule "${u.id}" (did you mean ${u.nearest}?)`,
        );
      }
    }
    return read;
  }

  async forDir(dir: string): Promise<{ loaded?: LoadedForLint; config: LintConfig }> {
    let setup = this.perDir.get(dir);
    if (!setup) {
      const loaded = await this.contracts.forDir(dir);
      const hadolintFile = findHadolintConfig([dir]) ?? this.cwdHadolint;
      const config = mergeConfigs(
        hadolintFile ? this.hadolint(hadolintFile) : undefined,
        fromContractConfig(loaded?.lint),
        this.options.config,
      );
      setup = { loaded, config };
      this.perDir.set(dir, setup);
    }
    return setup;
  }
}
