import type { ResolvedContract } from '../contract/resolved.js';
import type { DockerfileModel, Range } from '../dockerfile/index.js';
import { compareRanges } from '../dockerfile/position.js';
import { runDate } from '../knowledge/releases.js';
import { assertLocation, checkLocations } from '../locations.js';
import type { LintConfig } from './config.js';
import { classifyEdits, opaqueRanges } from './fix-safety.js';
import { noPragmas, readPragmas, suppressed } from './pragmas.js';
import type { LintProject } from './project.js';
import {
  type Edit,
  type Finding,
  type LabelType,
  type LintSettings,
  type Report,
  type Rule,
  type RuleSeverity,
  type Severity,
  severityRank,
} from './types.js';

export interface RunRulesOptions {
  rules: readonly Rule[];
  contract?: ResolvedContract;
  project?: LintProject;
  config: LintConfig;
  /** Every rule known (default: `rules`), for rules that check rule ids named in pragmas. */
  catalog?: readonly Rule[];
}

/** The severity a rule runs at after overrides and ignores; 'off' means it does not run. */
export function effectiveSeverity(rule: Rule, config: LintConfig): RuleSeverity {
  const names = ruleNames(rule);
  if (config.ignore.some((id) => names.includes(id.toUpperCase()))) return 'off';
  let severity: RuleSeverity = rule.severity;
  for (const level of ['off', 'style', 'info', 'warning', 'error'] as const) {
    if (config.override[level]?.some((id) => names.includes(id.toUpperCase()))) severity = level;
  }
  return severity;
}

const namesCache = new WeakMap<Rule, string[]>();

/** Upper-cased id, aliases and name: what configs and pragmas may use to name a rule. */
export function ruleNames(rule: Rule): string[] {
  let names = namesCache.get(rule);
  if (!names) {
    names = [rule.id, ...(rule.aliases ?? []), rule.name].map((n) => n.toUpperCase());
    namesCache.set(rule, names);
  }
  return names;
}

// Severities depend only on the rule list and the config, which repeat across the files of a run.
const severityCache = new WeakMap<readonly Rule[], Map<string, RuleSeverity[]>>();

function severities(rules: readonly Rule[], config: LintConfig): RuleSeverity[] {
  let byConfig = severityCache.get(rules);
  if (!byConfig) {
    byConfig = new Map();
    severityCache.set(rules, byConfig);
  }
  // Most runs configure nothing: skip serializing the config for them.
  const plain = config.ignore.length === 0 && Object.values(config.override).every((ids) => !ids?.length);
  const key = plain ? '' : JSON.stringify([config.ignore, config.override]);
  let list = byConfig.get(key);
  if (!list) {
    list = rules.map((r) => effectiveSeverity(r, config));
    if (byConfig.size > 50) byConfig.clear();
    byConfig.set(key, list);
  }
  return list;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

/**
 * Runs every enabled rule over one Dockerfile model. Rules never see severities or pragmas: the
 * engine applies overrides, drops suppressed findings and sorts the rest. A rule that throws
 * becomes a finding rather than an exception, so one bug never hides the other rules' findings.
 */
/** What rules may read of the run. A class, so the lazy `today` costs nothing per file. */
class RunSettings implements LintSettings {
  constructor(
    readonly trustedRegistries: string[],
    readonly labelSchema?: Readonly<Record<string, LabelType>>,
    readonly strictLabels?: boolean,
  ) {}
  private date?: Date;
  /** Read only by the rules that need it, once per file: the environment is slow to reach. */
  get today(): Date {
    this.date ??= runDate();
    return this.date;
  }
}

export function runRules(model: DockerfileModel, options: RunRulesOptions): Finding[] {
  const { config } = options;
  const pragmas = config.disableIgnorePragma ? noPragmas : readPragmas(model);
  const findings: Finding[] = [];
  const levels = severities(options.rules, config);
  let opaque: Range[] | undefined;
  const opaqueRangesOnce = () => {
    opaque ??= opaqueRanges(model);
    return opaque;
  };
  const settings = new RunSettings(config.trustedRegistries, config.labelSchema, config.strictLabels);
  // Split once per file, and only when locations are checked (tests).
  const lines = checkLocations ? model.text.split('\n') : [];
  for (const [index, rule] of options.rules.entries()) {
    const severity = levels[index];
    if (severity === 'off') continue;
    if (rule.needs === 'contract' && !options.contract) continue;
    if (rule.needs === 'project' && !options.project) continue;
    const report = (r: Report) => {
      if (r.file === undefined && suppressed(pragmas, r.range.start.line, ruleNames(rule))) return;
      const template = (rule.messages as Record<string, string>)[r.messageId];
      const level = r.severity && severityRank[r.severity] < severityRank[severity] ? r.severity : severity;
      const finding = toFinding(rule, level, model.file, r, template ?? r.messageId, opaqueRangesOnce);
      if (r.file === undefined) assertLocation(lines, finding, rule.id, model.lineOffset);
      findings.push(finding);
    };
    try {
      rule.check({
        model,
        contract: options.contract,
        project: options.project,
        settings,
        catalog: options.catalog ?? options.rules,
        report,
      });
    } catch (error) {
      findings.push({
        ruleId: rule.id,
        rule: rule.name,
        aliases: rule.aliases ?? [],
        severity: 'error',
        messageId: 'internal',
        message: `internal error in rule ${rule.id} (${rule.name}): ${error instanceof Error ? error.message : String(error)}; please report it`,
        file: model.file,
        line: 1 + model.lineOffset,
        column: 1,
        endLine: 1 + model.lineOffset,
        endColumn: 1,
      });
    }
  }
  return dropRepeats(sortFindings(findings));
}

/**
 * Sorted findings without exact repeats: a check that reads a RUN's script and the `sh -c` string in
 * it may meet one construct twice (a backtick substitution the outer shell runs inside the string).
 */
export function dropRepeats(sorted: Finding[]): Finding[] {
  const same = (a: Finding, b: Finding) =>
    a.ruleId === b.ruleId &&
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn &&
    a.message === b.message &&
    a.file === b.file;
  return sorted.filter((f, i) => i === 0 || !same(f, sorted[i - 1]));
}

const asList = (e: Edit | Edit[] | undefined): Edit[] => (e ? (Array.isArray(e) ? e : [e]) : []);

/** What is wrong with a finding's location in text of these `lines` (after `lineOffset` lines), if anything. */
export { malformedSpan as malformedLocation } from '../locations.js';

function toFinding(
  rule: Rule,
  severity: Severity,
  file: string,
  r: Report,
  template: string,
  opaque: () => Range[],
): Finding {
  // Edits in another file (a Python source) are outside the Dockerfile's shell: kept as given.
  const { fix, suggestion } =
    r.file === undefined && !r.fixProven
      ? classifyEdits(asList(r.fix), opaque)
      : { fix: asList(r.fix), suggestion: [] };
  const suggested = [...suggestion, ...asList(r.suggestion)];
  return {
    ruleId: rule.id,
    rule: rule.name,
    aliases: rule.aliases ?? [],
    severity,
    message: formatMessage(template, r.data),
    messageId: r.messageId,
    file: r.file ?? file,
    line: r.range.start.line,
    column: r.range.start.column,
    endLine: r.range.end.line,
    endColumn: r.range.end.column,
    ...(fix.length > 0 ? { fix: { edits: fix } } : {}),
    ...(suggested.length > 0 ? { suggestion: { edits: suggested } } : {}),
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export { compareRanges };
