import { baseEndOfLife } from './base-end-of-life.js';
import { basePythonMismatch } from './base-python-mismatch.js';
import { corsCredentialsWildcard } from './cors-credentials-wildcard.js';
import { corsOriginFormat } from './cors-origin-format.js';
import { corsOriginRegex } from './cors-origin-regex.js';
import { corsOriginWildcard } from './cors-origin-wildcard.js';
import { corsRegexCredentials } from './cors-regex-credentials.js';
import { dependencyWithoutReadiness } from './dependency-without-readiness.js';
import { duplicateEnv } from './duplicate-env.js';
import { duplicateHealthPaths } from './duplicate-health-paths.js';
import { entrypointStated } from './entrypoint-stated.js';
import { envDefaultsMatch } from './env-defaults-match.js';
import { gpuBase } from './gpu-base.js';
import { gpuCudaMismatch } from './gpu-cuda-mismatch.js';
import { healthLatencyTimeout } from './health-latency-timeout.js';
import { healthStatus } from './health-status.js';
import { healthcheckTiming } from './healthcheck-timing.js';
import { healthcheckTool } from './healthcheck-tool.js';
import { hfDataDir } from './hf-data-dir.js';
import { hfDependencyEgress } from './hf-dependency-egress.js';
import { hfPort } from './hf-port.js';
import { hfUid } from './hf-uid.js';
import { homeWritable } from './home-writable.js';
import { imageSizeBudget } from './image-size-budget.js';
import { installerFiles } from './installer-files.js';
import { k8sProbes } from './k8s-probes.js';
import { portRange } from './port-range.js';
import { readinessWithoutDependency } from './readiness-without-dependency.js';
import { rootUser } from './root-user.js';
import { secretElsewhere } from './secret-elsewhere.js';
import { serverFramework } from './server-framework.js';
import { singleStageBuildPackages } from './single-stage-build-packages.js';
import { startupBudget } from './startup-budget.js';
import type { ContractRule } from './types.js';
import { writableDuplicates } from './writable-duplicates.js';

export type { ContractRule, RuleContext, RuleFinding } from './types.js';

/** Every cross-field rule, run in this order after the shape pass. */
export const contractRules: ContractRule[] = [
  portRange,
  rootUser,
  hfUid,
  hfPort,
  hfDependencyEgress,
  hfDataDir,
  homeWritable,
  k8sProbes,
  healthStatus,
  duplicateHealthPaths,
  readinessWithoutDependency,
  dependencyWithoutReadiness,
  entrypointStated,
  serverFramework,
  basePythonMismatch,
  baseEndOfLife,
  installerFiles,
  singleStageBuildPackages,
  gpuBase,
  gpuCudaMismatch,
  healthcheckTiming,
  healthcheckTool,
  startupBudget,
  healthLatencyTimeout,
  imageSizeBudget,
  duplicateEnv,
  envDefaultsMatch,
  secretElsewhere,
  corsCredentialsWildcard,
  corsOriginWildcard,
  corsOriginFormat,
  corsOriginRegex,
  corsRegexCredentials,
  writableDuplicates,
];
