import { loadContractText } from '../../src/contract/load.js';
import type { ResolvedContract } from '../../src/contract/resolved.js';
import {
  type LintConfig,
  type LintProject,
  lintTextSync,
  memoryProject,
  type Rule,
} from '../../src/lint/index.js';

/** The context a test case lints in: a contract (YAML), project files and a .dockerignore. */
export interface CaseContext {
  /** dockspec.yaml text; `version`, `service` and `target: generic` are added when missing. */
  contract?: string;
  /** Files in the build context, by relative path. */
  files?: Record<string, string>;
  dockerignore?: string;
  config?: Partial<LintConfig>;
}

const contracts = new Map<string, ResolvedContract>();

export function contractFrom(yaml: string): ResolvedContract {
  let text = yaml;
  if (!/^version:/m.test(text)) text = `version: 1\n${text}`;
  if (!/^service:/m.test(text)) text = `service: app\n${text}`;
  if (!/^target:/m.test(text)) text = `target: generic\n${text}`;
  let resolved = contracts.get(text);
  if (!resolved) {
    resolved = loadContractText(text, 'dockspec.yaml').resolved;
    contracts.set(text, resolved);
  }
  return resolved;
}

export function projectFrom(c: CaseContext, rule?: Rule): LintProject | undefined {
  if (c.files || c.dockerignore !== undefined || rule?.needs === 'project') {
    return memoryProject(c.files ?? {}, { dockerignore: c.dockerignore });
  }
  return undefined;
}

/** Lints code with one rule enabled (at its severity, or warning when it is off by default). */
export function lintWith(rule: Rule, code: string, c: CaseContext = {}, fix = false) {
  const level = rule.severity === 'off' ? 'warning' : rule.severity;
  return lintTextSync(code, {
    rules: [rule],
    contract: c.contract !== undefined ? contractFrom(c.contract) : undefined,
    project: projectFrom(c, rule),
    config: { ...c.config, override: { ...c.config?.override, [level]: [rule.id] } },
    fix,
  });
}

/** Ids the lint core owns; whole-file tests compare only these, so new rules from other batches do not break them. */
export function isCoreRule(id: string): boolean {
  return /^DS(100\d|200\d|400\d|500\d|600\d)$/.test(id);
}
