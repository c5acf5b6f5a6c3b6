import { createHash } from 'node:crypto';

/**
 * Every generated file carries one header line naming the contract and a hash of the generated
 * content. The hash lets a later run tell "still as dockspec wrote it" from "edited by hand".
 */
export type CommentStyle = 'hash' | 'html';

const MARK = 'dockspec: generated from';
const HEADER_PATTERN =
  /^(?:#|<!--) dockspec: generated from (.+?); edit the contract, not this (?:file|front matter) \(sha256:([0-9a-f]{16})\)(?: -->)?$/;

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function headerLine(style: CommentStyle, contract: string, hash: string, what = 'file'): string {
  const text = `${MARK} ${contract}; edit the contract, not this ${what} (sha256:${hash})`;
  return style === 'hash' ? `# ${text}` : `<!-- ${text} -->`;
}

export interface ParsedHeader {
  contract: string;
  hash: string;
  /** Index of the header line in the file's lines. */
  line: number;
}

export function parseHeaderLine(line: string): Omit<ParsedHeader, 'line'> | undefined {
  const m = HEADER_PATTERN.exec(line.trimEnd());
  return m ? { contract: m[1], hash: m[2] } : undefined;
}

// Parser directives (`# syntax=`, `# escape=`) and shebangs must stay first, so the header may
// follow them; looking at the first few lines is enough.
const HEADER_SEARCH_LINES = 4;

export function findHeader(text: string): ParsedHeader | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(HEADER_SEARCH_LINES, lines.length); i++) {
    const parsed = parseHeaderLine(lines[i]);
    if (parsed) return { ...parsed, line: i };
  }
  return undefined;
}

/** The file without its header line: what the hash covers. */
export function withoutHeader(text: string, header: ParsedHeader): string {
  const lines = text.split('\n');
  lines.splice(header.line, 1);
  return lines.join('\n');
}

/** Lines that must stay above the header (Dockerfile parser directives, shebangs). */
function leadingDirectives(body: string): number {
  const lines = body.split('\n');
  let n = 0;
  while (n < lines.length && /^(#!|# ?(syntax|escape|check)=)/i.test(lines[n])) n++;
  return n;
}

/** Inserts the header after any leading directives; the hash covers `body` exactly. */
export function addHeader(body: string, style: CommentStyle, contract: string): string {
  const lines = body.split('\n');
  const at = leadingDirectives(body);
  lines.splice(at, 0, headerLine(style, contract, contentHash(body)));
  return lines.join('\n');
}

export type HeaderState = 'intact' | 'edited' | 'unmanaged';

/** Whether a file on disk is dockspec's untouched output, edited output, or a file dockspec never wrote. */
export function headerState(text: string): HeaderState {
  const header = findHeader(text);
  if (!header) return 'unmanaged';
  return contentHash(withoutHeader(text, header)) === header.hash ? 'intact' : 'edited';
}
