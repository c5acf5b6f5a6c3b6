import { Document, isCollection, isMap, isScalar, type Node } from 'yaml';
import { presets } from '../contract/presets/index.js';
import type { Server, Target } from '../contract/schema.js';
import { frameworkNamed } from '../knowledge/servers.js';
import { type ProjectFacts, slug } from '../project/detect.js';
import type { Fact } from '../project/fact.js';

export interface ContractOptions {
  /** Target chosen by the user (--target); otherwise the one deployment files suggest, else generic. */
  target?: Target;
  /** Value of the `$schema` modeline. */
  schema: string;
  /** Name to use when the project declares none (the directory name). */
  fallbackName: string;
}

type Path = (string | number)[];

/** A default the contract needs that nothing in the project stated, with why it was chosen. */
interface Chosen<T> {
  value: T;
  why: string;
}

/** The comment next to a detected value: where it came from, and how when that is not obvious. */
export function sourceComment(f: Fact<unknown>): string {
  return ` ${f.file}:${f.line}${f.note ? ` (${f.note})` : ''}`;
}

/**
 * Builds dockspec.yaml from detected facts as a YAML document whose comments name, for each value,
 * the file:line it came from; values nothing stated are chosen defaults, commented as such.
 */
export function buildContract(
  facts: ProjectFacts,
  opts: ContractOptions,
): { doc: Document; undetected: string[] } {
  const comments: [Path, string][] = [];
  const undetected: string[] = [];
  const put = <T>(
    obj: Record<string, unknown>,
    key: string,
    path: Path,
    f: Fact<T> | Chosen<T> | undefined,
  ) => {
    if (!f) return;
    obj[key] = f.value;
    comments.push([path, 'why' in f ? ` ${f.why}` : sourceComment(f)]);
  };

  // A list of detected values, each item commented with its source (`sub` names the key inside an item).
  const putList = <T>(
    obj: Record<string, unknown>,
    key: string,
    path: Path,
    list: Fact<T>[],
    sub?: string,
  ) => {
    if (list.length === 0) return;
    obj[key] = list.map((f) => f.value);
    for (const [i, f] of list.entries())
      comments.push([[...path, i, ...(sub ? [sub] : [])], sourceComment(f)]);
  };

  const root: Record<string, unknown> = { version: 1 };
  put(
    root,
    'service',
    ['service'],
    facts.name ?? { value: slug(opts.fallbackName) || 'service', why: 'directory name' },
  );
  put(root, 'description', ['description'], facts.description);
  const target: Fact<Target> | Chosen<Target> = opts.target
    ? { value: opts.target, why: '--target' }
    : (facts.target ?? {
        value: 'generic',
        why: 'no deployment files found; or huggingface-space, kubernetes, compose',
      });
  put(root, 'target', ['target'], target);

  const app: Record<string, unknown> = {};
  const framework = facts.framework?.value;
  put(app, 'framework', ['app', 'framework'], facts.framework);
  put(app, 'entrypoint', ['app', 'entrypoint'], facts.entrypoint);
  const server: Fact<Server> | Chosen<Server> | undefined =
    facts.server ??
    (framework
      ? {
          value: frameworkNamed(framework)!.servers[0],
          why: `default for ${framework}; no server in the dependencies`,
        }
      : undefined);
  put(app, 'server', ['app', 'server'], server);
  const port: Fact<number> | Chosen<number> =
    facts.port ??
    (target.value === 'huggingface-space'
      ? { value: presets[target.value].port, why: 'Hugging Face default app_port' }
      : {
          value: presets[target.value].port,
          why: 'default; no port in a Dockerfile, Procfile, compose file or README',
        });
  put(app, 'port', ['app', 'port'], port);
  put(app, 'workers', ['app', 'workers'], facts.workers);
  const health: Record<string, unknown> = {};
  put(health, 'liveness', ['app', 'health', 'liveness'], facts.health.liveness);
  put(health, 'readiness', ['app', 'health', 'readiness'], facts.health.readiness);
  putList(health, 'aliases', ['app', 'health', 'aliases'], facts.health.aliases);
  put(health, 'expectBody', ['app', 'health', 'expectBody'], facts.health.expectBody);
  put(
    health,
    'readinessUnavailableStatus',
    ['app', 'health', 'readinessUnavailableStatus'],
    facts.health.readinessUnavailableStatus,
  );
  if (Object.keys(health).length) app.health = health;
  root.app = app;
  if (!facts.framework)
    undetected.push('app.framework (no FastAPI, Flask, Django, Starlette or Litestar found)');
  // What the rules cannot decide is said where the value would be, with the candidates.
  const undecided: [Path, string][] = [];
  const choices = (list: Fact<string>[]) => list.map((f) => `${f.value} (${f.file}:${f.line})`).join(', ');
  if (facts.undecided.entrypoint) {
    const list = facts.undecided.entrypoint;
    undecided.push([
      ['app'],
      ` app.entrypoint: cannot decide between ${choices(list)}; set one (or run init in the service's own folder)`,
    ]);
    undetected.push(`app.entrypoint (several app objects alike: ${list.map((f) => f.value).join(', ')})`);
  } else if (!facts.entrypoint)
    undetected.push('app.entrypoint (no application object found in the Python sources)');
  if (facts.health.readinessTied) {
    const list = facts.health.readinessTied;
    undecided.push([
      ['app', 'health'],
      ` app.health.readiness: cannot decide between ${choices(list)}; set the one the orchestrator should probe`,
    ]);
    undetected.push(
      `app.health.readiness (several readiness routes alike: ${list.map((f) => f.value).join(', ')})`,
    );
  }
  if (!facts.health.liveness) undetected.push('app.health.liveness (no /health-like GET route found)');

  const image: Record<string, unknown> = {};
  put(image, 'base', ['image', 'base'], facts.base);
  put(image, 'python', ['image', 'python'], facts.python);
  put(image, 'installer', ['image', 'installer'], facts.installer);
  if (facts.dependencyFiles.length) {
    image.dependencyFiles = facts.dependencyFiles.map((f) => f.value);
    comments.push([['image', 'dependencyFiles'], ' found in the project root']);
  }
  const system: Record<string, unknown> = {};
  putList(system, 'runtime', ['image', 'systemPackages', 'runtime'], facts.systemPackages.runtime);
  putList(system, 'build', ['image', 'systemPackages', 'build'], facts.systemPackages.build);
  if (Object.keys(system).length) image.systemPackages = system;
  if (Object.keys(image).length) root.image = image;
  if (!facts.python)
    undetected.push('image.python (no .python-version, runtime.txt, requires-python or Dockerfile FROM)');
  if (!facts.dependencyFiles.length)
    undetected.push('image.dependencyFiles (no requirements*.txt, pyproject.toml or Pipfile)');

  if (facts.healthcheck) {
    root.healthcheck = facts.healthcheck.value;
    comments.push([['healthcheck'], sourceComment(facts.healthcheck)]);
  }

  const env: Record<string, unknown> = {};
  putList(env, 'secrets', ['env', 'secrets'], facts.secrets);
  putList(env, 'variables', ['env', 'variables'], facts.variables, 'name');
  if (Object.keys(env).length) root.env = env;

  if (facts.cors) {
    root.cors = facts.cors.value;
    comments.push([['cors'], sourceComment(facts.cors)]);
  }
  putList(root, 'writablePaths', ['writablePaths'], facts.writablePaths);
  putList(root, 'dependencies', ['dependencies'], facts.dependencies, 'name');

  const doc = new Document(root);
  for (const [path, text] of comments) {
    const node = doc.getIn(path, true) as Node | undefined;
    if (!node) continue;
    // Collections take the comment on the line above their key; scalars at the end of their line.
    if (isCollection(node)) {
      const parent = doc.getIn(path.slice(0, -1), true);
      const key = path[path.length - 1];
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && p.key.value === key)
        : undefined;
      if (pair && isScalar(pair.key)) pair.key.commentBefore = text;
      else node.commentBefore = text;
    } else node.comment = text;
  }
  // Above the first key of the map the value belongs in, so it reads as part of that map.
  for (const [path, text] of undecided) {
    const map = doc.getIn(path, true);
    const first = isMap(map) ? map.items[0] : undefined;
    if (first && isScalar(first.key))
      first.key.commentBefore = first.key.commentBefore ? `${text}\n${first.key.commentBefore}` : text;
  }
  doc.commentBefore = [
    ` yaml-language-server: $schema=${opts.schema}`,
    ' Written by `dockspec init`: each comment names the file:line a value was found at, or says',
    ' why a default was chosen. Review it, then run `dockspec validate`.',
  ].join('\n');
  return { doc, undetected };
}
