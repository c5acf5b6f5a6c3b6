import { parseDocument } from 'yaml';
import { readTarget, slug } from '../labels.js';
import type { Block } from '../markdown.js';
import { looksSecret, readHttpPath, readPort, readSize } from '../values.js';
import { type Collector, Specificity } from './collector.js';

type CodeBlock = Extract<Block, { kind: 'code' }>;

/** A fenced .dockerignore: named by its language or by the label just above it. */
export function isDockerignoreBlock(block: CodeBlock): boolean {
  if (/^\.?(dockerignore|gitignore|ignore)$/.test(block.lang)) return true;
  return block.lang === '' && /\.dockerignore/i.test(block.context.label ?? '');
}

export function extractDockerignore(block: CodeBlock, c: Collector): void {
  c.dockerignores.push({
    file: c.file,
    line: block.contentLine,
    text: block.value,
    label: block.context.label ?? '',
    variant: 'main',
    service: c.service,
  });
  c.usedLines.add(block.line);
}

/**
 * YAML: Hugging Face front matter (`sdk: docker`, `app_port: 7860`), Kubernetes manifests
 * (containerPort, probes, runAsUser) and compose files. `line` is the document line of the first content line.
 */
export function extractYaml(text: string, line: number, c: Collector, evidence: string): void {
  const doc = parseDocument(text, { uniqueKeys: false, strict: false });
  if (doc.errors.length > 0) {
    c.skip(line, text.split('\n')[0] ?? '', 'YAML block does not parse');
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
  if (record.sdk === 'docker') add('target', 'huggingface-space', /^\s*sdk\s*:/);
  if (typeof record.app_port === 'number') add('app.port', record.app_port, /^\s*app_port\s*:/);
  if (typeof record.kind === 'string' && /Deployment|StatefulSet|Pod/.test(record.kind)) {
    add('target', 'kubernetes', /^\s*kind\s*:/);
    const name = (record.metadata as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string') add('service', slug(name), /^\s*name\s*:/);
    walk(record, (key, value) => {
      if (key === 'containerPort' && typeof value === 'number') add('app.port', value, /containerPort\s*:/);
      if (key === 'runAsUser' && typeof value === 'number') add('image.user.uid', value, /runAsUser\s*:/);
      if (key === 'livenessProbe' || key === 'readinessProbe') {
        const path = (value as { httpGet?: { path?: string } })?.httpGet?.path;
        const field = key === 'livenessProbe' ? 'app.health.liveness' : 'app.health.readiness';
        if (typeof path === 'string' && path.startsWith('/')) add(field, path, new RegExp(`${key}\\s*:`));
      }
    });
  }
  if (record.services && typeof record.services === 'object' && !Array.isArray(record.services)) {
    add('target', 'compose', /^\s*services\s*:/);
    readCompose(record.services as Record<string, ComposeService>, add);
  }
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
  const key = (k: string) => new RegExp(`^\\s*${k}\\s*:`);
  add('service', slug(name), key(name));
  const port = service.ports?.map((p) =>
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
    if (fromOutside && looksSecret(k)) add(`env.secrets[${k}].name`, k, key(k));
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

/** Python: the CORS middleware's origin list, methods and credentials. */
export function extractPython(block: CodeBlock, c: Collector): void {
  const lines = block.value.split('\n');
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
  const originsAt = at(/allow_origins\s*=|origins\s*=\s*\[/i);
  if (originsAt >= 0) {
    const origins: string[] = [];
    const itemLines: number[] = [];
    for (let i = originsAt; i < lines.length; i++) {
      const code = lines[i].replace(/#.*$/, '');
      for (const m of code.matchAll(/["']([^"']+)["']/g)) {
        if (/^(https?:\/\/|\*$)/.test(m[1])) {
          origins.push(m[1]);
          itemLines.push(block.contentLine + i);
        }
      }
      if (/\]/.test(code)) break;
    }
    if (origins.length > 0) {
      c.add('cors.origins', origins, itemLines[0], Specificity.configBlock, 'Python code block', itemLines);
    }
  }
  const regexAt = at(/allow_origin_regex\s*=/);
  if (regexAt >= 0) {
    const m = /allow_origin_regex\s*=\s*r?["']([^"']+)["']/.exec(lines[regexAt]);
    if (m)
      c.add(
        'cors.originRegex',
        m[1],
        block.contentLine + regexAt,
        Specificity.configBlock,
        'Python code block',
      );
  }
  const credAt = at(/allow_credentials\s*=\s*(True|False)/);
  if (credAt >= 0) {
    c.add(
      'cors.credentials',
      /True/.test(lines[credAt]),
      block.contentLine + credAt,
      Specificity.configBlock,
      'Python code block',
    );
  }
  const methodsAt = at(/allow_methods\s*=\s*\[/);
  if (methodsAt >= 0) {
    const methods = [...lines[methodsAt].matchAll(/["']([A-Z*]+)["']/g)].map((m) => m[1]);
    if (methods.length > 0 && !methods.includes('*')) {
      c.add(
        'cors.methods',
        methods,
        block.contentLine + methodsAt,
        Specificity.configBlock,
        'Python code block',
      );
    }
  }
  const requiredAt = at(/required(_vars|_env|_secrets)?\s*=\s*\[/i);
  if (requiredAt >= 0) {
    for (const m of lines[requiredAt].matchAll(/["']([A-Z][A-Z0-9_]+)["']/g)) {
      c.add(
        `env.secrets[${m[1]}].name`,
        m[1],
        block.contentLine + requiredAt,
        Specificity.example,
        'Python code block',
      );
    }
  }
}

/** Shell examples: `docker build -t NAME`, `docker run -p 8000:8000`, `curl …/health` and its "# Expected:" body. */
export function extractShell(block: CodeBlock, c: Collector): void {
  const lines = block.value.split('\n');
  lines.forEach((text, i) => {
    const line = block.contentLine + i;
    const add = (path: string, value: unknown) =>
      c.add(path, value, line, Specificity.example, 'shell example');
    const tag = /\bdocker\s+(?:buildx\s+)?build\b.*\s-t\s+([\w./-]+?)(?::[\w.-]+)?(?:\s|$)/.exec(text);
    // The first image a document builds names the service; test and GPU images do not.
    if (tag && !/test/.test(tag[1]) && !/gpu/i.test(text)) {
      const first = !c.facts.some((f) => f.path === 'service' && f.evidence === 'shell example');
      c.add(
        'service',
        slug(tag[1].split('/').at(-1) ?? ''),
        line,
        first ? Specificity.example : Specificity.mention,
        'shell example',
      );
    }
    const run = /\bdocker\s+run\b.*\s-p\s+(?:[\d.]+:)?\d+:(\d+)/.exec(text);
    if (run) add('app.port', readPort(run[1]));
    const curl =
      /\bcurl\b.*https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?(\/[\w/-]*health[\w/-]*)/.exec(
        text,
      );
    if (curl) {
      add('app.health.liveness', readHttpPath(curl[0]));
      const expected = /#\s*expected:?\s*(\{.*\})/i.exec(lines[i + 1] ?? '');
      if (expected) {
        try {
          c.add(
            'app.health.expectBody',
            JSON.parse(expected[1]),
            line + 1,
            Specificity.example,
            'shell example',
          );
        } catch {
          c.skip(line + 1, expected[0], 'expected body is not JSON');
        }
      }
    }
    const expectedSize = /#\s*expected:?.*\bsize\s*(?:<|under|below)\s*(\d+(?:\.\d+)?\s*[kmg]i?b)/i.exec(
      text,
    );
    if (expectedSize) {
      const size = readSize(expectedSize[1]);
      if (size) add(/gpu/i.test(text) ? 'budgets.gpuImageSize' : 'budgets.imageSize', size.value);
    }
    const target = /\b(kubectl|minikube|helm)\b|\bdocker[- ]compose\b|\bhuggingface-cli\b/.exec(text);
    if (target)
      add(
        'target',
        target[1] ? 'kubernetes' : readTarget(target[0].replace('huggingface-cli', 'hugging face')),
      );
  });
}
