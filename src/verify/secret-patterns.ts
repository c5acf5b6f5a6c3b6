import { secretFileKind, tokenPatterns } from '../knowledge/secrets.js';

/** The first credential-shaped token in a text, by kind. */
export function findToken(text: string): { name: string; match: string } | undefined {
  for (const p of tokenPatterns) {
    const m = p.re.exec(text);
    if (m) return { name: p.name, match: m[0] };
  }
  return undefined;
}

/** Shows the start of a secret only. */
export function mask(value: string): string {
  return value.length <= 6 ? '***' : `${value.slice(0, 4)}…(${value.length} chars)`;
}

/**
 * The kind of secret file a path in an image is (src/knowledge/secrets.ts). Kinds known only by an
 * extension (`*.key`, `*.pem`) count in the application's own layers (`appLayer`), not in the base
 * image, whose system packages ship snakeoil keys and test fixtures.
 */
export function sensitiveFileKind(p: string, appLayer = false): string | undefined {
  const kind = secretFileKind(p);
  return kind && (!kind.byExtension || appLayer) ? kind.kind : undefined;
}
