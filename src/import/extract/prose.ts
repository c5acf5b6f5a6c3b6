import { parseServerCommand, shellWords } from '../../project/command.js';
import { imageSizePath, readTarget } from '../labels.js';
import { readDuration, readHttpPath, readSecretSource, readSize } from '../values.js';
import { type Collector, Specificity } from './collector.js';

/**
 * Values stated in sentences ("Production image must be <500MB", "port 7860, user ID 1000",
 * "returns 503 if database unavailable"). Least specific of all sources: any table or block wins.
 */
export function readProse(text: string, line: number, section: string, c: Collector): void {
  const add = (path: string, value: unknown) => c.add(path, value, line, Specificity.prose, 'prose');

  const size =
    /\b(?:image|size)\b[^.;]{0,40}?(?:<|≤|under|below|less than|at most|must be|should be|max(?:imum)?)\s*(\d+(?:\.\d+)?\s*[kmg]i?b)\b/i.exec(
      text,
    );
  if (size) {
    const s = readSize(size[1]);
    if (s) add(/gpu|cuda/i.test(size[0]) ? 'budgets.gpuImageSize' : imageSizePath(text), s.value);
  }
  // "Final image size ~150MB (excluding the base image ~120MB)": a stated size above the base.
  const approx = size
    ? null
    : /\b(?:final\s+)?image\s+size\s*(?:of\s+|is\s+)?~\s*(\d+(?:\.\d+)?\s*[kmg]i?b)\b/i.exec(text);
  if (approx && imageSizePath(text) === 'budgets.imageSizeAboveBase') {
    const s = readSize(approx[1]);
    if (s) add('budgets.imageSizeAboveBase', s.value);
  }
  const startup =
    /\b(?:start(?:s|up)?|ready|healthy|boot)\b[^.;]{0,30}?(?:under|within|less than|<)\s*(\d+(?:\.\d+)?\s*(?:ms|s|seconds?|minutes?))/i.exec(
      text,
    );
  if (startup) add('budgets.startup', readDuration(startup[1])?.value);

  const python = /\bpython\s*(3\.\d{1,2})(?![\d.])/i.exec(text);
  if (python) add('image.python', python[1]);
  const base = /\bpython\s*(3\.\d{1,2})[\s-]+(slim|alpine)\b/i.exec(text);
  if (base) add('image.base', `python:${base[1]}-${base[2].toLowerCase()}`);
  // "built from `python:3.11-slim`", "Python 3.12 on `python:3.12-slim`": an image reference.
  const ref = /(?:^|[\s`(])((?:[\w.-]+\/)*python:(3\.\d{1,2})[\w.-]*)/i.exec(text);
  if (ref && !rejected(text, ref.index)) {
    add('image.base', ref[1]);
    add('image.python', ref[2]);
  }

  // A start command in code (`uvicorn app.main:app --port 7860`): server, app and port.
  for (const code of text.matchAll(/`([^`]+)`/g)) {
    const cmd = parseServerCommand(shellWords(code[1]));
    if (!cmd.server) continue;
    add('app.server', cmd.server);
    if (cmd.entrypoint) add('app.entrypoint', cmd.entrypoint);
    if (cmd.port) add('app.port', cmd.port);
    if (cmd.workers) add('app.workers', cmd.workers);
  }
  const port = /\bport\s*(?:is\s+|of\s+|=\s*|:\s*)?`?(\d{2,5})\b/i.exec(text);
  if (port && Number(port[1]) < 65536) add('app.port', Number(port[1]));
  const uid = /\b(?:user\s*id|uid)\s*(?:of\s+|=\s*|:\s*)?(\d{1,10})\b|\bnon-root user\s*\(id\s*(\d+)\)/i.exec(
    text,
  );
  if (uid) add('image.user.uid', Number(uid[1] ?? uid[2]));

  if (/\bmulti-stage build\b/i.test(text) && !/\bno(t)?\b[^.]{0,10}multi-stage/i.test(text))
    add('image.stages', 'multi');

  const writable = /\bonly\s+`?(\/[\w/.-]*)`?\s+(?:directory\s+|folder\s+)?(?:is|are)\s+writable/i.exec(text);
  if (writable) add('writablePaths', [writable[1]]);
  // "the runtime image needs `libpq5`", "runtime package `libpq5`": Debian packages for the final stage.
  const runtimePackages =
    /\bruntime\s+(?:image\s+needs|(?:system\s+|debian\s+|apt\s+)?packages?)\s*:?\s*((?:`[a-z0-9][\w.+-]*`[\s,]*(?:and\s+)?)+)/i.exec(
      text,
    );
  if (runtimePackages)
    add(
      'image.systemPackages.runtime',
      [...runtimePackages[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
    );
  // "the writable paths (`$HOME/data`, `/tmp`)", "writable directories: `/data`, `/tmp`".
  const listed =
    /\bwritable\s+(?:paths?|director(?:y|ies)|folders?)\b\s*[:(]?\s*((?:`(?:\/|\$HOME|~)[^`]*`[\s,]*(?:and\s+)?)+)/i.exec(
      text,
    );
  if (!writable && listed)
    add(
      'writablePaths',
      [...listed[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
    );

  const readiness =
    /returns?\s+(\d{3})\s+(?:if|when|while)\s+(?:the\s+)?([\w -]+?)\s+(?:is\s+|are\s+)?(?:unavailable|down|unreachable|not reachable|fails|not ready)/i.exec(
      text,
    );
  if (readiness) {
    add('app.health.readinessUnavailableStatus', Number(readiness[1]));
    // The path that returns it: a ready-named one, else the last one before "returns".
    const paths = [...text.slice(0, readiness.index).matchAll(/(?:^|[\s`(])(\/[\w/-]*)/g)].map((m) => m[1]);
    const path =
      paths.find((p) => /\/(ready|readyz|readiness)\/?$/.test(p)) ?? paths.at(-1) ?? readHttpPath(text);
    if (path) add('app.health.readiness', path);
    const dep = dependencyKind(readiness[2]);
    if (dep) {
      add(`dependencies[${dep}].name`, dep);
      add(`dependencies[${dep}].kind`, dep);
      add(`dependencies[${dep}].readiness`, true);
    }
  }
  const health =
    /\bhealth(?:\s*check)?\s+(?:endpoint|path|route)\s*(?:at|is|:)?\s*`?(?:GET\s+)?(\/[\w/-]*)/i.exec(text);
  if (health && !readiness) add('app.health.liveness', health[1]);
  // "`GET /health` MUST answer 200 …; `GET /ready` MUST answer 503 until …": each GET path by its
  // last segment; a readiness path that answers 503 states the not-ready status.
  if (!health)
    for (const get of text.matchAll(/`?GET\s+(\/[\w/-]*)`?([^;`]*)/g)) {
      const last = get[1].split('/').filter(Boolean).at(-1) ?? '';
      if (/^(ready|readyz|readiness)$/.test(last)) {
        add('app.health.readiness', get[1]);
        const status = /\b(?:answers?|returns?|responds?(?:\s+with)?)\s+(50\d)\b/i.exec(get[2]);
        if (status) add('app.health.readinessUnavailableStatus', Number(status[1]));
      } else if (/^(health|healthz|live|livez|liveness|ping)$/.test(last)) add('app.health.liveness', get[1]);
    }
  // Under a health heading, a line that starts with the path ("GET /health — returns 200") names it.
  const bare = /^(?:GET\s+)?`?(\/[\w/-]*)`?(?:\s|$)/.exec(text);
  if (bare && !health && !readiness && /health|liveness/i.test(section)) {
    add('app.health.liveness', bare[1]);
    const answer = /returns?\s+(\d{3})\b(?:\s+(?:with|and)\s+(?:body\s+)?`?(\{[^`]*\}))?/i.exec(text);
    if (answer) add('app.health.expectStatus', Number(answer[1]));
    if (answer?.[2]) {
      try {
        add('app.health.expectBody', JSON.parse(answer[2]));
      } catch {
        c.skip(line, answer[2], 'expected body is not JSON');
      }
    }
  }

  // "The HEALTHCHECK runs every 30s with a 5s timeout, a 40s start period and 3 retries."
  if (/health\s*check/i.test(`${text} ${section}`)) {
    const d = '(\\d+(?:\\.\\d+)?\\s*(?:ms|s|m|seconds?|minutes?))';
    const timing = (pattern: string) => new RegExp(pattern, 'i').exec(text);
    const interval = timing(`\\bevery\\s+${d}|\\binterval\\s+(?:of\\s+)?${d}`);
    const timeout = timing(`${d}\\s+timeout|\\btimeout\\s+(?:of\\s+)?${d}`);
    const start = timing(`${d}\\s+start[- ]period|\\bstart[- ]period\\s+(?:of\\s+)?${d}`);
    const retries = /\b(\d+)\s+retries\b|\bretries\s*(?:of\s+)?(\d+)/i.exec(text);
    const dur = (m: RegExpExecArray | null) => (m ? readDuration(m[1] ?? m[2])?.value : undefined);
    if (dur(interval)) add('healthcheck.interval', dur(interval));
    if (dur(timeout)) add('healthcheck.timeout', dur(timeout));
    if (dur(start)) add('healthcheck.startPeriod', dur(start));
    if (retries) add('healthcheck.retries', Number(retries[1] ?? retries[2]));
  }
  if (/secret/i.test(text)) {
    const source = readSecretSource(text);
    if (source) add('env.secretsSource', source);
    for (const { name, required } of secretNames(text)) {
      add(`env.secrets[${name}].name`, name);
      if (required !== undefined) add(`env.secrets[${name}].required`, required);
    }
  }
  // "installed with poetry", "`uv sync --frozen`": the installer the document uses (not one it compares).
  const installer =
    /\binstall(?:ed|s|ing)?\s+(?:with|via|using|by)\s+(pip|uv|poetry)\b/i.exec(text) ??
    /`(pip|uv|poetry)\s+(?:install|sync)\b[^`]*`/i.exec(text);
  if (installer && !rejected(text, installer.index)) add('image.installer', installer[1].toLowerCase());
  // "so it can run under Docker Compose": what the service runs under, not a passing mention
  // ("enables automatic restart in docker-compose/K8s").
  const composed =
    /\b(?:run(?:s|ning)?|deploy(?:ed|s)?|ship(?:s|ped)?|start(?:s|ed)?)\b[^.;]{0,40}?\b(?:under|with|on|to|in|via|using)\s+(?:docker[- ])?compose\b/i.exec(
      text,
    );
  if (composed && !rejected(text, composed.index)) add('target', 'compose');
  // "for our Kubernetes cluster", "runs on GKE": the target, without the word deploy.
  const platform = /\b(?:for|on|to|in|into)\s+(?:our|the|a|an)?\s*(kubernetes|k8s|gke|eks|aks)\b/i.exec(text);
  if (platform && !rejected(text, platform.index)) add('target', 'kubernetes');
  // Both forms need the word: checked first, the pattern's lazy second branch tries every position.
  const deploysTo = /deploy/i.test(text)
    ? /deploy\w*\s+(?:it\s+)?(?:to|on|onto|for|with|via)\s+(?:a\s+|the\s+)?([\w\s-]{3,40})|([\w\s-]{3,40}?)\s+deployment\b/i.exec(
        text,
      )
    : null;
  if (deploysTo) {
    const target = readTarget(deploysTo[1] ?? deploysTo[2] ?? '');
    if (target) add('target', target);
  }
}

/**
 * "`DATABASE_URL` and `JWT_SECRET` MUST be provided at run time as secrets": the variable names in
 * code in a sentence about secrets (not one that says something is no secret).
 */
export function secretNames(sentence: string): { name: string; required?: boolean }[] {
  if (!/secret/i.test(sentence)) return [];
  if (
    /\b(never|not|no)\b[^.]{0,20}\bsecrets?\b/i.test(sentence) &&
    !/provided|supplied|injected|passed/i.test(sentence)
  )
    return [];
  // Each clause says whether its names are required ("… are required; `X` is … but optional").
  return sentence.split(';').flatMap((clause) => {
    const required = /\boptional\b/i.test(clause) ? false : /\brequired\b/i.test(clause) ? true : undefined;
    return [...clause.matchAll(/`([A-Z][A-Z0-9_]{2,})`/g)].map((m) =>
      required === undefined ? { name: m[1] } : { name: m[1], required },
    );
  });
}

/** The value at `index` is one the sentence turns down ("we rejected python:3.12-alpine", "not …"). */
function rejected(text: string, index: number): boolean {
  return /\b(rejected|instead of|rather than|not|never|avoid|no longer|considered|vs\.?|versus|than)\b[^.;]{0,40}$/i.test(
    text.slice(0, index),
  );
}

export function dependencyKind(words: string): string | undefined {
  if (/postgres|database|\bdb\b|sql/i.test(words)) return /mysql|maria/i.test(words) ? 'mysql' : 'postgres';
  if (/redis|cache/i.test(words)) return 'redis';
  return undefined;
}

const TARGET_WORDS: [string, RegExp][] = [
  ['huggingface-space', /hugging\s*face|\bhf spaces?\b/gi],
  ['kubernetes', /kubernetes|\bk8s\b|minikube|\bhelm\b/gi],
  ['compose', /docker[- ]compose|compose\.ya?ml/gi],
];
const FRAMEWORK_WORDS: [string, RegExp][] = [
  ['fastapi', /\bfastapi\b/gi],
  ['flask', /\bflask\b/gi],
  ['django', /\bdjango\b/gi],
  ['starlette', /\bstarlette\b/gi],
  ['litestar', /\blitestar\b/gi],
];

/**
 * Mentions across the whole document: when one deployment target or framework clearly dominates
 * ("HuggingFace" ten times, Kubernetes never), it becomes a weak fact at its first mention.
 */
export function readMentions(lines: string[], c: Collector): void {
  for (const [path, words] of [
    ['target', TARGET_WORDS],
    ['app.framework', FRAMEWORK_WORDS],
  ] as const) {
    const counts = words.map(([value, re]) => {
      let count = 0;
      let first = 0;
      lines.forEach((l, i) => {
        const n = l.match(re)?.length ?? 0;
        if (n > 0 && count === 0) first = i + 1;
        count += n;
      });
      return { value, count, first };
    });
    counts.sort((a, b) => b.count - a.count);
    const [top, next] = counts;
    if (top.count >= 2 && top.count > (next?.count ?? 0) * 2) {
      c.add(path, top.value, top.first, Specificity.mention, `mentioned ${top.count} times`);
    }
  }
}
