import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ResolvedContract } from '../contract/resolved.js';
import { parseDockerignore } from '../dockerfile/dockerignore.js';
import { InputError } from '../errors.js';
import { renderArtifacts } from './artifacts.js';
import { ensureDir, missingDirs } from './out-dir.js';
import { desiredText } from './write.js';

/**
 * `dockspec package --target hf-space`: a folder ready to push to a Space. It holds exactly the
 * build context `docker build` would send (the project minus .dockerignore), with the Dockerfile
 * and .dockerignore from the contract and the README carrying the Space's front matter. Files are
 * copied, never symlinked: Spaces do not follow symlinks.
 */
export const packageTargets = ['hf-space'] as const;
export type PackageTarget = (typeof packageTargets)[number];

export interface PackageOptions {
  projectDir: string;
  outDir: string;
  target: PackageTarget;
  /** Empty a non-empty output folder first. */
  force?: boolean;
  /** The contract's name in headers (default its path relative to the project). */
  contract?: string;
}

export interface PackageResult {
  outDir: string;
  /** Files copied from the project, relative, sorted. */
  copied: string[];
  /** Files written from the contract. */
  generated: string[];
  /** Symlinks that point nowhere, left out. */
  skipped: string[];
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

async function prepareOut(projectDir: string, outDir: string, force: boolean): Promise<void> {
  if (isInside(projectDir, outDir)) {
    throw new InputError(
      `the output folder ${outDir} contains the project`,
      'Choose a folder outside the project, or a new folder inside it (e.g. --out space).',
    );
  }
  await missingDirs(outDir); // a file as --out is exit 2, not ENOTDIR from readdir
  if (existsSync(outDir)) {
    const entries = await readdir(outDir);
    if (entries.length > 0 && !force) {
      throw new InputError(
        `the output folder ${outDir} is not empty`,
        'Choose a new folder, or pass --force to empty it first.',
      );
    }
    for (const entry of entries) await rm(join(outDir, entry), { recursive: true, force: true });
  }
  await ensureDir(outDir);
}

/** Every file of the build context, relative with forward slashes, following symlinks. */
async function contextFiles(
  projectDir: string,
  skipDir: string,
  ignores: (path: string) => boolean,
  reincludes: (dir: string) => boolean,
): Promise<{ files: string[]; dangling: string[] }> {
  const files: string[] = [];
  const dangling: string[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symlink cycle
    seen.add(real);
    for (const name of (await readdir(dir)).sort()) {
      const abs = join(dir, name);
      const rel = relative(projectDir, abs).split(sep).join('/');
      if (abs === skipDir || rel === '.git') continue;
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(abs);
      } catch {
        dangling.push(rel);
        continue;
      }
      if (info.isDirectory()) {
        // An ignored folder (.venv, .git) is skipped unless a `!folder/…` pattern brings files back.
        if (!ignores(rel) || reincludes(rel)) await walk(abs);
      } else if (info.isFile() && !ignores(rel)) files.push(rel);
    }
  };
  await walk(projectDir);
  return { files, dangling };
}

export async function packageProject(c: ResolvedContract, options: PackageOptions): Promise<PackageResult> {
  const projectDir = resolve(options.projectDir);
  const outDir = resolve(options.outDir);
  await prepareOut(projectDir, outDir, options.force ?? false);
  const contract = options.contract ?? 'dockspec.yaml';
  const exists = (p: string) => existsSync(join(projectDir, p));
  const rendered = renderArtifacts(c, ['dockerfile', 'dockerignore', 'hf'], { exists }).filter(
    (f) => f.path !== c.image.gpu?.dockerfile, // Spaces build one Dockerfile, and have no GPU at build time
  );
  const dockerignorePath = join(projectDir, '.dockerignore');
  const generatedIgnore = rendered.find((f) => f.path === '.dockerignore');
  const ignoreText = existsSync(dockerignorePath)
    ? await readFile(dockerignorePath, 'utf8')
    : generatedIgnore?.kind === 'whole'
      ? generatedIgnore.body
      : '';
  const ignore = parseDockerignore(ignoreText);
  const generatedPaths = new Set(rendered.map((f) => f.path));
  const negations = ignore.patterns
    .filter((p) => p.negated)
    .map((p) => p.pattern.slice(1).replace(/^\/+/, ''));
  const { files, dangling } = await contextFiles(
    projectDir,
    outDir,
    (p) => ignore.ignores(p),
    (dir) => negations.some((n) => n.startsWith(`${dir}/`)),
  );
  const copied = files.filter((f) => !generatedPaths.has(f));
  for (const rel of copied) {
    const target = join(outDir, rel);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(projectDir, rel), target); // copies the content a symlink points to
  }
  for (const file of rendered) {
    if (file.kind === 'error') throw file.error;
    const existing =
      file.kind === 'front-matter' && exists(file.path)
        ? await readFile(join(projectDir, file.path), 'utf8')
        : undefined;
    // The project's own .dockerignore wins: it is what `docker build` in the project honours.
    const text =
      file.path === '.dockerignore' && existsSync(dockerignorePath)
        ? ignoreText
        : desiredText(file, existing, contract, true).text;
    await writeFile(join(outDir, file.path), text, 'utf8');
  }
  return { outDir, copied, generated: rendered.map((f) => f.path), skipped: dangling };
}
