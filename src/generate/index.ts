// dockspec generate / package: the library API.
export {
  type ArtifactId,
  artifactIds,
  defaultArtifacts,
  type Rendered,
  renderArtifacts,
} from './artifacts.js';
export { unifiedDiff } from './diff.js';
export { addHeader, contentHash, findHeader, headerState } from './header.js';
export { type Plan, planFor } from './plan.js';
export { composeModel, renderCompose } from './renderers/compose.js';
export { renderDeployGuide } from './renderers/deploy-guide.js';
export { renderDockerfile } from './renderers/dockerfile.js';
export { checkGpuBase, cudaBaseFor, renderGpuDockerfile } from './renderers/dockerfile-gpu.js';
export { ignoredBy, renderDockerignore } from './renderers/dockerignore.js';
export { hfFrontMatter } from './renderers/hf-readme.js';
export { k8sModels, renderK8s } from './renderers/k8s/index.js';
export { serverArgv } from './server-command.js';
export {
  contractName,
  type FileStatus,
  type GeneratedFile,
  type GenerateOptions,
  type GenerateResult,
  generate,
  renderFiles,
} from './write.js';
