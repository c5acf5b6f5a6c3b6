import type { ResolvedContract } from '../../contract/resolved.js';
import { InputError } from '../../errors.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { type Plan, SECRET_NAME } from '../plan.js';
import { serverArgv } from '../server-command.js';

/** Building blocks shared by the CPU and GPU Dockerfiles. Each returns lines without trailing newline. */

const INDENT = '    ';

/** One instruction; extra parts become backslash-continued lines. */
export function instruction(keyword: string, first: string, ...rest: string[]): string {
  return [`${keyword} ${first}`, ...rest.map((r) => `${INDENT}${r}`)].join(' \\\n');
}

function multi(keyword: string, parts: string[]): string {
  return instruction(keyword, parts[0], ...parts.slice(1));
}

export function json(argv: string[]): string {
  return JSON.stringify(argv).replace(/","/g, '", "');
}

/** Docker duration syntax: whole seconds as `30s`, anything finer as `1500ms`. */
export function dockerDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

export function aptInstall(packages: string[]): string | undefined {
  const unique = [...new Set(packages)];
  if (unique.length === 0) return undefined;
  // `apt-get clean` too: bases without Debian's docker-clean hook keep every .deb otherwise.
  return instruction(
    'RUN',
    'apt-get update',
    `&& apt-get install -y --no-install-recommends ${unique.join(' ')}`,
    '&& apt-get clean',
    `&& ${packageManager('apt-get').clean!.fix}`,
  );
}

/** `useradd` as Hugging Face documents it when the contract matches that shape, explicit otherwise. */
export function createUser(c: ResolvedContract, plan: Plan, before: string[] = []): string {
  const { name } = c.image.user;
  const simple = plan.gid === plan.uid && plan.home === `/home/${name}`;
  // useradd writes a lastlog entry sized by the UID; -l avoids a huge sparse file for large UIDs.
  const l = plan.uid >= 100_000 ? ' -l' : '';
  const add = simple
    ? `useradd -m${l} -u ${plan.uid} ${name}`
    : `groupadd -g ${plan.gid} ${name} && useradd -m${l} -u ${plan.uid} -g ${plan.gid} -d ${plan.home} ${name}`;
  const dirs = [plan.workdir, ...plan.writablePaths.filter((p) => p !== '/tmp')];
  const steps = [...before, add, `install -d -o ${plan.uid} -g ${plan.gid} ${[...new Set(dirs)].join(' ')}`];
  return instruction('RUN', steps[0], ...steps.slice(1).map((s) => `&& ${s}`));
}

/** The run-time environment: venv on PATH, unbuffered output, caches under the writable home. */
export function runtimeEnv(plan: Plan, extra: string[] = [], withPath = true): string {
  return instruction(
    'ENV',
    `HOME=${plan.home}`,
    ...(withPath ? [`PATH=${plan.venv}/bin:$PATH`, `VIRTUAL_ENV=${plan.venv}`] : []),
    'PYTHONUNBUFFERED=1',
    'PYTHONDONTWRITEBYTECODE=1',
    `XDG_CACHE_HOME=${plan.cacheHome}`,
    `HF_HOME=${plan.hfHome}`,
    ...extra,
  );
}

/** Build arguments other than PYTHON_VERSION, persisted as ENV so the app sees what it was built for. */
export function buildArgs(c: ResolvedContract): { name: string; value?: string }[] {
  const args = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(c.image.buildArgs)) args.set(name, value);
  for (const v of c.env.build) if (!args.has(v.name)) args.set(v.name, v.default);
  args.delete('PYTHON_VERSION');
  const secrets = new Set(c.env.secrets.map((s) => s.name));
  for (const name of args.keys()) {
    if (secrets.has(name) || SECRET_NAME.test(name)) {
      throw new InputError(
        `build argument ${name} looks like a secret: build arguments and ENV stay in the image's history`,
        'Pass it at run time (env.secrets), or at build time through `RUN --mount=type=secret`.',
        c.file ? { file: c.file } : undefined,
      );
    }
  }
  return [...args].map(([name, value]) => ({ name, value })).sort((a, b) => a.name.localeCompare(b.name));
}

export function buildArgLines(c: ResolvedContract): string[] {
  const args = buildArgs(c);
  if (args.length === 0) return [];
  return [
    multi(
      'ARG',
      args.map((a) => (a.value === undefined ? a.name : `${a.name}=${quoteValue(a.value)}`)),
    ),
    multi(
      'ENV',
      args.map((a) => `${a.name}=\${${a.name}}`),
    ),
  ];
}

function quoteValue(v: string): string {
  return /^[\w.:/@+-]*$/.test(v) && v !== '' ? v : JSON.stringify(v);
}

/**
 * The probe run by HEALTHCHECK and compose: by default the image's own Python (slim images have no
 * curl), failing on any non-2xx answer or timeout. curl/wget only when the contract asks for them.
 */
export function healthProbe(c: ResolvedContract, plan: Plan): string[] {
  const seconds = Math.max(1, Math.ceil(c.healthcheck.timeoutMs / 1000) - 1);
  const tool = c.healthcheck.tool ?? 'python';
  if (tool !== 'python') {
    const port = plan.honourPort ? `\${PORT:-${plan.port}}` : String(plan.port);
    const url = `http://127.0.0.1:${port}${plan.livenessPath}`;
    const argv =
      tool === 'curl'
        ? ['curl', '-fsS', '--max-time', String(seconds), '-o', '/dev/null', url]
        : ['wget', '-q', '-T', String(seconds), '-O', '/dev/null', url];
    return plan.honourPort
      ? ['sh', '-c', `exec ${argv.map((a) => (a === url ? `"${a}"` : a)).join(' ')}`]
      : argv;
  }
  const url = plan.honourPort
    ? `'http://127.0.0.1:%s${plan.livenessPath}' % os.environ.get('PORT', '${plan.port}')`
    : `'http://127.0.0.1:${plan.port}${plan.livenessPath}'`;
  const imports = plan.honourPort ? 'import os, sys, urllib.request' : 'import sys, urllib.request';
  return [
    'python',
    '-c',
    `${imports}; sys.exit(0 if urllib.request.urlopen(${url}, timeout=${seconds}).status < 300 else 1)`,
  ];
}

/** HEALTHCHECK in exec form; slim images have no curl, so the probe is Python. */
export function healthcheck(c: ResolvedContract, plan: Plan): string {
  const h = c.healthcheck;
  return instruction(
    'HEALTHCHECK',
    `--interval=${dockerDuration(h.intervalMs)} --timeout=${dockerDuration(h.timeoutMs)} --start-period=${dockerDuration(h.startPeriodMs)} --retries=${h.retries}`,
    `CMD ${json(healthProbe(c, plan))}`,
  );
}

export function cmd(c: ResolvedContract, plan: Plan): string {
  return `CMD ${json(serverArgv(c, plan))}`;
}

/** COPY lines for the app's files: root-level files share one layer, directories one each. */
export function appCopies(c: ResolvedContract, plan: Plan, exists?: (path: string) => boolean): string[] {
  const chown = `--chown=${plan.uid}:${plan.gid}`;
  const entries = c.image.copy.filter((e) => e.required || !exists || exists(e.source));
  if (entries.length === 0) return [`COPY ${chown} . ./`];
  const lines: string[] = [];
  const rootFiles: string[] = [];
  for (const e of entries) {
    const src = e.source.replace(/^\.\//, '');
    const isDir = src.endsWith('/') || src === '.';
    if (!e.destination && !isDir && !src.includes('/')) {
      rootFiles.push(src);
      continue;
    }
    const dest = e.destination ?? (src === '.' ? './' : `./${src}`);
    lines.push(`COPY ${chown} ${src} ${dest}`);
  }
  if (rootFiles.length > 0) lines.push(`COPY ${chown} ${rootFiles.join(' ')} ./`);
  return lines;
}

/** Global ARG + FROM reference: `python:X-slim` becomes `python:${PYTHON_VERSION}-slim`. */
export function baseImage(c: ResolvedContract): { arg?: string; from: string } {
  const m = /^((?:docker\.io\/)?(?:library\/)?python):(\d+\.\d+(?:\.\d+)?)(-[\w.-]+)?$/.exec(c.image.base);
  const pinned = c.image.buildArgs.PYTHON_VERSION ?? c.image.python;
  if (m && (m[2] === c.image.python || m[2] === pinned)) {
    return { arg: `ARG PYTHON_VERSION=${m[2]}`, from: `${m[1]}:\${PYTHON_VERSION}${m[3] ?? ''}` };
  }
  return { from: c.image.base };
}
