/**
 * Units as people write them: durations like `30s`, `2m`, `1.5h`, `250ms`; sizes like `500MB`, `1.5GB`.
 * Sizes use decimal units (MB = 10^6 bytes) as `docker images` prints them; MiB/GiB are binary.
 */
// Case-insensitive without the `i` flag, which JSON Schema patterns cannot carry: `mb` → `[mM][bB]`.
const anyCase = (alternatives: string) => alternatives.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
export const DURATION_PATTERN = new RegExp(
  `^\\s*(\\d+(?:\\.\\d+)?)\\s*(${anyCase('ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?')})?\\s*$`,
);
export const SIZE_PATTERN = new RegExp(
  `^\\s*(\\d+(?:\\.\\d+)?)\\s*(${anyCase('b|kb|mb|gb|tb|kib|mib|gib|tib|k|m|g')})?\\s*$`,
);

const durationFactor: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
};

const sizeFactor: Record<string, number> = {
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** Milliseconds from a duration string or a number of seconds; undefined when it does not parse. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
  const m = DURATION_PATTERN.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 's').toLowerCase();
  return Math.round(Number(m[1]) * durationFactor[unit]);
}

/** Bytes from a size string or a number of bytes; undefined when it does not parse. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const m = SIZE_PATTERN.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  return Math.round(Number(m[1]) * sizeFactor[unit]);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  return `${Number((ms / 60_000).toFixed(1))}m`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1e3) return `${bytes}B`;
  if (bytes < 1e6) return `${Number((bytes / 1e3).toFixed(1))}kB`;
  if (bytes < 1e9) return `${Number((bytes / 1e6).toFixed(1))}MB`;
  return `${Number((bytes / 1e9).toFixed(2))}GB`;
}
