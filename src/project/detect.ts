import type { Framework, Installer, Server, Target } from '../contract/schema.js';
import { WRITABLE_DIR_VARIABLE } from '../knowledge/writable-dirs.js';
import {
  chooseApp,
  FRAMEWORK_PACKAGES,
  frameworkFromImports,
  frameworkFromPackages,
  serverFromPackages,
} from './app.js';
import { detectDependencies } from './dependencies.js';
import { detectEnvironment, type EnvironmentFacts } from './environment.js';
import { type Fact, fact } from './fact.js';
import { ProjectFiles } from './files.js';
import { chooseHealth, type HealthFacts } from './health.js';
import { detectHints, type HealthcheckTimings, type Hints } from './hints.js';
import { findAppCandidates } from './python/app-object.js';
import { findCors } from './python/cors.js';
import { loadModules } from './python/modules.js';
import { findRoutes, type Route } from './python/routes.js';
import { detectPython } from './python-version.js';
import { type SystemPackages, systemPackagesFor } from './system-packages.js';

/** Everything detection learned about a project; every fact carries the file:line it came from. */
export interface ProjectFacts {
  dir: string;
  name?: Fact<string>;
  description?: Fact<string>;
  dependencyFiles: Fact<string>[];
  packages: Fact<string>[];
  /** Debian packages the dependencies need, each from the dependency line that asks for it. */
  systemPackages: SystemPackages;
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
  health: HealthFacts;
  /** Timings of an existing Dockerfile's HEALTHCHECK. */
  healthcheck?: Fact<HealthcheckTimings>;
  /** Every GET route found, with its full path. */
  routes: Route[];
  secrets: EnvironmentFacts['secrets'];
  /** Directories the service writes, from the defaults of the variables that name them. */
  writablePaths: Fact<string>[];
  variables: EnvironmentFacts['variables'];
  cors?: Fact<{ origins?: string[]; originRegex?: string; credentials?: boolean; methods?: string[] }>;
  dependencies: EnvironmentFacts['dependencies'];
  hints: Hints;
  /** Every value found for a fact, best first, the chosen one included (`init --format json`). */
  candidates: {
    entrypoint: Fact<string>[];
    port: Fact<number>[];
    workers: Fact<number>[];
    server: Fact<Server>[];
  };
  /** Facts the stated rules cannot decide between several candidates: left out of the contract, listed in a comment. */
  undecided: { entrypoint?: Fact<string>[] };
  /** Things a person should look at: conflicts between sources, guesses. */
  warnings: string[];
}

export async function detectProject(dir: string): Promise<ProjectFacts> {
  const files = await ProjectFiles.scan(dir);
  const modules = await loadModules(files);
  const deps = await detectDependencies(files);
  const pyproject =
    deps.pyproject && deps.pyprojectText !== undefined
      ? { data: deps.pyproject, text: deps.pyprojectText }
      : undefined;
  const hints = await detectHints(files, modules, pyproject);
  const warnings: string[] = [...deps.warnings, ...hints.warnings];
  const has = (name: string) => deps.packages.find((p) => p.value === name);

  const facts: ProjectFacts = {
    dir,
    dependencyFiles: deps.files,
    packages: deps.packages,
    systemPackages: systemPackagesFor(deps),
    installer: deps.installer,
    health: { aliases: [] },
    routes: [],
    secrets: [],
    writablePaths: [],
    variables: [],
    dependencies: [],
    hints,
    candidates: { entrypoint: [], port: hints.ports, workers: hints.workers, server: hints.servers },
    undecided: {},
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
  facts.candidates.entrypoint = app.candidates;
  if (app.tied) facts.undecided.entrypoint = app.tied;
  if (app.entrypoint) {
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
  facts.healthcheck = hints.healthchecks[0];
  if (facts.appRoot)
    warnings.push(
      `${facts.entrypoint?.value} imports from ${facts.appRoot}/: the image must put ${facts.appRoot}/ on PYTHONPATH (or install the package)`,
    );
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
  facts.health = chooseHealth(facts.routes, hints);
  Object.assign(facts, detectEnvironment(modules, deps.packages));
  for (const v of facts.variables) {
    const dir = v.value.default;
    // A file path (`DB_PATH=/data/app.db`) stands for its folder.
    // (`.cache` is a folder: a dot first is a hidden name, not an extension)
    const folder = dir && /\/[^/.][^/]*\.\w{1,5}$/.test(dir) ? dir.replace(/\/[^/]+$/, '') : dir;
    if (folder && /^(\/|\$HOME\/)/.test(folder) && WRITABLE_DIR_VARIABLE.test(v.value.name))
      if (!facts.writablePaths.some((w) => w.value === folder))
        facts.writablePaths.push(fact(folder, v.file, v.line, `${v.value.name} default`));
  }
  const cors = findCors(modules);
  if (cors) {
    const { file, line, ...value } = cors;
    facts.cors = fact(value, file, line, 'CORS configuration');
  }
  return facts;
}

/** A service name the contract accepts: lower-case letters, digits and dashes ('' when none are left). */
export function slug(name: string): string {
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
