// dockspec's library API: every command is a function that returns data.

export type { ContractDiagnostic } from './contract/errors.js';
export { ContractError, formatDiagnostic } from './contract/errors.js';
export type { ContractCheck, LoadedContract } from './contract/load.js';
export {
  checkContractFile,
  checkContractText,
  findContract,
  loadContractFile,
  loadContractText,
} from './contract/load.js';
export type { Preset } from './contract/presets/index.js';
export { presets } from './contract/presets/index.js';
export { contractJsonSchema, renderContractDoc, renderJsonSchema } from './contract/reference.js';
export { contractCheckJson, formatContractCheck } from './contract/report.js';
export { resolveContract } from './contract/resolve.js';
export type { ResolvedContract } from './contract/resolved.js';
export type { ContractRule, RuleContext, RuleFinding } from './contract/rules/index.js';
export { contractRules } from './contract/rules/index.js';
export * from './contract/schema.js';
export * from './contract/units.js';
export type {
  Command as ShellCommand,
  DockerfileModel,
  Instruction as DockerfileInstruction,
  ParseOptions as DockerfileParseOptions,
  ShellScript,
  Stage as DockerfileStage,
  Word as ShellWord,
} from './dockerfile/index.js';
export { initShellParser, parseDockerfile } from './dockerfile/index.js';
export * from './errors.js';
export type {
  ArtifactId,
  FileStatus,
  GeneratedFile,
  GenerateOptions,
  GenerateResult,
} from './generate/index.js';
export { artifactIds, generate, renderFiles } from './generate/index.js';
export type { PackageOptions, PackageResult } from './generate/package.js';
export { packageProject } from './generate/package.js';
export type {
  Conflict as ImportConflict,
  DocumentFinding,
  Fact as ImportFact,
  ImportOutcome,
  NotUnderstood,
} from './import/index.js';
export { importDocuments, lintImported } from './import/index.js';
export type { InitOptions, InitResult } from './init/init.js';
export { initProject } from './init/init.js';
export type {
  FileResult as LintFileResult,
  Finding as LintFinding,
  LintFilesOptions,
  LintResult,
  LintTextOptions,
  Rule as LintRule,
  Severity as LintSeverity,
} from './lint/index.js';
export { defineRule, lintFiles, lintText, lintTextSync, rules as lintRules } from './lint/index.js';
export type { ProjectFacts } from './project/detect.js';
export { detectProject } from './project/detect.js';
export type { Fact as ProjectFact } from './project/fact.js';
export { type FormatName as LintFormat, reporters as lintReporters } from './report/index.js';
export { verifyHtml } from './report/verify-html.js';
export { verifyJson } from './report/verify-json.js';
export { verifyJunit } from './report/verify-junit.js';
export { verifyMarkdown } from './report/verify-md.js';
export { checks as verifyChecks } from './verify/checks/index.js';
export { DockerodeEngine } from './verify/engine/dockerode-engine.js';
export type { Engine } from './verify/engine/engine.js';
export type { Check, CheckId, CheckResult, CheckStatus } from './verify/types.js';
export type { VerifyEvent, VerifyOptions, VerifyReport } from './verify/verify.js';
export { verify } from './verify/verify.js';
export { version } from './version.js';
