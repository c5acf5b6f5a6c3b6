import type { ResolvedContract } from '../contract/resolved.js';
import { type DockerfileModel, initShellParser, parseDockerfile } from '../dockerfile/index.js';
import type { LintCache } from './cache.js';
import { type LintConfig, mergeConfigs } from './config.js';
import { dropRepeats, runRules, sortFindings } from './engine.js';
import { applyFixes } from './fix.js';
import type { LintProject } from './project.js';
import { rules as allRules } from './rules/index.js';
import { withShellcheck } from './shellcheck.js';
import type { FileResult, Finding, Rule } from './types.js';

export interface LintTextOptions {
  file?: string;
  contract?: ResolvedContract;
  project?: LintProject;
  /** The build context, chosen once the Dockerfile is parsed (from its COPY sources); `project` wins. */
  projectFor?: (model: DockerfileModel) => LintProject | undefined;
  config?: Partial<LintConfig>;
  rules?: readonly Rule[];
  /** Apply fixes and re-lint (up to a few passes); the result carries `output`. */
  fix?: boolean;
  lineOffset?: number;
  /** Reuse models and findings of unchanged text (not used with fix). */
  cache?: LintCache;
  /** A `shellcheck` executable to run over the RUN scripts (src/lint/shellcheck.ts); native SC checks otherwise. */
  shellcheck?: string;
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
    const findings = runRules(model, {
      rules,
      contract: options.contract,
      project: options.project ?? options.projectFor?.(model),
      config,
      catalog: allRules,
    });
    return withExecutable(model, findings, options, config);
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

/** A syntax-error (DS1000) finding about the whole file, at its first line: it was not linted. */
export function fileFinding(file: string, messageId: string, message: string, lineOffset = 0): Finding {
  const line = 1 + lineOffset;
  return {
    ruleId: 'DS1000',
    rule: 'syntax-error',
    aliases: [],
    severity: 'error',
    messageId,
    message,
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
  };
}

/** The parser itself failing (a bug, not the user's) is still reported as a finding, never thrown. */
function parserCrash(file: string, lineOffset: number, error: unknown): Finding {
  const why = error instanceof Error ? error.message : String(error);
  return fileFinding(
    file,
    'internal',
    `dockspec could not parse this file (${why}); please report it`,
    lineOffset,
  );
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
    options.shellcheck ?? '',
  ]);
  let entry = cache.get(key);
  if (!entry) {
    let model: ReturnType<typeof parseDockerfile>;
    try {
      model = parseDockerfile(text, { file, lineOffset: options.lineOffset });
    } catch (error) {
      return [parserCrash(file, options.lineOffset ?? 0, error)];
    }
    const fileRules = rules.filter((r) => r.needs !== 'project');
    const findings = runRules(model, {
      rules: fileRules,
      contract: options.contract,
      config,
      catalog: allRules,
    });
    entry = { model, findings: withExecutable(model, findings, options, config) };
    cache.set(key, entry);
  }
  const project = options.project ?? options.projectFor?.(entry.model);
  const projectRules = project ? rules.filter((r) => r.needs === 'project') : [];
  if (projectRules.length === 0) return [...entry.findings];
  const more = runRules(entry.model, {
    catalog: allRules,
    rules: projectRules,
    contract: options.contract,
    project,
    config,
  });
  return sortFindings([...entry.findings, ...more]);
}

/** The findings with the shellcheck executable's merged in, when one is to run. */
function withExecutable(
  model: DockerfileModel,
  findings: Finding[],
  options: LintTextOptions,
  config: LintConfig,
): Finding[] {
  if (!options.shellcheck) return findings;
  const merged = withShellcheck(model, findings, options.shellcheck, (rules) =>
    runRules(model, { rules, config, catalog: allRules }),
  );
  return dropRepeats(sortFindings(merged));
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  await initShellParser();
  return lintTextSync(text, options);
}
