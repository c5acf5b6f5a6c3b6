import type { ResolvedContract } from '../contract/resolved.js';
import type { DockerfileModel, Range } from '../dockerfile/index.js';
import type { LintProject } from './project.js';

export type Severity = 'error' | 'warning' | 'info' | 'style';
/** A rule's default severity; 'off' rules run only when a config turns them on. */
export type RuleSeverity = Severity | 'off';
/** The lowest severity that fails the run; 'none' never fails. */
export type Threshold = Severity | 'none';

export const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };

/** Replace `range` with `text` (an empty range inserts). */
export interface Edit {
  range: Range;
  text: string;
}

/** What a rule passes to `report()`. */
export interface Report<M extends string = string> {
  messageId: M;
  /** Values for the message's `{{placeholders}}`. */
  data?: Record<string, string | number>;
  range: Range;
  /**
   * Mechanical edits that make the finding go away; --fix applies them, unless one falls where the
   * shell parse cannot prove it keeps the build's meaning (see fix-safety.ts): then they are a suggestion.
   */
  fix?: Edit | Edit[];
  /** Edits offered to the user but never applied by --fix (a likely fix that may change what runs). */
  suggestion?: Edit | Edit[];
  /**
   * The rule parsed the text its fix edits and proved the edit keeps its meaning (an `exec` before
   * the last command of an `&&` chain inside `sh -c "…"`): the engine's guard lets it through.
   */
  fixProven?: boolean;
  /** For findings in another file than the Dockerfile (a Python source, .dockerignore). */
  file?: string;
  /** A lower severity than the rule's for this finding (a lesser case of the same problem); never raises it. */
  severity?: Severity;
}

export interface LintSettings {
  /** Registries FROM may use (hadolint's trustedRegistries); empty means any. */
  trustedRegistries: string[];
  /** The date of the run, for facts that expire (end-of-life dates); `DOCKSPEC_TODAY` fixes it. */
  today: Date;
  /** hadolint's label schema and strict-labels, from `.hadolint.yaml`. */
  labelSchema?: Readonly<Record<string, LabelType>>;
  strictLabels?: boolean;
}

/** The value forms hadolint's label schema knows. */
export const labelTypes = ['text', 'url', 'hash', 'rfc3339', 'semver', 'spdx', 'email'] as const;
export type LabelType = (typeof labelTypes)[number];

/** Everything a rule may read, plus the one thing it may do: report. */
export interface RuleContext<M extends string = string> {
  model: DockerfileModel;
  /** The contract, when one was found; rules with `needs: 'contract'` only run with one. */
  contract?: ResolvedContract;
  /** The build context beside the Dockerfile; rules with `needs: 'project'` only run with one. */
  project?: LintProject;
  settings: LintSettings;
  /** Every rule dockspec has (not only those running): for rules that check rule ids. */
  catalog: readonly Rule[];
  report(report: Report<M>): void;
}

export interface Rule<M extends string = string> {
  /** `DS` + 4 digits; the range says the family (see docs/rules/README.md). */
  id: string;
  /** kebab-case; also the file name of the rule, its test and its doc page. */
  name: string;
  /** IDs of the same check in other tools (hadolint `DL3008`, BuildKit `JSONArgsRecommended`). */
  aliases?: string[];
  severity: RuleSeverity;
  /** One sentence: what the rule checks. */
  description: string;
  /** True when some of its findings carry a fix. */
  fixable?: boolean;
  /** Messages by id; `{{name}}` placeholders are filled from the report's data. */
  messages: Record<M, string>;
  needs?: 'contract' | 'project';
  check(ctx: RuleContext<M>): void;
}

/** Declares a rule with its message ids checked by TypeScript. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export interface FindingFix {
  edits: Edit[];
}

/** One problem in one file: what every reporter prints. */
export interface Finding {
  ruleId: string;
  /** The rule's readable name. */
  rule: string;
  aliases: string[];
  severity: Severity;
  message: string;
  messageId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: FindingFix;
  /** Edits shown in reports (JSON, SARIF) that --fix does not apply: it cannot prove them safe. */
  suggestion?: FindingFix;
}

/** Where a Dockerfile's build context was found, and why: reports say so when it is not its folder. */
export interface ContextChoice {
  /** The context directory; undefined when none was found (stdin, a lone file). */
  dir?: string;
  how: 'flag' | 'dockerfile-folder' | 'repository-root' | 'parent-folder' | 'none';
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The fixed text when --fix changed the file. */
  output?: string;
  /** Findings that were fixed (before the re-lint). */
  fixed?: number;
  /** This file's failure threshold, when its own configuration (contract, .hadolint.yaml) sets one. */
  threshold?: Threshold;
  /** The build context the file was linted against (lintFiles only): its folder, and how it was chosen. */
  context?: ContextChoice;
}

export interface LintResult {
  files: FileResult[];
  /** Every finding of every file, sorted by file, line, column. */
  findings: Finding[];
  counts: Record<Severity, number>;
  threshold: Threshold;
  /** True when a finding at or above the threshold exists. */
  failed: boolean;
  /** Problems in the configuration that did not stop the run (an unknown rule in lint.ignore). */
  warnings?: string[];
}

export function docsPath(rule: Pick<Rule, 'name'>): string {
  return `docs/rules/${rule.name}.md`;
}

/**
 * A rule page as published: the npm package carries docs/, and unpkg serves every file of every
 * published version, so SARIF's helpUri shows the page of the version that reported the finding.
 */
export function docsUrl(rule: Pick<Rule, 'name'>, version?: string): string {
  return `https://unpkg.com/dockspec${version ? `@${version}` : ''}/docs/rules/${rule.name}.md`;
}
