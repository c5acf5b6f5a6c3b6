import { parseDocument } from 'yaml';
import { tooDeep } from '../../contract/nesting.js';
import { spaceColors } from '../../contract/schema.js';
import { secretEnvName } from '../../knowledge/secrets.js';
import { parseServerCommand } from '../../project/command.js';
import { escapeRegExp } from '../../regex.js';
import { slug } from '../labels.js';
import { readHttpPath } from '../values.js';
import { type Collector, Specificity } from './collector.js';

/**
 * YAML: Hugging Face front matter (`sdk: docker`, `app_port: 7860`), Kubernetes manifests
 * (containerPort, probes, runAsUser) and compose files. `line` is the document line of the first content line.
 */
export function extractYaml(text: string, line: number, c: Collector, evidence: string): void {
  // The yaml package recurses per level: a block nested past the contract limit is not read.
  if (tooDeep(text)) {
    c.skip(line, text.split('\n')[0] ?? '', 'YAML block nests too deep to read');
    return;
  }
  const doc = parseDocument(text, { uniqueKeys: false, strict: false });
  if (doc.errors.length > 0) {
    if (evidence === 'front matter') readFrontMatterLeniently(text, line, c, doc.errors[0].linePos?.[0].line);
    else c.skip(line, text.split('\n')[0] ?? '', 'YAML block does not parse');
    return;
  }
  const lineOf = (needle: RegExp) => {
    const at = text.split('\n').findIndex((l) => needle.test(l));
    return line + Math.max(0, at);
  };
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== 'object') return;
  const add = (path: string, value: unknown, at: RegExp) =>
    c.add(path, value, lineOf(at), Specificity.configBlock, evidence);
  const record = data as Record<string, unknown>;
  if (typeof record.title === 'string' && evidence === 'front matter')
    add('service', slug(record.title), /^\s*title\s*:/);
  if (evidence === 'front matter')
    readSpaceLooks((key, value) => add(`space.${key}`, value, new RegExp(`^\\s*${key}\\s*:`)), record);
  if (record.sdk === 'docker') add('target', 'huggingface-space', /^\s*sdk\s*:/);
  if (typeof record.app_port === 'number') add('app.port', record.app_port, /^\s*app_port\s*:/);
  if (typeof record.kind === 'string' && /Deployment|StatefulSet|Pod/.test(record.kind)) {
    add('target', 'kubernetes', /^\s*kind\s*:/);
    const name = (record.metadata as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string') add('service', slug(name), /^\s*name\s*:/);
    walk(record, (key, value) => {
      if (key === 'containerPort' && typeof value === 'number') add('app.port', value, /containerPort\s*:/);
      if (key === 'runAsUser' && typeof value === 'number') add('image.user.uid', value, /runAsUser\s*:/);
      // A container's command and args: the server, its app and port.
      if (key === 'containers' && Array.isArray(value)) {
        const first = value[0] as { command?: unknown; args?: unknown } | undefined;
        const words = [first?.command, first?.args].flatMap((w) => (Array.isArray(w) ? w.map(String) : []));
        const cmd = parseServerCommand(words);
        const at = /^\s*(command|args)\s*:/;
        if (cmd.server) add('app.server', cmd.server, at);
        if (cmd.server && cmd.entrypoint) add('app.entrypoint', cmd.entrypoint, at);
        if (cmd.server && cmd.workers) add('app.workers', cmd.workers, at);
      }
      if (key === 'livenessProbe' || key === 'readinessProbe') {
        const path = (value as { httpGet?: { path?: string } })?.httpGet?.path;
        const field = key === 'livenessProbe' ? 'app.health.liveness' : 'app.health.readiness';
        if (typeof path === 'string' && path.startsWith('/'))
          add(field, path, new RegExp(`${escapeRegExp(key)}\\s*:`));
      }
    });
  }
  if (record.services && typeof record.services === 'object' && !Array.isArray(record.services)) {
    add('target', 'compose', /^\s*services\s*:/);
    readCompose(record.services as Record<string, ComposeService>, add);
  }
}

/**
 * Front matter that is not valid YAML (`title: RAG Chat: ask the book` has a second colon; the Hub
 * itself accepts it) is read line by line for the keys the contract takes from it: title, sdk and
 * app_port. The line that broke the parse is listed as not understood.
 */
/** The Space card's looks from front matter values, as the contract's `space` section takes them. */
function readSpaceLooks(add: (key: string, value: unknown) => void, record: Record<string, unknown>): void {
  for (const key of ['title', 'emoji'] as const)
    if (typeof record[key] === 'string' && record[key]) add(key, record[key]);
  for (const key of ['colorFrom', 'colorTo'] as const) {
    const value = record[key];
    if (typeof value === 'string' && (spaceColors as readonly string[]).includes(value)) add(key, value);
  }
  if (typeof record.pinned === 'boolean') add('pinned', record.pinned);
}

function readFrontMatterLeniently(text: string, line: number, c: Collector, badLine?: number): void {
  const lines = text.split('\n');
  if (badLine !== undefined)
    c.skip(
      line + badLine - 1,
      lines[badLine - 1] ?? '',
      'front matter is not valid YAML here; read the known keys line by line',
    );
  const looks: Record<string, unknown> = {};
  const lineOfKey = new Map<string, number>();
  lines.forEach((raw, i) => {
    const look = /^(title|emoji|colorFrom|colorTo|pinned)\s*:\s*(.*?)\s*$/.exec(raw);
    if (look) {
      const v = look[2].replace(/^(['"])(.*)\1$/, '$2');
      looks[look[1]] = look[1] === 'pinned' ? (v === 'true' ? true : v === 'false' ? false : undefined) : v;
      lineOfKey.set(look[1], line + i);
    }
    const m = /^(title|sdk|app_port)\s*:\s*(.*?)\s*$/.exec(raw);
    if (!m) return;
    const value = m[2].replace(/^(['"])(.*)\1$/, '$2');
    const at = line + i;
    if (m[1] === 'title' && value) c.add('service', slug(value), at, Specificity.configBlock, 'front matter');
    if (m[1] === 'sdk' && value === 'docker')
      c.add('target', 'huggingface-space', at, Specificity.configBlock, 'front matter');
    if (m[1] === 'app_port' && /^\d{1,5}$/.test(value) && Number(value) < 65536)
      c.add('app.port', Number(value), at, Specificity.configBlock, 'front matter');
  });
  readSpaceLooks(
    (key, value) =>
      c.add(`space.${key}`, value, lineOfKey.get(key) ?? line, Specificity.configBlock, 'front matter'),
    looks,
  );
}

interface ComposeService {
  build?: unknown;
  image?: string;
  ports?: (string | number | { target?: number })[];
  environment?: Record<string, unknown> | string[];
  healthcheck?: {
    test?: string | string[];
    interval?: string;
    timeout?: string;
    retries?: number;
    start_period?: string;
  };
}

/** The service compose builds is ours; the images beside it are its dependencies. */
function readCompose(
  services: Record<string, ComposeService>,
  add: (path: string, value: unknown, at: RegExp) => void,
): void {
  const entries = Object.entries(services).filter(([, s]) => s && typeof s === 'object');
  const own = entries.find(([, s]) => s.build !== undefined);
  if (!own) return;
  const [name, service] = own;
  // Names come from the document: a service called `api+v2` is matched as written.
  // A name of thousands of characters would make too large a pattern: its start finds the line.
  const key = (k: string) =>
    new RegExp(k.length > 200 ? `^\\s*${escapeRegExp(k.slice(0, 200))}` : `^\\s*${escapeRegExp(k)}\\s*:`);
  add('service', slug(name), key(name));
  // `ports` may be anything in a mangled block: only a list is read.
  const port = (Array.isArray(service.ports) ? service.ports : []).map((p) =>
    typeof p === 'object' ? p.target : Number(String(p).split(':').at(-1)?.split('/')[0]),
  )[0];
  if (port && Number.isInteger(port)) add('app.port', port, key('ports'));
  const check = service.healthcheck;
  if (check) {
    const test = Array.isArray(check.test) ? check.test.join(' ') : (check.test ?? '');
    const path = readHttpPath(test);
    if (path) add('app.health.liveness', path, key('test'));
    if (check.interval) add('healthcheck.interval', check.interval, key('interval'));
    if (check.timeout) add('healthcheck.timeout', check.timeout, key('timeout'));
    if (check.start_period) add('healthcheck.startPeriod', check.start_period, key('start_period'));
    if (typeof check.retries === 'number') add('healthcheck.retries', check.retries, key('retries'));
  }
  const env = Array.isArray(service.environment)
    ? service.environment.map((e) => String(e).split(/=(.*)/s).slice(0, 2) as [string, string?])
    : Object.entries(service.environment ?? {}).map(
        ([k, v]) => [k, v === null || v === undefined ? undefined : String(v)] as [string, string?],
      );
  for (const [k, v] of env) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) continue;
    // `${OPENAI_API_KEY}` or no value: passed in from outside, so a secret when it looks like one.
    const fromOutside = v === undefined || /^\$\{?\w+/.test(v);
    if (fromOutside && secretEnvName(k)) add(`env.secrets[${k}].name`, k, key(k));
    else {
      add(`env.variables[${k}].name`, k, key(k));
      if (v !== undefined && !fromOutside)
        add(`env.variables[${k}].default`, /^\d+$/.test(v) ? Number(v) : v, key(k));
    }
  }
  for (const [dep, s] of entries) {
    if (dep === name || typeof s.image !== 'string') continue;
    const kind = /postgres/.test(s.image)
      ? 'postgres'
      : /mysql|mariadb/.test(s.image)
        ? 'mysql'
        : /redis|valkey/.test(s.image)
          ? 'redis'
          : 'other';
    add(`dependencies[${dep}].name`, dep, key(dep));
    add(`dependencies[${dep}].kind`, kind, key(dep));
    add(`dependencies[${dep}].image`, s.image, key('image'));
  }
}

function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v);
      walk(v, visit);
    }
  }
}
