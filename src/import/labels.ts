import { frameworks, installers, servers } from '../contract/schema.js';
import { escapeRegExp } from '../regex.js';
import {
  clean,
  readDuration,
  readHttpPath,
  readImage,
  readInteger,
  readLaunch,
  readPort,
  readPython,
  readSecretSource,
  readSize,
} from './values.js';

/**
 * The vocabulary: which labels people use for which contract path, and how to read the value.
 * Used alike for table rows (`| Base Image | python:3.11-slim |`) and key/value lines
 * (`- **Interval**: 30 seconds`). Order matters: the first label that matches wins.
 */
export interface Reading {
  path: string;
  value: unknown;
  /** An expected result ("~300MB") rather than a limit: less specific. */
  approximate?: boolean;
}

type Reader = (value: string, section: string) => Reading[] | undefined;

const one =
  (path: string, read: (v: string) => unknown): Reader =>
  (value) => {
    const v = read(value);
    return v === undefined ? undefined : [{ path, value: v }];
  };

const bound =
  (path: string, read: (v: string) => { value: string; approximate: boolean } | undefined): Reader =>
  (value) => {
    const v = read(value);
    return v === undefined ? undefined : [{ path, value: v.value, approximate: v.approximate }];
  };

const launch: Reader = (value) => {
  const l = readLaunch(clean(value));
  const out: Reading[] = [];
  if (l.server) out.push({ path: 'app.server', value: l.server });
  if (l.entrypoint) out.push({ path: 'app.entrypoint', value: l.entrypoint });
  if (l.port) out.push({ path: 'app.port', value: l.port });
  return out.length > 0 ? out : undefined;
};

/** Words that make what follows a comparison, not a choice: "faster than pip", "instead of poetry". */
const comparing =
  /\b(?:than|vs\.?|versus|instead of|rather than|unlike|over|compared (?:to|with)|replac(?:es|ing)|not)\s+$/i;

/**
 * The option a value names, the first in the text that is not only compared against: in "uv
 * (10-100x faster than pip)" the choice is uv. A value that only compares names none.
 */
const enumOf =
  (path: string, options: readonly string[]): Reader =>
  (value) => {
    let found: { option: string; at: number } | undefined;
    for (const option of options) {
      for (const m of value.matchAll(new RegExp(`\\b${escapeRegExp(option)}\\b`, 'gi'))) {
        const at = m.index ?? 0;
        if (comparing.test(value.slice(Math.max(0, at - 24), at))) continue;
        if (!found || at < found.at) found = { option, at };
        break;
      }
    }
    return found ? [{ path, value: found.option }] : undefined;
  };

const baseImage: Reader = (value) => {
  const image = readImage(value);
  if (!image) return undefined;
  const out: Reading[] = [
    { path: /cuda|nvidia/.test(image) ? 'image.gpu.base' : 'image.base', value: image },
  ];
  const python = /^python:(3\.\d+)/.exec(image);
  if (python) out.push({ path: 'image.python', value: python[1] });
  return out;
};

const target: Reader = (value) => {
  const t = readTarget(value);
  return t ? [{ path: 'target', value: t }] : undefined;
};

const user: Reader = (value) => {
  const v = clean(value);
  const uid = /^(?:uid\s*)?(\d+)$/i.exec(v)?.[1];
  if (uid !== undefined) return [{ path: 'image.user.uid', value: Number(uid) }];
  const name = /^[a-z_][a-z0-9_-]*$/.exec(v.split(/[\s(]/)[0] ?? '');
  if (!name || name[0] === 'root' || name[0] === 'non-root') return undefined;
  const out: Reading[] = [{ path: 'image.user.name', value: name[0] }];
  const id = /\b(?:uid|id)\s*[:=]?\s*(\d+)/i.exec(value);
  if (id) out.push({ path: 'image.user.uid', value: Number(id[1]) });
  return out;
};

const origins: Reader = (value) => {
  const list = value.match(/https?:\/\/[^\s,`'"]+|\*/g);
  return list ? [{ path: 'cors.origins', value: [...new Set(list)] }] : undefined;
};

const healthPath =
  (path: string): Reader =>
  (value) => {
    const p = readHttpPath(value);
    return p ? [{ path, value: p }] : undefined;
  };

const vocabulary: [RegExp, Reader][] = [
  [/gpu.*(image )?size|image size.*gpu/, bound('budgets.gpuImageSize', readSize)],
  [
    /image size|size of the image|^size$|final size|image must be/,
    (value, section) => bound(imageSizePath(value), readSize)(value, section),
  ],
  [/^layers?\b|layer count|number of layers/, one('budgets.layers', readInteger)],
  [/build.*(cached|warm|incremental)|cached build|rebuild/, bound('budgets.buildCached', readDuration)],
  [/build time|clean build|cold build|^build$/, bound('budgets.buildCold', readDuration)],
  [/health.*(response|latency)|response time|latency/, bound('budgets.healthLatency', readDuration)],
  [/shutdown|graceful stop|stop time/, bound('budgets.shutdown', readDuration)],
  [/start[- ]?period|grace period/, bound('healthcheck.startPeriod', readDuration)],
  [/startup|start-up|cold start|boot time|time to healthy/, bound('budgets.startup', readDuration)],
  [/interval/, bound('healthcheck.interval', readDuration)],
  [/timeout/, bound('healthcheck.timeout', readDuration)],
  [/retries|failure threshold/, one('healthcheck.retries', readInteger)],
  [/gpu base|cuda base/, one('image.gpu.base', readImage)],
  [/cuda( version)?$/, one('image.gpu.cuda', (v) => /\d+(\.\d+){0,2}/.exec(v)?.[0])],
  [/base image|^base$|^from$|^image$/, baseImage],
  [/python( version)?$|^runtime$/, one('image.python', readPython)],
  [/user ?id|^uid$/, one('image.user.uid', (v) => readInteger(clean(v)))],
  [/group ?id|^gid$/, one('image.user.gid', (v) => readInteger(clean(v)))],
  [/^(container |run as |runtime |non-root )?user( name)?$|^run as$/, user],
  [/home( directory)?$/, one('image.user.home', (v) => /\/[\w./-]*/.exec(v)?.[0])],
  [/work(ing)? ?dir(ectory)?|^app directory$/, one('image.workdir', (v) => /[/$][\w./${}-]*/.exec(v)?.[0])],
  [
    /^(exposed |app |application |container |http |server |listen(ing)? )?port$|app_port/,
    one('app.port', readPort),
  ],
  [/entry ?point|^command$|start command|^cmd$|run command|^launch|^(wsgi|asgi) (application|app)$/, launch],
  [/^server$|asgi server|wsgi server/, enumOf('app.server', servers)],
  [/framework/, enumOf('app.framework', frameworks)],
  [/installer|package manager|dependency manager/, enumOf('image.installer', installers)],
  [/workers?$/, one('app.workers', readInteger)],
  [/readiness|ready (endpoint|path|probe)/, healthPath('app.health.readiness')],
  [
    /liveness|health ?(check )?(endpoint|path|url|route)|^health$|^health ?check$/,
    healthPath('app.health.liveness'),
  ],
  [/^(target|platform|deploy(ment)?( target)?|hosting|host|runs on)$/, target],
  [/cors|allowed origins|^origins$/, origins],
  [/^(service|app|application|project)( name)?$|^name$|^feature$/, one('service', (v) => slug(clean(v)))],
  [/^secrets?( handling| source)?$/, one('env.secretsSource', readSecretSource)],
  [
    /^(sdk|stages|build type|build strategy|build)$/,
    (v) =>
      /multi/i.test(v)
        ? [{ path: 'image.stages', value: 'multi' }]
        : /single[ -]stage/i.test(v)
          ? [{ path: 'image.stages', value: 'single' }]
          : undefined,
  ],
];

/** Labels that only mean something inside a section of a given kind (an "Endpoint" under "Health Check"). */
const sectional: [RegExp, RegExp, Reader][] = [
  [/health/, /^(endpoint|path|url|route)$/, healthPath('app.health.liveness')],
  [/health/, /^status$|^response$|^returns?$/, (v) => expectedStatus(v)],
];

function expectedStatus(v: string): Reading[] | undefined {
  const n = readInteger(v);
  return n !== undefined && n >= 100 && n < 600 ? [{ path: 'app.health.expectStatus', value: n }] : undefined;
}

/** Reads one label/value pair; `section` is the heading text around it. */
export function readLabeled(label: string, value: string, section: string): Reading[] | undefined {
  const key = normalizeLabel(label);
  if (!key || !value.trim()) return undefined;
  const where = section.toLowerCase();
  for (const [sectionPattern, labelPattern, read] of sectional) {
    if (sectionPattern.test(where) && labelPattern.test(key)) return read(value, section);
  }
  for (const [pattern, read] of vocabulary) {
    if (pattern.test(key)) return read(value, section);
  }
  return undefined;
}

export function normalizeLabel(label: string): string {
  return label
    .replace(/[`*_:]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function readTarget(text: string): string | undefined {
  if (/hugging\s*face|hf spaces?|\bspaces?\b.*docker sdk|sdk:\s*docker/i.test(text))
    return 'huggingface-space';
  if (/kubernetes|\bk8s\b|minikube|\bgke\b|\beks\b|\baks\b|helm/i.test(text)) return 'kubernetes';
  if (/compose/i.test(text)) return 'compose';
  return undefined;
}

/**
 * The service a document's title names: a kebab-case name in it (`payments-api on Kubernetes`),
 * else what follows its label (`Feature 014:`, `ADR-007:`, `Runbook:`) without the task's own
 * words (`Containerised`, `Dockerize the`, `Container Requirements —`), up to `on`/`for`/`in`.
 */
export function titleService(title: string): string | undefined {
  const text = title.replace(/`/g, '').replace(/\([^)]*\)/g, ' ');
  const kebab = /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/.exec(text);
  if (kebab) return kebab[0];
  let rest = text.split(/[:—–]|\s-\s/).at(-1) ?? '';
  const filler =
    /^\s*(containeri[sz]ed?|dockeri[sz]e[ds]?|slim(mer)?|package[ds]?|running|run|deploying|deploy|ship(ping)?|the|a|an|our|container|image|docker|requirements?|contract|for|of|with)\b/i;
  while (filler.test(rest)) rest = rest.replace(filler, '');
  rest = rest.split(/\s(?:on|for|in|with|behind|under|to|via)\s/i)[0];
  const words = rest.trim().split(/\s+/).filter(Boolean);
  // A sentence ("How we decided …") names no service.
  if (words.some((w) => /^(how|why|what|when|where|we|i|you|our|my|is|are|was|were|should|will)$/i.test(w)))
    return undefined;
  return words.length >= 1 && words.length <= 3 ? slug(words.join(' ')) : undefined;
}

export function slug(text: string): string | undefined {
  const s = text
    .toLowerCase()
    .replace(/^\d+[-_ ]+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z0-9][a-z0-9-]*$/.test(s) ? s : undefined;
}

/** Words that make a row or section look like part of a contract even when nothing in it was placed. */
export const CONTRACT_WORDS =
  /docker|image|container|\bport\b|\buser\b|\buid\b|health|secret|environment|\benv\b|variable|budget|\bsize\b|build|startup|timeout|interval|retries|cors|origin|python|workdir|directory|entry ?point|\bcmd\b|server|deploy|kubernetes|\bk8s\b|compose|writable|layers?\b|latency|memory|\bcpu\b|\bgpu\b|probe|readiness|liveness/i;

/**
 * A heading about a component other than the backend the contract describes: an MCP server, the
 * frontend, the database or search engine, a worker, a proxy. A heading that also names the backend
 * or its framework ("FastAPI backend and database") is the service's own.
 */
export function isOtherComponent(heading: string): boolean {
  return (
    /\b(mcp|frontend|front-end|ui|client|web ?app|next\.?js|react|vercel|database|postgres(ql)?|mysql|redis|elasticsearch|opensearch|qdrant|chroma|worker|celery|queue|nginx|reverse proxy|ingress)\b/i.test(
      heading,
    ) && !/\b(backend|back-end|fastapi|flask|django|api server|(the|our) api)\b/i.test(heading)
  );
}

/**
 * Where an image size goes: "~150MB (excluding the base image ~120MB)" or "above the base" is a
 * budget on what the image adds to its base, anything else one on the whole image.
 */
export function imageSizePath(text: string): 'budgets.imageSize' | 'budgets.imageSizeAboveBase' {
  return /\b(?:exclud\w*|without|not counting|above|on top of|over)\s+(?:the\s+)?base\b/i.test(text)
    ? 'budgets.imageSizeAboveBase'
    : 'budgets.imageSize';
}
