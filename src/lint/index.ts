// dockspec lint's library API.
export { type CachedLint, LintCache } from './cache.js';
export * from './config.js';
export { discoverDockerfiles, isDockerfileName } from './discover.js';
export { effectiveSeverity, formatMessage, malformedLocation, ruleNames, runRules } from './engine.js';
export { MAX_DOCKERFILE_BYTES, notTextReason, STDIN_NAME } from './file-linter.js';
export { applyFixes } from './fix.js';
export * from './lint.js';
export { diskProject, type LintProject, memoryProject } from './project.js';
export { foreignRuleId, type UnknownRuleId, unknownRuleIds } from './rule-ids.js';
export { rules } from './rules/index.js';
export { resolveShellcheck, runShellcheck, type ShellcheckFinding, shellcheckScripts } from './shellcheck.js';
export * from './types.js';
