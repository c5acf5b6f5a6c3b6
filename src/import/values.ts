import { servers } from '../contract/schema.js';

/**
 * Value readers for what people write in cells and prose: "<500MB", "~150MB", "30 seconds",
 * "GET /health", "7860 (HuggingFace default)", "Python 3.11 slim". Each returns undefined when the
 * text does not hold such a value, so the caller can report it as not understood.
 */

/** Removes markdown leftovers and trailing remarks in parentheses. */
export function clean(text: string): string {
  return withoutTrailingNote(text.replace(/[`*]/g, '').replace(/^_+|_+$/g, '')).trim();
}

/**
 * The text without a closing parenthetical ("8000 (default)" → "8000"), from the first `(` after the
 * last-but-one `)`. Found by hand: the pattern /\s*\([^)]*\)\s*$/ retried from every `(` and took
 * seconds on a line of thousands of them.
 */
function withoutTrailingNote(text: string): string {
  const end = text.trimEnd();
  if (!end.endsWith(')')) return text;
  const open = end.indexOf('(', end.lastIndexOf(')', end.length - 2) + 1);
  return open === -1 || open === end.length - 1 ? text : end.slice(0, open).trimEnd();
}

export interface Bound<T> {
  value: T;
  /** "~300MB" is an expectation, "<500MB" a limit: limits are more specific. */
  approximate: boolean;
}

const SIZE =
  /(~|≈|<=?|≤|under|below|less than|at most|max(?:imum)?|about|around|approx(?:imately)?\.?)?\s*(\d+(?:\.\d+)?)\s*(kb|mb|gb|tb|kib|mib|gib)\b/i;

export function readSize(text: string): Bound<string> | undefined {
  const m = SIZE.exec(text);
  if (!m) return undefined;
  const unit = m[3].toUpperCase().replace('KIB', 'KiB').replace('MIB', 'MiB').replace('GIB', 'GiB');
  return { value: `${m[2]}${unit === 'KB' ? 'kB' : unit}`, approximate: isApproximate(m[1]) };
}

const DURATION =
  /(~|≈|<=?|≤|under|below|less than|within|at most|max(?:imum)?|about|around)?\s*(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s*-?\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hours?)\b/i;

export function readDuration(text: string): Bound<string> | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const unit = m[4].toLowerCase();
  const short = unit.startsWith('ms') || unit.startsWith('milli') ? 'ms' : unit[0];
  // A range ("30-60s") is read as its upper bound.
  return { value: `${m[3] ?? m[2]}${short}`, approximate: isApproximate(m[1]) || m[3] !== undefined };
}

function isApproximate(prefix: string | undefined): boolean {
  return prefix !== undefined && /^(~|≈|about|around|approx)/i.test(prefix);
}

export function readInteger(text: string): number | undefined {
  const m = /(?:^|[^\w.])(\d{1,10})(?![\w.])/.exec(` ${text}`);
  return m ? Number(m[1]) : undefined;
}

export function readPort(text: string): number | undefined {
  const n = readInteger(clean(text));
  return n !== undefined && n > 0 && n < 65536 ? n : undefined;
}

export function readHttpPath(text: string): string | undefined {
  const url = /https?:\/\/[^/\s]+(\/[^\s`'"),]*)/.exec(text);
  if (url) return url[1];
  const m = /(?:^|[\s`(])(\/[\w\-./{}]*)/.exec(text);
  return m ? m[1].replace(/[.,]$/, '') : undefined;
}

export function readPython(text: string): string | undefined {
  const m = /(?:^|[^\d.])(3\.\d{1,2}(?:\.\d+)?)(?![\d.])/.exec(text);
  return m ? m[1] : undefined;
}

/** An image reference: `python:3.11-slim`, `nvidia/cuda:12.1.0-runtime-ubuntu22.04`, or "Python 3.11 slim". */
export function readImage(text: string): string | undefined {
  const plain = text.replace(/[`*]/g, '').replace(/\b[a-z]+:\/\/\S*/gi, ' ');
  const ref = /\b([a-z0-9][\w.-]*(?:\/[\w.-]+)*:[\w][\w.-]*(?:@sha256:[a-f0-9]+)?)/i.exec(plain);
  if (ref) return ref[1].toLowerCase();
  const words = /\bpython\s*(3\.\d+)(?:[\s-]+(slim|alpine|bookworm|trixie|bullseye))?/i.exec(plain);
  if (words) return `python:${words[1]}${words[2] ? `-${words[2].toLowerCase()}` : ''}`;
  return undefined;
}

export interface Launch {
  server?: string;
  entrypoint?: string;
  port?: number;
}

/** Reads `uvicorn app.main:app --port 8000` (a string or exec-form words). */
export function readLaunch(words: string[] | string): Launch {
  const list = typeof words === 'string' ? words.replace(/[`"']/g, '').split(/\s+/) : words;
  const launch: Launch = {};
  const server = list.find((w) => (servers as readonly string[]).includes(w.replace(/^.*\//, '')));
  if (server) launch.server = server.replace(/^.*\//, '');
  const entry = list.find((w) => /^[A-Za-z_][\w.]*:[A-Za-z_]\w*(\(\))?$/.test(w));
  if (entry) launch.entrypoint = entry;
  for (let i = 0; i < list.length; i++) {
    const port = /^--(?:port|bind|b)(?:=(.*))?$|^-b$/.exec(list[i]);
    if (!port) continue;
    const raw = port[1] ?? list[i + 1] ?? '';
    const n = Number(raw.replace(/^.*:/, ''));
    if (Number.isInteger(n) && n > 0 && n < 65536) launch.port = n;
  }
  return launch;
}

/** Normalised form used to decide whether two values are the same ("500MB" vs "500 MB"). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (typeof v === 'string') return v.replace(/\s+/g, '').toLowerCase();
  return JSON.stringify(v);
}

/** Where a secret is injected, from the words around it. */
export function readSecretSource(text: string): string | undefined {
  if (/hugging\s*face|\bhf\b/i.test(text) && /secret|setting/i.test(text)) return 'Hugging Face Secrets';
  if (/kubernetes|k8s/i.test(text) && /secret/i.test(text)) return 'Kubernetes Secret';
  if (/\.env\b/.test(text)) return '.env file';
  if (/vault/i.test(text)) return 'Vault';
  if (/github actions|gh secrets/i.test(text)) return 'GitHub Actions secrets';
  return undefined;
}

export const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
