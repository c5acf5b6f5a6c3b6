import { posix } from 'node:path';
import { type BlockStage, readDockerfileBlock } from '../dockerfile-block.js';
import type { Block } from '../markdown.js';
import { readHttpPath, readLaunch } from '../values.js';
import { type Collector, Specificity } from './collector.js';
import { createdUsers, installedPackages } from './run-commands.js';
import { typed } from './table.js';

type CodeBlock = Extract<Block, { kind: 'code' }>;

const DEPENDENCY_FILE =
  /(^|\/)(requirements[\w.-]*\.txt|pyproject\.toml|uv\.lock|poetry\.lock|Pipfile(\.lock)?|setup\.(py|cfg))$/;

export function isDockerfileBlock(block: CodeBlock): boolean {
  if (/^(dockerfile|docker|containerfile)$/.test(block.lang)) return true;
  return block.lang === '' && /^\s*(#.*\n\s*)*FROM\s+\S+/i.test(block.value);
}

/** A fenced Dockerfile block: base image, stages, user and UID, workdir, copies, port, health check, CMD. */
export function extractDockerfile(block: CodeBlock, c: Collector): void {
  const { stages, preamble } = readDockerfileBlock(block.value);
  const label = `${block.context.label ?? ''} ${block.context.headings.at(-1) ?? ''}`;
  const finalImage = stages.at(-1)?.image ?? '';
  const gpu = /\bgpu\b|\.gpu\b|cuda/i.test(block.context.label ?? '') || /cuda|nvidia/i.test(finalImage);
  const complete =
    stages.length > 0 && !/^\s*\.\.\.|\s\.\.\.\s*$/m.test(block.value) && countInstructions(stages) >= 4;
  const specificity = complete ? Specificity.dockerfile : Specificity.dockerfileFragment;
  const evidence = complete ? 'Dockerfile block' : 'Dockerfile fragment';
  const lineOf = (i: { line: number }) => block.contentLine + i.line;
  c.dockerfiles.push({
    file: c.file,
    line: block.contentLine,
    text: block.value,
    label: label.trim(),
    variant: gpu ? 'gpu' : complete ? 'main' : 'fragment',
    service: c.service,
  });

  if (gpu) {
    const base = stages.at(-1);
    if (base) {
      c.add('image.gpu.base', base.image, lineOf(base), specificity, evidence);
      const cuda = /cuda:(\d+\.\d+)/.exec(base.image);
      if (cuda) c.add('image.gpu.cuda', cuda[1], lineOf(base), specificity, evidence);
    }
    const name = /\bDockerfile\.[\w-]+/.exec(block.context.label ?? '');
    if (name) c.add('image.gpu.dockerfile', name[0], block.line, specificity, evidence);
    return;
  }

  const add = (path: string, value: unknown, line: number, items?: number[]) =>
    c.add(path, value, line, specificity, evidence, items);
  const stageNames = new Set(stages.map((s) => s.name?.toLowerCase()).filter(Boolean));
  const final = stages.at(-1);
  const body = final ? final.instructions : preamble;
  if (final && !stageNames.has(final.image.toLowerCase())) {
    add('image.base', final.image, lineOf(final));
    const python = /^(?:docker\.io\/)?(?:library\/)?python:(3\.\d+)/.exec(final.image);
    if (python) add('image.python', python[1], lineOf(final));
  }
  // A block that copies from a stage it does not define (`COPY --from=builder` under "Stage 2") is
  // the second half of a multi-stage Dockerfile written in two blocks.
  const fromElsewhere = stages
    .flatMap((st) => st.instructions)
    .find(
      (i) =>
        i.flags.from &&
        !stageNames.has(i.flags.from.toLowerCase()) &&
        !/[:/]/.test(i.flags.from) &&
        !/^\d+$/.test(i.flags.from),
    );
  if (fromElsewhere) add('image.stages', 'multi', lineOf(fromElsewhere));
  else if (stages.length > 0 && complete)
    add('image.stages', stages.length > 1 ? 'multi' : 'single', lineOf(stages[0]));

  const env = new Map<string, string>();
  let workdir = '/';
  let firstInstall = Number.POSITIVE_INFINITY;
  const dependencyFiles: [string, number][] = [];
  for (const stage of stages) {
    for (const i of stage.instructions) {
      if (i.keyword === 'RUN' && /\b(pip|uv|poetry)\b.*\b(install|sync)\b/.test(i.text))
        firstInstall = Math.min(firstInstall, i.line);
      if (i.keyword === 'COPY' && !i.flags.from && i.line < firstInstall) {
        for (const src of i.args.slice(0, -1))
          if (DEPENDENCY_FILE.test(src)) dependencyFiles.push([src, lineOf(i)]);
      }
    }
  }
  if (dependencyFiles.length > 0) {
    const files = [...new Set(dependencyFiles.map(([f]) => f))];
    add(
      'image.dependencyFiles',
      files,
      dependencyFiles[0][1],
      dependencyFiles.map(([, l]) => l),
    );
  }
  const installer = /\bpoetry install\b/.test(block.value)
    ? 'poetry'
    : /\buv (pip|sync)\b/.test(block.value)
      ? 'uv'
      : /\bpip3? install\b/.test(block.value)
        ? 'pip'
        : undefined;
  if (installer)
    add('image.installer', installer, lineOf(body.find((i) => i.text.includes(installer)) ?? { line: 0 }));

  const users = createdUsers(stages.flatMap((s) => s.instructions).concat(preamble));
  for (const i of body) {
    const line = lineOf(i);
    switch (i.keyword) {
      case 'ENV':
        for (const [k, v] of i.properties) env.set(k, expand(v, env));
        break;
      case 'WORKDIR':
        workdir = posix.resolve(workdir, expand(i.args[0] ?? '/', env));
        add('image.workdir', workdir, line);
        break;
      case 'USER': {
        const name = (i.args[0] ?? '').split(':')[0];
        if (/^\d+$/.test(name)) add('image.user.uid', Number(name), line);
        else if (name && name !== 'root') {
          add('image.user.name', name, line);
          const created = users.get(name);
          if (created?.uid !== undefined) add('image.user.uid', created.uid, lineOf(created));
          if (created?.home) add('image.user.home', created.home, lineOf(created));
        }
        break;
      }
      case 'COPY':
      case 'ADD':
        if (i.flags.from) break;
        for (const src of i.args.slice(0, -1)) {
          const dest = expand(i.args.at(-1) ?? '.', env);
          const inDir = dest.endsWith('/') || dest === '.' || i.args.length > 2;
          const resolved = posix.resolve(workdir, dest) + (dest.endsWith('/') ? '/' : '');
          const target = inDir && !src.endsWith('/') ? posix.join(resolved, posix.basename(src)) : resolved;
          add(`image.copy[${src}].source`, src, line);
          add(`image.copy[${src}].destination`, target, line);
        }
        break;
      case 'EXPOSE': {
        const port = Number((i.args[0] ?? '').split('/')[0]);
        if (Number.isInteger(port) && port > 0 && port < 65536) add('app.port', port, line);
        break;
      }
      case 'HEALTHCHECK': {
        if ((i.args[0] ?? '').toUpperCase() === 'NONE') break;
        for (const [flag, path] of [
          ['interval', 'healthcheck.interval'],
          ['timeout', 'healthcheck.timeout'],
          ['start-period', 'healthcheck.startPeriod'],
        ]) {
          if (i.flags[flag]) add(path, i.flags[flag], line);
        }
        if (i.flags.retries && /^\d+$/.test(i.flags.retries))
          add('healthcheck.retries', Number(i.flags.retries), line);
        const tool = i.args.find((a) => /^(curl|wget|python3?)$/.test(a));
        if (tool) add('healthcheck.tool', tool.startsWith('python') ? 'python' : tool, line);
        // The URL may sit inside a word: `python -c "…urlopen('http://127.0.0.1:8080/livez')"`.
        const url = /https?:\/\/[^\s'"`)]+/.exec(i.args.join(' '))?.[0];
        const path = url ? readHttpPath(url) : undefined;
        if (path) add('app.health.liveness', path, line + Math.max(0, i.text.split('\n').length - 1));
        break;
      }
      case 'CMD':
      case 'ENTRYPOINT': {
        const launch = readLaunch(i.args);
        if (launch.server) add('app.server', launch.server, line);
        if (launch.entrypoint) add('app.entrypoint', launch.entrypoint, line);
        if (launch.port) add('app.port', launch.port, line);
        break;
      }
      case 'ARG': {
        const [name, value] = i.properties[0] ?? [];
        if (name && value) add(`image.buildArgs.${name}`, typed(value), line);
        if (name === 'PYTHON_VERSION' && /^3\.\d+/.test(value ?? '')) add('image.python', value, line);
        break;
      }
    }
  }
  // ARGs before the first FROM (and ARG-only fragments) are build arguments too.
  for (const i of final ? preamble : []) {
    const [name, value] = i.properties[0] ?? [];
    if (i.keyword === 'ARG' && name && value) add(`image.buildArgs.${name}`, typed(value), lineOf(i));
  }
  packages(stages, block, c, specificity, evidence);
}

function countInstructions(stages: { instructions: unknown[] }[]): number {
  return stages.reduce((n, s) => n + 1 + s.instructions.length, 0);
}

function expand(value: string, env: Map<string, string>): string {
  return value.replace(/\$\{?(\w+)\}?/g, (m, name: string) => env.get(name) ?? m);
}

/** apt-get/apk packages: the final stage's are run-time, earlier stages' are build-only. */
function packages(
  stages: BlockStage[],
  block: CodeBlock,
  c: Collector,
  specificity: number,
  evidence: string,
): void {
  stages.forEach((stage, index) => {
    const found = installedPackages(stage.instructions);
    if (found.length === 0) return;
    const kind = index === stages.length - 1 ? 'runtime' : 'build';
    const lines = found.map((p) => block.contentLine + p.line);
    c.add(
      `image.systemPackages.${kind}`,
      found.map((p) => p.name),
      lines[0],
      specificity,
      evidence,
      lines,
    );
  });
}
