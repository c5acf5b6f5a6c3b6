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
  const startup =
    /\b(?:start(?:s|up)?|ready|healthy|boot)\b[^.;]{0,30}?(?:under|within|less than|<)\s*(\d+(?:\.\d+)?\s*(?:ms|s|seconds?|minutes?))/i.exec(
      text,
    );
  if (startup) add('budgets.startup', readDuration(startup[1])?.value);

  const python = /\bpython\s*(3\.\d{1,2})(?![\d.])/i.exec(text);
  if (python) add('image.python', python[1]);
  const base = /\bpython\s*(3\.\d{1,2})[\s-]+(slim|alpine)\b/i.exec(text);
  if (base) add('image.base', `python:${base[1]}-${base[2].toLowerCase()}`);

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

  const readiness =
    /returns?\s+(\d{3})\s+(?:if|when|while)\s+(?:the\s+)?([\w -]+?)\s+(?:is\s+|are\s+)?(?:unavailable|down|unreachable|not reachable|fails|not ready)/i.exec(
      text,
    );
  if (readiness) {
    add('app.health.readinessUnavailableStatus', Number(readiness[1]));
    const path = readHttpPath(text);
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

  if (/secret/i.test(text)) {
    const source = readSecretSource(text);
    if (source) add('env.secretsSource', source);
  }
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

function dependencyKind(words: string): string | undefined {
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
