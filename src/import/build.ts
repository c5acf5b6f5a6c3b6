import { Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Contract } from '../contract/schema.js';
import type { Fact, FactSource } from './types.js';

/** The key field of each keyed list: secrets and variables by name, copies by source. */
const KEY_FIELD: Record<string, string> = {
  secrets: 'name',
  variables: 'name',
  dependencies: 'name',
  copy: 'source',
};

/** The order keys are written in, so output is stable and reads top-down like the schema. */
const ORDER: Record<string, string[]> = {
  '': [
    'version',
    'service',
    'description',
    'target',
    'app',
    'image',
    'healthcheck',
    'env',
    'cors',
    'writablePaths',
    'dependencies',
    'budgets',
    'space',
  ],
  space: ['title', 'emoji', 'colorFrom', 'colorTo', 'pinned'],
  app: ['framework', 'entrypoint', 'server', 'port', 'workers', 'health'],
  'app.health': [
    'liveness',
    'readiness',
    'aliases',
    'expectStatus',
    'expectBody',
    'readinessUnavailableStatus',
  ],
  image: [
    'base',
    'python',
    'installer',
    'dependencyFiles',
    'stages',
    'user',
    'workdir',
    'copy',
    'systemPackages',
    'buildArgs',
    'dockerignore',
    'gpu',
  ],
  'image.user': ['name', 'uid', 'gid', 'home'],
  'image.copy.*': ['source', 'destination', 'required'],
  'image.systemPackages': ['runtime', 'build'],
  'image.gpu': ['base', 'cuda', 'dockerfile'],
  healthcheck: ['interval', 'timeout', 'startPeriod', 'retries', 'tool'],
  env: ['secrets', 'variables', 'build'],
  'env.secrets.*': ['name', 'description', 'source', 'required'],
  'env.variables.*': ['name', 'default', 'description'],
  cors: ['origins', 'originRegex', 'credentials', 'methods'],
  'dependencies.*': ['name', 'kind', 'env', 'readiness', 'image'],
  budgets: [
    'imageSize',
    'imageSizeAboveBase',
    'gpuImageSize',
    'layers',
    'buildCold',
    'buildCached',
    'startup',
    'healthLatency',
    'shutdown',
  ],
};

export interface Built {
  contract: Record<string, unknown>;
  /** Which fact each written value came from, by its dotted path in the output (`env.secrets.0.name`). */
  sources: Map<string, Fact>;
}

/** Splits `env.secrets[OPENAI_API_KEY].source` into `env`, `secrets`, `[OPENAI_API_KEY]`, `source`. */
export function splitPath(path: string): string[] {
  return [...path.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? `[${m[1]}]` : m[2]));
}

export function buildContract(chosen: Iterable<Fact>, head: Record<string, unknown>): Built {
  const contract: Record<string, unknown> = { ...head };
  const sources = new Map<string, Fact>();
  for (const fact of chosen) {
    if (fact.path === 'env.secretsSource') continue;
    const segments = splitPath(fact.path);
    let node: Record<string, unknown> = contract;
    const out: string[] = [];
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      const next = segments[i + 1];
      if (segment.startsWith('[')) return;
      if (last) {
        node[segment] = fact.value;
        out.push(segment);
        return;
      }
      if (next?.startsWith('[')) {
        if (!Array.isArray(node[segment])) node[segment] = [];
        const list = node[segment] as Record<string, unknown>[];
        const keyField = KEY_FIELD[segment] ?? 'name';
        const key = next.slice(1, -1);
        let item = list.find((x) => x[keyField] === key);
        if (!item) {
          item = { [keyField]: key };
          list.push(item);
        }
        out.push(segment, String(list.indexOf(item)));
        node = item;
        return;
      }
      const existing = node[segment];
      if (!existing || typeof existing !== 'object' || Array.isArray(existing)) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
      out.push(segment);
    });
    sources.set(out.join('.'), fact);
  }
  const secretsSource = [...chosen].find((f) => f.path === 'env.secretsSource');
  const secrets = (contract.env as { secrets?: Record<string, unknown>[] } | undefined)?.secrets ?? [];
  secrets.forEach((secret, i) => {
    if (secretsSource && secret.source === undefined) {
      secret.source = secretsSource.value;
      sources.set(`env.secrets.${i}.source`, secretsSource);
    }
  });
  return { contract: ordered(contract, '') as Record<string, unknown>, sources };
}

function ordered(value: unknown, at: string): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, `${at}.*`));
  if (!value || typeof value !== 'object') return value;
  const order = ORDER[at.replace(/^\./, '')] ?? [];
  const keys = Object.keys(value).sort((a, b) => rankOf(order, a) - rankOf(order, b));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    out[key] = ordered((value as Record<string, unknown>)[key], at === '' ? key : `${at}.${key}`);
  }
  return out;
}

function rankOf(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/** dockspec.yaml text in which every value says where it came from: `port: 7860 # from CONTRACT.md:52`. */
export function renderContract(
  contract: Contract,
  sources: Map<string, Fact>,
  defaults: Map<string, string>,
  files: string[],
): string {
  const doc = new Document(contract);
  doc.commentBefore = ` Imported by \`dockspec import\` from ${files.join(', ')}.\n Each value names the document line it came from; review the conflicts the import reported.`;
  const where = (s: FactSource, line = s.line) => ` from ${s.file}:${line}`;
  const visit = (node: Node | null | undefined, path: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const child = pair.value as Node | null;
        const here = [...path, key];
        const id = here.join('.');
        if (isScalar(child)) {
          const fact = sources.get(id);
          if (fact) child.comment = where(fact.source);
          else if (defaults.has(id)) child.comment = ` ${defaults.get(id)}`;
        } else if (isSeq(child) && sources.has(id)) {
          const fact = sources.get(id)!;
          child.items.forEach((item, i) => {
            if (isScalar(item)) item.comment = where(fact.source, fact.itemLines?.[i] ?? fact.source.line);
          });
        } else if (isMap(child) && sources.has(id)) {
          // A whole object from one place (an expected JSON body): one comment on the key.
          pair.key.comment = where(sources.get(id)!.source);
          visit(child, here);
        } else {
          visit(child, here);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        visit(item as Node, [...path, String(i)]);
      });
    }
  };
  visit(doc.contents as Node, []);
  return doc.toString({ lineWidth: 0 });
}
