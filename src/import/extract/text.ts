import { secretEnvName } from '../../knowledge/secrets.js';
import { CONTRACT_WORDS, imageSizePath, readLabeled } from '../labels.js';
import type { Block } from '../markdown.js';
import { clean, ENV_NAME, readSecretSource, readSize } from '../values.js';
import { type Collector, Specificity } from './collector.js';
import { readProse, secretNames } from './prose.js';
import { typed } from './table.js';

type TextBlock = Extract<Block, { kind: 'text' }>;

// "Key: value", "**Key**: value", "- [ ] Key: value"; keys are short and never URLs.
const KEY_VALUE = /^\s*(?:\[[ xX]\]\s*)?([^:]{1,60}?)\s*:\s+(.+)$/;
const TOPIC_ACRONYMS =
  /^(CORS|APIS?|URLS?|HTTPS?|TLS|SSL|JSON|YAML|UI|CPU|GPU|RAM|DB|SQL|CI|CD|TODO|NOTE|FAQ)$/;
const ENV_LINE = /^\s*([A-Z][A-Z0-9_]+)\s*(?::|=)\s*(.*)$/;

/** Paragraphs and list items: key/value lines first, prose patterns for whatever is left. */
export function extractText(block: TextBlock, c: Collector): void {
  const section = block.context.headings.join(' / ');
  if (!block.inList) paragraphSecrets(block, c);
  block.lines.forEach((raw, i) => {
    const line = block.line + i;
    const text = raw.trim();
    if (!text) return;
    const before = c.facts.length;
    if (block.inList && listItem(text, line, block, c)) return;
    const kv = KEY_VALUE.exec(text);
    if (kv && !/https?$/.test(kv[1])) readKeyValue(kv[1], kv[2], line, section, block, c);
    const assignment = kv ? undefined : /^`?([A-Z][A-Z0-9_]+)=([^`\s]*)`?(?:\s+(.*))?$/.exec(text);
    if (assignment)
      readEnvLine(
        assignment[1],
        assignment[2] || (assignment[3] ?? ''),
        line,
        `${section} ${block.context.label ?? ''}`,
        c,
      );
    if (c.facts.length === before) readProse(text, line, section, c);
    readExpectedSize(text, line, c);
    if (c.facts.length === before && kv && kv[2].trim() && CONTRACT_WORDS.test(kv[1])) {
      c.skip(line, text, 'key/value line not mapped to a contract field');
    }
  });
}

function readKeyValue(
  key: string,
  value: string,
  line: number,
  section: string,
  block: TextBlock,
  c: Collector,
): void {
  const env = ENV_LINE.exec(`${key.replace(/`/g, '')}: ${value}`);
  const envLike =
    /`/.test(key) ||
    /_/.test(key) ||
    /\benv|variable|secret|config/i.test(`${section} ${block.context.label ?? ''}`);
  // "CORS: …", "API: …": an acronym heading a line is a topic, not a variable (`CORS_ORIGINS` is one).
  const acronym = !/`|_/.test(key) && TOPIC_ACRONYMS.test(key.trim());
  if (env && ENV_NAME.test(env[1]) && env[1].length > 1 && envLike && !acronym) {
    readEnvLine(env[1], env[2], line, `${section} ${block.context.label ?? ''}`, c);
    return;
  }
  const readings = readLabeled(key, value, section) ?? sizeByLabel(key, value);
  for (const r of readings ?? []) {
    const specificity = r.approximate ? Specificity.keyValue - 15 : Specificity.keyValue;
    c.add(
      r.path,
      r.value,
      line,
      specificity,
      r.approximate ? 'key/value line (approximate)' : 'key/value line',
    );
  }
}

/** "Base (CPU): ~300MB" or "GPU: ~1.5GB": a size under a label naming the image variant. */
function sizeByLabel(key: string, value: string) {
  const size = readSize(value);
  if (!size) return undefined;
  if (/gpu|cuda/i.test(key))
    return [{ path: 'budgets.gpuImageSize', value: size.value, approximate: size.approximate }];
  if (/cpu|base|image|production|final/i.test(key))
    return [{ path: imageSizePath(value), value: size.value, approximate: size.approximate }];
  return undefined;
}

/**
 * A paragraph's sentences about secrets, which wrap over lines ("The five secrets (`COHERE_API_KEY`,
 * …,\n`QDRANT_API_KEY`, `DATABASE_URL`) are required"): each name at its own line.
 */
function paragraphSecrets(block: TextBlock, c: Collector): void {
  const text = block.lines.join('\n');
  let offset = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const start = text.indexOf(sentence, offset);
    offset = start + sentence.length;
    if (!sentence.includes('\n')) continue; // one line: the line reader has it
    for (const { name, required } of secretNames(sentence)) {
      const at = text.indexOf(`\`${name}\``, start);
      const line = block.line + text.slice(0, at).split('\n').length - 1;
      c.add(`env.secrets[${name}].name`, name, line, Specificity.prose, 'prose');
      if (required !== undefined)
        c.add(`env.secrets[${name}].required`, required, line, Specificity.prose, 'prose');
    }
  }
}

/** `PORT: 8000` is a variable with a default; `OPENAI_API_KEY: OpenAI key` under "Secrets" is a secret. */
function readEnvLine(name: string, rest: string, line: number, section: string, c: Collector): void {
  const value = rest.replace(/`/g, '').trim();
  const token = /^\S+$/.test(value) || /^\d/.test(value);
  const secret = /secret|credential/i.test(section) || (secretEnvName(name) !== undefined && !token);
  if (secret) {
    c.add(`env.secrets[${name}].name`, name, line, Specificity.keyValue, 'secret line');
    if (value)
      c.add(`env.secrets[${name}].description`, clean(value), line, Specificity.keyValue, 'secret line');
    const source = readSecretSource(`${section} ${value}`);
    if (source) c.add(`env.secrets[${name}].source`, source, line, Specificity.keyValue, 'secret line');
    return;
  }
  c.add(`env.variables[${name}].name`, name, line, Specificity.keyValue, 'variable line');
  const def = token ? value.split(/\s/)[0] : /\(default:?\s*([^)\s]+)\)/i.exec(value)?.[1];
  if (def) c.add(`env.variables[${name}].default`, typed(def), line, Specificity.keyValue, 'variable line');
  else if (value)
    c.add(`env.variables[${name}].description`, value, line, Specificity.keyValue, 'variable line');
}

/** Bullets under a heading that names a list: CORS origins, writable paths. */
function listItem(text: string, line: number, block: TextBlock, c: Collector): boolean {
  const heading = block.context.headings.at(-1) ?? '';
  const group = block.context.headingLine;
  const value = text.replace(/`/g, '').trim();
  if (/cors|origin/i.test(heading) && /^(https?:\/\/\S+|\*)$/.test(value)) {
    c.addItem('cors.origins', value.replace(/\/$/, ''), line, Specificity.keyValue, 'origin list', group);
    return true;
  }
  // "- `DATABASE_URL`" (and "- `STRIPE_API_KEY` — Stripe key") in a Secrets section.
  const secret = /^([A-Z][A-Z0-9_]{2,})(?:\s*(?:[—–:-]\s*(.*))?)$/.exec(value);
  if (/secret|credential/i.test(heading) && secret) {
    c.add(`env.secrets[${secret[1]}].name`, secret[1], line, Specificity.keyValue, 'secret list');
    if (secret[2])
      c.add(`env.secrets[${secret[1]}].description`, secret[2], line, Specificity.keyValue, 'secret list');
    return true;
  }
  if (/writable|writeable|volumes?|persistent/i.test(heading) && /^\/[\w./-]*$/.test(value)) {
    c.addItem('writablePaths', value, line, Specificity.keyValue, 'writable path list', group);
    return true;
  }
  return false;
}

/** "Expected result: ~180MB" beside a target: an expectation, listed as a conflict when it differs from the limit. */
function readExpectedSize(text: string, line: number, c: Collector): void {
  const m =
    /\bexpect(?:ed|s)?\b(?:\s+(?:result|size|image size))?\s*:?\s*(?:is\s+|of\s+|around\s+|about\s+)?([~≈<]?\s*\d+(?:\.\d+)?\s*[kmg]i?b)\b/i.exec(
      text,
    );
  const size = m ? readSize(m[1]) : undefined;
  if (!size) return;
  const path = /gpu|cuda/i.test(text) && !/cpu/i.test(text) ? 'budgets.gpuImageSize' : imageSizePath(text);
  c.add(path, size.value, line, Specificity.mention, 'expected result');
}
