import { z } from 'zod';
import { contractServers, frameworkForServer, pythonFrameworks } from '../knowledge/servers.js';
import { fullExample } from './example.js';
import { type Preset, presets } from './presets/index.js';
import { defaults, expandHome } from './resolve.js';
import { contractRules } from './rules/index.js';
import { contractSchema, type Target } from './schema.js';
import { DURATION_PATTERN, SIZE_PATTERN } from './units.js';

/**
 * The committed artifacts derived from the zod schema: schema/dockspec.schema.json and
 * docs/contract.md. scripts/generate-schema.ts writes them; a test fails when they drift.
 */

export type JsonSchemaNode = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  propertyNames?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  [key: string]: unknown;
};

export function contractJsonSchema(): JsonSchemaNode {
  const schema = z.toJSONSchema(contractSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchemaNode;
  return { ...schema, title: 'dockspec contract (dockspec.yaml)' };
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(contractJsonSchema(), null, 2)}\n`;
}

const constraints: Record<Target, string> = {
  'huggingface-space':
    'UID must be 1000; Spaces route only to `app_port`; outbound traffic only on ports 80, 443 and 8080; no /data',
  kubernetes: 'a numeric, non-zero UID for `runAsNonRoot`; liveness and readiness paths differ',
  compose: '—',
  generic: '—',
};

/** A preset value by target: `7860 on huggingface-space, 8000 otherwise` (the commonest is "otherwise"). */
function byTarget(value: (p: Preset) => string): string {
  const all = Object.values(presets).map((p) => ({ target: p.target, value: value(p) }));
  const count = (v: string) => all.filter((x) => x.value === v).length;
  const common = [...all].sort((a, b) => count(b.value) - count(a.value))[0].value;
  const special = all.filter((x) => x.value !== common).map((x) => `${x.value} on ${x.target}`);
  return [...special, special.length ? `${common} otherwise` : common].join(', ');
}

/** Defaults that depend on more than one field; shown in the reference instead of a single value. */
const fieldDefaults: Record<string, string> = {
  'app.framework': `\`${frameworkForServer(undefined)}\` (${contractServers
    .filter((srv) => frameworkForServer(srv) !== frameworkForServer(undefined))
    .map((srv) => `\`${frameworkForServer(srv)}\` when server is ${srv}`)
    .join(', ')})`,
  'app.entrypoint': '`app.main:app` (flask `app:app`, django `<service>.wsgi:application`)',
  'app.server': [...new Set(pythonFrameworks.map((f) => f.servers[0]))]
    .map(
      (srv) =>
        `${srv} for ${pythonFrameworks
          .filter((f) => f.servers[0] === srv)
          .map((f) => f.name)
          .join('/')}`,
    )
    .join(', '),
  'app.port': byTarget((p) => String(p.port)),
  'app.workers': String(defaults.workers),
  'app.health.liveness': '`/health/live` on kubernetes, `/health` otherwise',
  'app.health.readiness': '`/health/ready` on kubernetes, none otherwise',
  'app.health.aliases': 'none',
  'app.health.expectStatus': String(defaults.expectStatus),
  'app.health.readinessUnavailableStatus': String(defaults.readinessUnavailableStatus),
  'image.base': '`python:<python>-slim`',
  'image.python': `from the base image tag, else the PYTHON_VERSION build argument, else \`${defaults.python}\``,
  'image.installer': '`uv` with uv.lock, `poetry` with poetry.lock, else `pip`',
  'image.dependencyFiles':
    'pip: requirements.txt; uv: pyproject.toml, uv.lock; poetry: pyproject.toml, poetry.lock',
  'image.stages': '`multi`',
  'image.user.name': '`user` on huggingface-space, `appuser` otherwise',
  'image.user.uid': '1000',
  'image.user.gid': 'the uid',
  'image.user.home': '`/home/<name>`',
  'image.workdir': '`$HOME/app` on huggingface-space, `/app` otherwise',
  'image.copy': 'the whole build context (`.`), filtered by .dockerignore',
  'image.copy.required': 'true',
  'image.gpu.dockerfile': `\`${defaults.gpuDockerfile}\``,
  'healthcheck.interval': defaults.healthcheck.interval,
  'healthcheck.timeout': defaults.healthcheck.timeout,
  'healthcheck.startPeriod': defaults.healthcheck.startPeriod,
  'healthcheck.retries': String(defaults.healthcheck.retries),
  'healthcheck.tool': '`python`',
  'env.secrets.required': 'true',
  'cors.credentials': 'false',
  writablePaths: '`$HOME` and `/tmp` on huggingface-space, `/tmp` on kubernetes',
  'dependencies.kind': 'from the name (postgres, mysql, redis), else `other`',
  'dependencies.env': 'postgres/mysql `DATABASE_URL`, redis `REDIS_URL`',
  'dependencies.readiness': 'true',
  'dependencies.image': 'postgres `postgres:16`, mysql `mysql:8`, redis `redis:7`',
  'budgets.shutdown': defaults.shutdown,
  'lint.failureThreshold': '`warning`',
};

interface Row {
  path: string;
  type: string;
  required: boolean;
  defaultText: string;
  description: string;
}

function typeOf(node: JsonSchemaNode): string {
  // Units read better by name than as "string | number" with a long pattern.
  const patterns = (node.anyOf ?? []).map((o) => o.pattern);
  if (patterns.includes(DURATION_PATTERN.source)) return 'duration';
  if (patterns.includes(SIZE_PATTERN.source)) return 'size';
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (node.anyOf) return [...new Set(node.anyOf.map(typeOf))].join(' \\| ');
  if (node.type === 'array') return `list of ${node.items ? typeOf(node.items) : 'any'}`;
  if (node.type === 'object' && !node.properties) {
    const value = typeof node.additionalProperties === 'object' ? typeOf(node.additionalProperties) : 'any';
    return `map of ${value}`;
  }
  if (node.type === 'integer') return 'integer';
  return Array.isArray(node.type) ? node.type.join(' \\| ') : (node.type ?? 'any');
}

/** The object schema a field holds, looking through lists and unions (secrets are names or objects). */
function objectIn(node: JsonSchemaNode, suffix = ''): { node: JsonSchemaNode; suffix: string } | undefined {
  if (node.properties) return { node, suffix };
  if (node.items) return objectIn(node.items, `${suffix}[]`);
  for (const option of node.anyOf ?? []) {
    const found = objectIn(option, suffix);
    if (found) return found;
  }
  return undefined;
}

function rows(node: JsonSchemaNode, prefix: string, out: Row[]): Row[] {
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push({
      path,
      type: typeOf(child),
      required: required.has(key),
      defaultText: fieldDefaults[path.replace(/\[\]/g, '')] ?? '',
      description: (child.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' '),
    });
    const inner = objectIn(child);
    if (inner) rows(inner.node, `${path}${inner.suffix}`, out);
  }
  return out;
}

export function renderContractDoc(): string {
  const schema = contractJsonSchema();
  const all = rows(schema, '', []);
  const sections = new Map<string, Row[]>();
  for (const row of all) {
    const top = row.path.includes('.') ? row.path.split('.')[0].replace(/\[\]/g, '') : '';
    const list = sections.get(top) ?? [];
    list.push(row);
    sections.set(top, list);
  }
  const table = (list: Row[]) =>
    [
      '| Field | Type | Default | Description |',
      '|---|---|---|---|',
      ...list.map(
        (r) =>
          `| \`${r.path}\`${r.required ? ' (required)' : ''} | ${r.type} | ${r.defaultText || '—'} | ${r.description} |`,
      ),
    ].join('\n');

  const parts: string[] = [
    '# The contract: `dockspec.yaml`',
    '',
    '<!-- Generated by `npm run generate:schema` from src/contract/schema.ts. Do not edit by hand. -->',
    '',
    'A contract states how a Python web backend is packaged and how its container must behave. Every',
    'dockspec command reads it: `generate` renders files from it, `lint` checks Dockerfiles against it,',
    '`verify` checks a built image and a running container against it. Editors validate it with',
    '`schema/dockspec.schema.json` (add `# yaml-language-server: $schema=<path or URL>` as the first line).',
    '',
    'Check a contract with `dockspec validate [FILE]`; print the JSON Schema with `dockspec schema`.',
    '',
    '## Top level',
    '',
    table(sections.get('') ?? []),
  ];
  for (const [top, list] of sections) {
    if (top === '') continue;
    const description = schema.properties?.[top]?.description ?? '';
    parts.push('', `## \`${top}\``, '', description, '', table(list));
  }
  parts.push(
    '',
    '## Targets and their presets',
    '',
    'The target fills defaults and adds constraints:',
    '',
    '| Target | Port | User (uid) | Workdir | Health | Writable | Constraints |',
    '|---|---|---|---|---|---|---|',
    ...Object.values(presets).map((p) => {
      const health = p.readiness
        ? `liveness \`${p.liveness}\`, readiness \`${p.readiness}\``
        : `\`${p.liveness}\``;
      const writable = p.writablePaths.map((w) => `\`${w}\``).join(', ') || '—';
      return `| \`${p.target}\` | ${p.port} | \`${p.user.name}\` (${p.user.uid}), home \`${p.user.home}\` | \`${expandHome(p.workdir, p.user.home)}\` | ${health} | ${writable} | ${constraints[p.target]} |`;
    }),
    '',
    '## Units',
    '',
    'Durations: `500ms`, `30s`, `2m`, `1.5h` (a bare number means seconds). Sizes: `500MB`, `1.5GB`',
    '(decimal, as `docker images` prints them), `512MiB`, `1GiB` (binary); a bare number means bytes.',
    '',
    '## Validation',
    '',
    'A contract is checked in two passes. The shape pass reports unknown keys (with the nearest valid',
    'key), wrong types and malformed values; the cross-field pass runs these rules on the contract',
    'with its preset applied:',
    '',
    '| Rule | Severity | What it checks |',
    '|---|---|---|',
    ...[...contractRules]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => `| \`${r.id}\` | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`),
    '',
    'Each finding names `file:line:col`, the field path, what was expected and what was found.',
    '`dockspec validate` exits 0 when the contract has no errors (warnings allowed) and 2 otherwise.',
    '',
    '## A complete example',
    '',
    '```yaml',
    fullExample.trimEnd(),
    '```',
    '',
  );
  return parts.join('\n');
}
