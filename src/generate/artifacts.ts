import type { ResolvedContract } from '../contract/resolved.js';
import { InputError } from '../errors.js';
import type { CommentStyle } from './header.js';
import { renderCompose } from './renderers/compose.js';
import { renderDeployGuide } from './renderers/deploy-guide.js';
import { type RenderOptions, renderDockerfile } from './renderers/dockerfile.js';
import { renderGpuDockerfile } from './renderers/dockerfile-gpu.js';
import { renderDockerignore } from './renderers/dockerignore.js';
import { defaultReadmeBody, hfFrontMatter } from './renderers/hf-readme.js';
import { renderK8s } from './renderers/k8s/index.js';

export const artifactIds = ['dockerfile', 'dockerignore', 'compose', 'k8s', 'hf', 'deploy'] as const;
export type ArtifactId = (typeof artifactIds)[number];

/** A whole file dockspec owns, or front matter merged into a README the user owns. */
export type Rendered =
  | { artifact: ArtifactId; path: string; kind: 'whole'; style: CommentStyle; body: string }
  | {
      artifact: ArtifactId;
      path: string;
      kind: 'front-matter';
      frontMatter: Record<string, unknown>;
      defaultBody: string;
    }
  /** A file the contract cannot have (an impossible GPU base); the others are still written. */
  | { artifact: ArtifactId; path: string; kind: 'error'; error: InputError };

/** What each target gets when --only is not given. */
export function defaultArtifacts(c: ResolvedContract): ArtifactId[] {
  const ids: ArtifactId[] = ['dockerfile', 'dockerignore'];
  if (c.target !== 'huggingface-space') ids.push('compose');
  if (c.target === 'kubernetes') ids.push('k8s');
  if (c.target === 'huggingface-space') ids.push('hf');
  ids.push('deploy');
  return ids;
}

/** Every file of the chosen artifacts, in a fixed order: the same contract always gives the same list. */
export function renderArtifacts(
  c: ResolvedContract,
  only: ArtifactId[] = defaultArtifacts(c),
  options: RenderOptions = {},
): Rendered[] {
  const files: Rendered[] = [];
  const want = new Set(only);
  const whole = (artifact: ArtifactId, path: string, body: string, style: CommentStyle = 'hash') =>
    files.push({ artifact, path, kind: 'whole', style, body });
  if (want.has('dockerfile')) {
    whole('dockerfile', 'Dockerfile', renderDockerfile(c, options));
    if (c.image.gpu) {
      try {
        whole('dockerfile', c.image.gpu.dockerfile, renderGpuDockerfile(c, options));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        files.push({ artifact: 'dockerfile', path: c.image.gpu.dockerfile, kind: 'error', error });
      }
    }
  }
  if (want.has('dockerignore')) whole('dockerignore', '.dockerignore', renderDockerignore(c));
  if (want.has('compose')) whole('compose', 'compose.yaml', renderCompose(c, options.context));
  if (want.has('k8s')) for (const f of renderK8s(c)) whole('k8s', `k8s/${f.name}`, f.text);
  if (want.has('hf')) {
    files.push({
      artifact: 'hf',
      path: 'README.md',
      kind: 'front-matter',
      frontMatter: hfFrontMatter(c),
      defaultBody: defaultReadmeBody(c),
    });
  }
  if (want.has('deploy')) whole('deploy', 'DEPLOY.md', renderDeployGuide(c), 'html');
  return files;
}
