import type { Framework, Installer, Server, Target } from '../contract/schema.js';
import { detectDependencies } from './dependencies.js';
import { type Fact, fact } from './fact.js';
import { ProjectFiles } from './files.js';
import { detectHints, type Hints } from './hints.js';
import { type AppCandidate, entrypointOf, findAppCandidates } from './python/app-object.js';
import { findCors } from './python/cors.js';
import { findEnvReads, looksSecret } from './python/env-vars.js';
import { loadModules, type PyModule } from './python/modules.js';
import { findRoutes, type Route } from './python/routes.js';
import { detectPython } from './python-version.js';

/** Everything detection learned about a project; every fact carries the file:line it came from. */
export interface ProjectFacts {
  dir: string;
  name?: Fact<string>;
  description?: Fact<string>;
  dependencyFiles: Fact<string>[];
  packages: Fact<string>[];
  installer?: Fact<Installer>;
  python?: Fact<string>;
  base?: Fact<string>;
  framework?: Fact<Framework>;
  server?: Fact<Server>;
  entrypoint?: Fact<string>;
  /** Directory, relative to the project, the server must run from for the entrypoint to import ('' = root). */
  appRoot?: string;
  port?: Fact<number>;
  workers?: Fact<number>;
  target?: Fact<Target>;
  health: {
    liveness?: Fact<string>;
    readiness?: Fact<string>;
    aliases: Fact<string>[];
    expectBody?: Fact<Record<string, unknown>>;
    readinessUnavailableStatus?: Fact<number>;
  };
  /** Every GET route found, with its full path. */
  routes: Route[];
  secrets: Fact<string>[];
  variables: Fact<{ name: string; default?: string }>[];
  cors?: Fact<{ origins?: string[]; originRegex?: string; credentials?: boolean; methods?: string[] }>;
  dependencies: Fact<{ name: string; kind: 'postgres' | 'mysql' | 'redis'; env?: string }>[];
  hints: Hints;
  /** Things a person should look at: conflicts between sources, guesses. */
  warnings: string[];
}

const ASGI: Framework[] = ['fastapi', 'starlette', 'litestar'];
const FRAMEWORK_PACKAGES: Framework[] = ['fastapi', 'litestar', 'django', 'flask', 'starlette'];
const LIVENESS_NAMES = [
  'health',
  'healthz',
  'healthcheck',
  'health-check',
  '_health',
  'livez',
  'liveness',
  'live',
  'ping',
];
const LIVENESS = new RegExp(`^(?:/api)?(?:/v\\d+)?(?:/health)?/(${LIVENESS_NAMES.join('|')})/?$`);
/** A health-named last segment under any prefix (`/api/v1/utils/health-check/`): a weaker candidate. */
const LIVENESS_ANYWHERE = new RegExp(`/(${LIVENESS_NAMES.join('|')})/?$`);
const READINESS = /^(?:\/api)?(?:\/v\d+)?(?:\/health)?\/(ready|readyz|readiness)\/?$/;
const IGNORED_ENV = new Set([
  'HOME',
  'PATH',
  'PWD',
  'USER',
  'HOSTNAME',
  'SHELL',
  'TERM',
  'PYTHONPATH',
  'DJANGO_SETTINGS_MODULE',
]);

export async function detectProject(dir: string): Promise<ProjectFacts> {
  const files = await ProjectFiles.scan(dir);
  const modules = await loadModules(files);
  const deps = await detectDependencies(files);
  const hints = await detectHints(files, modules);
  const warnings: string[] = [];
  const has = (name: string) => deps.packages.find((p) => p.value === name);

  const facts: ProjectFacts = {
    dir,
    dependencyFiles: deps.files,
    packages: deps.packages,
    installer: deps.installer,
    health: { aliases: [] },
    routes: [],
    secrets: [],
    variables: [],
    dependencies: [],
    hints,
    warnings,
  };
  identity(facts, deps.pyproject, deps.pyprojectText);
  const title = hints.names[0];
  if (!facts.name && title && slug(title.value))
    facts.name = fact(slug(title.value), title.file, title.line, title.note);
  facts.python = await detectPython(files, deps.pyproject, deps.pyprojectText, hints.pythons[0]);
  facts.base = hints.bases[0];
  const basePython = hints.pythons[0];
  if (facts.python && basePython && basePython.value !== facts.python.value)
    warnings.push(
      `${facts.python.file}:${facts.python.line} asks for Python ${facts.python.value} but ${basePython.file}:${basePython.line} builds on ${basePython.value}`,
    );
  facts.target = hints.targets[0];

  // Server first: it decides between Django's wsgi.py and asgi.py.
  const candidates = findAppCandidates(modules);
  const framework0 = candidates[0]?.framework ?? FRAMEWORK_PACKAGES.find((f) => has(f));
  facts.server = hints.servers[0] ?? serverFromPackages(deps.packages, framework0);
  const app = chooseApp(candidates, hints, facts.server?.value, warnings);
  if (app) {
    facts.entrypoint = app.entrypoint;
    facts.appRoot = app.candidate?.module.root ?? '';
    if (app.candidate?.framework)
      facts.framework = fact(
        app.candidate.framework,
        app.candidate.module.file,
        app.candidate.line,
        app.candidate.note,
      );
  }
  facts.framework ??= frameworkFromPackages(deps.packages) ?? frameworkFromImports(modules);
  if (!facts.server && facts.framework)
    facts.server = serverFromPackages(deps.packages, facts.framework.value);
  facts.port = hints.ports[0];
  facts.workers = hints.workers[0];
  const distinctPorts = [...new Set(hints.ports.map((p) => p.value))];
  if (distinctPorts.length > 1)
    warnings.push(
      `ports disagree: ${hints.ports.map((p) => `${p.value} (${p.file}:${p.line})`).join(', ')}; using ${facts.port?.value}`,
    );

  const found = findRoutes(modules);
  facts.routes = found.routes;
  warnings.push(...found.warnings);
  health(facts, hints);
  environment(facts, modules);
  const cors = findCors(modules);
  if (cors) {
    const { file, line, ...value } = cors;
    facts.cors = fact(value, file, line, 'CORS configuration');
  }
  return facts;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function identity(
  facts: ProjectFacts,
  pyproject: Record<string, unknown> | undefined,
  text: string | undefined,
): void {
  const project = (pyproject?.project ?? {}) as Record<string, unknown>;
  const poetry = ((pyproject?.tool as Record<string, unknown> | undefined)?.poetry ?? {}) as Record<
    string,
    unknown
  >;
  const lineOfKey = (key: string) => {
    const i = (text ?? '').split('\n').findIndex((l) => new RegExp(`^\\s*${key}\\s*=`).test(l));
    return i >= 0 ? i + 1 : 1;
  };
  const name =
    typeof project.name === 'string'
      ? project.name
      : typeof poetry.name === 'string'
        ? poetry.name
        : undefined;
  if (name && slug(name))
    facts.name = fact(slug(name), 'pyproject.toml', lineOfKey('name'), `name = "${name}"`);
  const description = project.description ?? poetry.description;
  if (typeof description === 'string' && description.trim())
    facts.description = fact(description.trim(), 'pyproject.toml', lineOfKey('description'));
}

function frameworkFromPackages(packages: Fact<string>[]): Fact<Framework> | undefined {
  for (const f of FRAMEWORK_PACKAGES) {
    const p = packages.find((x) => x.value === f);
    if (p) return fact(f, p.file, p.line, `depends on ${f}`);
  }
  return undefined;
}

function frameworkFromImports(modules: PyModule[]): Fact<Framework> | undefined {
  for (const f of FRAMEWORK_PACKAGES) {
    for (const m of modules) {
      const s = m.statements.find((x) => new RegExp(`^(from|import)\\s+${f}\\b`).test(x.code));
      if (s) return fact(f, m.file, s.line, `imports ${f}`);
    }
  }
  return undefined;
}

/** An ASGI framework runs on uvicorn unless another ASGI server is declared; WSGI ones on gunicorn. */
function serverFromPackages(
  packages: Fact<string>[],
  framework: Framework | undefined,
): Fact<Server> | undefined {
  const order: Server[] =
    framework && !ASGI.includes(framework)
      ? ['gunicorn', 'granian', 'uvicorn']
      : ['uvicorn', 'hypercorn', 'granian', 'gunicorn'];
  for (const s of order) {
    const p = packages.find((x) => x.value === s);
    if (p) return fact(s, p.file, p.line, `depends on ${s}`);
  }
  return undefined;
}

/** The app object: the one a start command names when the sources agree, else the best candidate. */
function chooseApp(
  candidates: AppCandidate[],
  hints: Hints,
  server: Server | undefined,
  warnings: string[],
): { entrypoint: Fact<string>; candidate?: AppCandidate } | undefined {
  const asgiServer = server !== undefined && server !== 'gunicorn';
  const ranked = [...candidates].sort((a, b) => {
    const django = (c: AppCandidate) =>
      c.framework === 'django' && /asgi$/.test(c.module.name) === asgiServer ? 2 : 0;
    return b.score + django(b) - (a.score + django(a));
  });
  const fromCandidate = (c: AppCandidate, value = entrypointOf(c)) => ({
    entrypoint: fact(value, c.module.file, c.line, c.note),
    candidate: c,
  });
  const hint = hints.entrypoints[0];
  if (hint) {
    const exact = ranked.find((c) => entrypointOf(c) === hint.value);
    if (exact) return fromCandidate(exact);
    // The command may run from another directory (WORKDIR /app/src): `main:app` for src/pkg/main.py.
    const [mod, obj] = hint.value.split(':');
    const suffix = ranked.find(
      (c) =>
        c.object.replace(/\(\)$/, '') === obj.replace(/\(\)$/, '') && `.${c.module.name}`.endsWith(`.${mod}`),
    );
    if (suffix) return fromCandidate(suffix, hint.value);
    if (ranked.length === 0) return { entrypoint: hint };
    warnings.push(
      `${hint.file}:${hint.line} runs ${hint.value}, but no such object was found in the sources; using ${entrypointOf(ranked[0])}`,
    );
  }
  if (ranked.length > 1 && ranked[0].score === ranked[1].score)
    warnings.push(
      `several app objects look alike (${ranked.slice(0, 3).map(entrypointOf).join(', ')}); using ${entrypointOf(ranked[0])}`,
    );
  return ranked[0] ? fromCandidate(ranked[0]) : undefined;
}

function health(facts: ProjectFacts, hints: Hints): void {
  const routeFact = (r: Route) => fact(r.path, r.file, r.line, r.via.length ? r.via.join('; ') : undefined);
  const rank = (p: string) =>
    (LIVENESS.test(p) ? 0 : 1000) +
    LIVENESS_NAMES.indexOf(LIVENESS_ANYWHERE.exec(p)?.[1] ?? '') * 10 +
    p.length / 100;
  const live = facts.routes
    .filter((r) => LIVENESS_ANYWHERE.test(r.path) && !READINESS.test(r.path))
    .sort((a, b) => rank(a.path) - rank(b.path));
  const ready = facts.routes.filter((r) => READINESS.test(r.path));
  // A probe the deployment files already use wins when the code serves it.
  const hinted = hints.liveness.find((h) => live.some((r) => r.path === h.value));
  const liveness = hinted ? live.find((r) => r.path === hinted.value) : live[0];
  if (liveness) {
    facts.health.liveness = routeFact(liveness);
    if (liveness.body)
      facts.health.expectBody = fact(liveness.body, liveness.file, liveness.line, 'handler returns it');
    const name = LIVENESS.exec(liveness.path)?.[1];
    const seen = new Set([liveness.path]);
    for (const r of live) {
      if (seen.has(r.path) || LIVENESS.exec(r.path)?.[1] !== name) continue;
      seen.add(r.path);
      facts.health.aliases.push(routeFact(r));
    }
  } else if (hints.liveness[0]) facts.health.liveness = hints.liveness[0];
  const readiness = ready.find((r) => hints.readiness.some((h) => h.value === r.path)) ?? ready[0];
  if (readiness) {
    facts.health.readiness = routeFact(readiness);
    if (readiness.mentions503)
      facts.health.readinessUnavailableStatus = fact(
        503,
        readiness.file,
        readiness.line,
        'handler answers 503',
      );
  } else if (hints.readiness[0]) facts.health.readiness = hints.readiness[0];
}

function environment(facts: ProjectFacts, modules: PyModule[]): void {
  const reads = findEnvReads(modules);
  const seen = new Set<string>();
  for (const r of reads) {
    if (seen.has(r.name) || IGNORED_ENV.has(r.name)) continue;
    seen.add(r.name);
    // A URL the service cannot start without usually carries credentials or names a private endpoint.
    const requiredUrl =
      /_(URL|URI|DSN)$/.test(r.name) &&
      reads.some((x) => x.name === r.name && x.required) &&
      !reads.some((x) => x.name === r.name && x.default !== undefined);
    if (looksSecret(r.name) || requiredUrl) facts.secrets.push(fact(r.name, r.file, r.line));
    else {
      const dflt = reads.find((x) => x.name === r.name && x.default !== undefined);
      facts.variables.push(
        fact(
          dflt ? { name: r.name, default: dflt.default } : { name: r.name },
          dflt?.file ?? r.file,
          dflt?.line ?? r.line,
        ),
      );
    }
  }
  const has = (...names: string[]) => facts.packages.find((p) => names.includes(p.value));
  const db = reads.find((r) => r.name === 'DATABASE_URL');
  const pg = has('psycopg', 'psycopg2', 'psycopg2-binary', 'psycopg-binary', 'asyncpg', 'pg8000');
  const mysql = has('mysqlclient', 'pymysql', 'aiomysql', 'asyncmy');
  const djangoPg = modules
    .flatMap((m) => m.statements.map((s) => ({ m, s })))
    .find(({ s }) => s.strings.some((x) => x === 'django.db.backends.postgresql'));
  if (pg || djangoPg || (db && /^postgres/.test(db.default ?? ''))) {
    const djangoLine = djangoPg?.s.stringLines[djangoPg.s.strings.indexOf('django.db.backends.postgresql')];
    const why = pg ? `depends on ${pg.value}` : djangoPg ? 'Django ENGINE postgresql' : 'postgres:// default';
    const at = db ?? (djangoPg ? { file: djangoPg.m.file, line: djangoLine ?? djangoPg.s.line } : pg!);
    facts.dependencies.push(
      fact(
        { name: 'postgres', kind: 'postgres', ...(db ? { env: 'DATABASE_URL' } : {}) },
        at.file,
        at.line,
        db ? `DATABASE_URL; ${why}` : why,
      ),
    );
  } else if (mysql && db) {
    facts.dependencies.push(
      fact(
        { name: 'mysql', kind: 'mysql', env: 'DATABASE_URL' },
        db.file,
        db.line,
        `DATABASE_URL; depends on ${mysql.value}`,
      ),
    );
  }
  const redis = reads.find((r) => /^REDIS_(URL|HOST)$/.test(r.name));
  if (redis && has('redis', 'aioredis'))
    facts.dependencies.push(
      fact(
        { name: 'redis', kind: 'redis', env: redis.name },
        redis.file,
        redis.line,
        `${redis.name}; Redis client`,
      ),
    );
}
