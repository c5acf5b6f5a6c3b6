import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ResolvedContract } from '../contract/resolved.js';
import { type ArtifactId, type Rendered, renderArtifacts } from './artifacts.js';
import { unifiedDiff } from './diff.js';
import {
  addHeader,
  contentHash,
  type HeaderState,
  headerLine,
  headerState,
  parseHeaderLine,
} from './header.js';
import { ensureDir, missingDirs } from './out-dir.js';
import { frontMatterText, isCosmetic, mergeFrontMatter, splitReadme } from './renderers/hf-readme.js';

/**
 * Safe, deterministic writing. A file dockspec wrote and nobody touched is replaced; a file whose
 * content no longer matches its recorded hash (edited by hand), or one dockspec never wrote, is
 * left alone unless `force`. The README of a Space is the exception by design: its body is the
 * user's, only the front matter is dockspec's, so it is merged rather than replaced.
 */
export interface GenerateOptions {
  outDir: string;
  only?: ArtifactId[];
  force?: boolean;
  /** Write nothing; return a unified diff per changed file. */
  dryRun?: boolean;
  /** Write nothing; report whether the files on disk are stale. */
  check?: boolean;
  /** The build context, to leave out optional copies that do not exist (default outDir). */
  projectDir?: string;
}

export type FileStatus = 'create' | 'update' | 'unchanged' | 'conflict' | 'error';

export interface GeneratedFile {
  path: string;
  artifact: ArtifactId;
  status: FileStatus;
  /** Why a conflict (or a forced update) happened: edited since generated, or never generated. */
  reason?: 'edited' | 'unmanaged';
  /** Whether this run wrote the file. */
  written: boolean;
  /** For status `error`: why the contract cannot have this file, and what to do. */
  error?: { message: string; hint?: string };
  diff?: string;
}

export interface GenerateResult {
  files: GeneratedFile[];
  /** Some file on disk differs from what the contract gives (what --check reports). */
  stale: boolean;
  conflicts: GeneratedFile[];
  errors: GeneratedFile[];
}

/** The contract's name as headers record it: relative to the output folder, with forward slashes. */
export function contractName(c: ResolvedContract, outDir: string): string {
  if (!c.file) return 'dockspec.yaml';
  const rel = relative(resolve(outDir), resolve(c.file));
  return (rel.startsWith('..') ? c.file : rel || 'dockspec.yaml').split(sep).join('/');
}

interface Desired {
  text: string;
  state: HeaderState | 'absent';
  /** A conflict blocks writing unless forced. */
  blocks: boolean;
}

/** The text a file should have, given what is on disk now. */
export function desiredText(
  file: Exclude<Rendered, { kind: 'error' }>,
  existing: string | undefined,
  contract: string,
  force = false,
): Desired {
  if (file.kind === 'whole') {
    const text = addHeader(file.body, file.style, contract);
    if (existing === undefined) return { text, state: 'absent', blocks: false };
    const state = headerState(existing);
    return { text, state, blocks: state !== 'intact' && existing !== text };
  }
  return readmeText(file, existing, contract, force);
}

function readmeText(
  file: Extract<Rendered, { kind: 'front-matter' }>,
  existing: string | undefined,
  contract: string,
  force: boolean,
): Desired {
  const compose = (fm: Record<string, unknown>, body: string) => {
    const yaml = frontMatterText(fm);
    return `---\n${yaml}---\n${headerLine('html', contract, contentHash(yaml), 'front matter')}\n${body}`;
  };
  if (existing === undefined) {
    return { text: compose(file.frontMatter, file.defaultBody), state: 'absent', blocks: false };
  }
  const split = splitReadme(existing);
  const [first, ...rest] = split.body.split('\n');
  const header = split.frontMatterText !== undefined ? parseHeaderLine(first) : undefined;
  // The body and every key the contract does not decide stay the user's; so do cosmetic keys.
  const text = compose(
    mergeFrontMatter(file.frontMatter, split.frontMatter, true),
    header ? rest.join('\n') : split.body,
  );
  if (!header) return { text, state: 'unmanaged', blocks: false };
  if (contentHash(split.frontMatterText ?? '') === header.hash)
    return { text, state: 'intact', blocks: false };
  // Edited by hand: only a changed value of a key the contract decides would be lost.
  const lost = overriddenKeys(file.frontMatter, split.frontMatter ?? {});
  return { text, state: 'edited', blocks: lost.length > 0 && !force };
}

/** Keys the contract decides whose value on disk differs from the contract's. */
export function overriddenKeys(ours: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  return Object.keys(ours).filter(
    (k) => !isCosmetic(k) && k in theirs && JSON.stringify(theirs[k]) !== JSON.stringify(ours[k]),
  );
}

/** The files as `generate` writes them into an empty folder (golden tests, `dockspec package`). */
export function renderFiles(
  c: ResolvedContract,
  options: { only?: ArtifactId[]; contract?: string; exists?: (path: string) => boolean } = {},
): { path: string; artifact: ArtifactId; text: string }[] {
  return renderArtifacts(c, options.only, { exists: options.exists }).map((file) => {
    if (file.kind === 'error') throw file.error;
    return {
      path: file.path,
      artifact: file.artifact,
      text: desiredText(file, undefined, options.contract ?? 'dockspec.yaml').text,
    };
  });
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function generate(c: ResolvedContract, options: GenerateOptions): Promise<GenerateResult> {
  const outDir = resolve(options.outDir);
  await missingDirs(outDir); // a file as --out is exit 2, before anything reads below it
  const projectDir = resolve(options.projectDir ?? outDir);
  const contract = contractName(c, outDir);
  const posixPath = (p: string) => p.split(sep).join('/');
  const rendered = renderArtifacts(c, options.only, {
    exists: (p) => existsSync(join(projectDir, p)),
    context:
      outDir === projectDir
        ? undefined
        : {
            dir: posixPath(relative(outDir, projectDir)),
            dockerfile: posixPath(relative(projectDir, join(outDir, 'Dockerfile'))),
          },
  });
  const write = !options.dryRun && !options.check;
  const files: GeneratedFile[] = [];
  for (const file of rendered) {
    if (file.kind === 'error') {
      const { message, hint } = file.error;
      files.push({
        path: file.path,
        artifact: file.artifact,
        status: 'error',
        written: false,
        error: { message, hint },
      });
      continue;
    }
    const target = join(outDir, file.path);
    const existing = await readIfExists(target);
    const desired = desiredText(file, existing, contract, options.force);
    let status: FileStatus;
    if (existing === undefined) status = 'create';
    else if (existing === desired.text) status = 'unchanged';
    else if (desired.blocks && !options.force) status = 'conflict';
    else status = 'update';
    const result: GeneratedFile = { path: file.path, artifact: file.artifact, status, written: false };
    if (
      desired.blocks &&
      status !== 'unchanged' &&
      (desired.state === 'edited' || desired.state === 'unmanaged')
    )
      result.reason = desired.state;
    if (status !== 'unchanged' && (options.dryRun || options.check))
      result.diff = unifiedDiff(file.path, existing, desired.text);
    if (write && (status === 'create' || status === 'update')) {
      await ensureDir(dirname(target));
      await writeFile(target, desired.text, 'utf8');
      result.written = true;
    }
    files.push(result);
  }
  return {
    files,
    stale: files.some((f) => f.status !== 'unchanged'),
    conflicts: files.filter((f) => f.status === 'conflict'),
    errors: files.filter((f) => f.status === 'error'),
  };
}
