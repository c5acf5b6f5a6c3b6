import type { ContractDiagnostic } from '../contract/errors.js';
import { checkContractText } from '../contract/load.js';
import { wildcardToRegex } from '../contract/rules/cors-origin-wildcard.js';
import type { DocumentFinding, Fact, FactSource } from './types.js';

/**
 * The imported contract goes through the same checks as a hand-written one (`dockspec validate`).
 * What they find is a defect of the document, so it is reported at the document line the value
 * came from.
 */
export function checkImported(
  contractText: string,
  sources: Map<string, Fact>,
  file = 'dockspec.yaml',
): {
  findings: DocumentFinding[];
  errors: { diagnostic: ContractDiagnostic; fact?: Fact; source?: FactSource }[];
} {
  const check = checkContractText(contractText, file);
  const findings: DocumentFinding[] = [];
  const errors: { diagnostic: ContractDiagnostic; fact?: Fact; source?: FactSource }[] = [];
  for (const d of check.diagnostics) {
    const located = locate(d.path, sources);
    if (d.severity === 'error') errors.push({ diagnostic: d, ...located });
    if (!located.source) continue;
    findings.push({
      id: d.rule,
      severity: d.severity,
      message: d.hint ? `${d.message} (${d.hint})` : d.message,
      source: located.source,
    });
  }
  return { findings, errors };
}

/** `cors.origins[2]` → the fact written at `cors.origins`, and the line of its third item. */
function locate(path: string, sources: Map<string, Fact>): { fact?: Fact; source?: FactSource } {
  const segments = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  for (let n = segments.length; n > 0; n--) {
    const fact = sources.get(segments.slice(0, n).join('.'));
    if (!fact) continue;
    const index = Number(segments[n]);
    const line =
      Number.isInteger(index) && fact.itemLines?.[index] ? fact.itemLines[index] : fact.source.line;
    return { fact, source: { file: fact.source.file, line } };
  }
  return {};
}

/**
 * `https://*.vercel.app` in an exact-origin list never matches anything. The intent is clear, so the
 * import writes it as originRegex and reports the defect at the document line.
 */
export function moveWildcardOrigins(chosen: Map<string, Fact>): DocumentFinding[] {
  const origins = chosen.get('cors.origins');
  if (!origins || !Array.isArray(origins.value)) return [];
  const list = origins.value as string[];
  const wild = list.map((o, i) => ({ o, i })).filter(({ o }) => o !== '*' && o.includes('*'));
  if (wild.length === 0) return [];
  const lineOf = (i: number) => origins.itemLines?.[i] ?? origins.source.line;
  const keep = list.map((o, i) => ({ o, i })).filter(({ o }) => o === '*' || !o.includes('*'));
  chosen.set('cors.origins', {
    ...origins,
    value: keep.map(({ o }) => o),
    itemLines: keep.map(({ i }) => lineOf(i)),
  });
  if (keep.length === 0) chosen.delete('cors.origins');
  const regex = wild.map(({ o }) => wildcardToRegex(o)).join('|');
  if (!chosen.has('cors.originRegex')) {
    chosen.set('cors.originRegex', {
      ...origins,
      path: 'cors.originRegex',
      value: regex,
      source: { file: origins.source.file, line: lineOf(wild[0].i) },
      itemLines: undefined,
    });
  }
  return wild.map(({ o, i }) => ({
    id: 'cors-origin-wildcard',
    severity: 'error' as const,
    message: `CORS origin "${o}" contains a wildcard, but allow_origins compares origins literally, so it never matches; imported as originRegex '${wildcardToRegex(o)}'`,
    source: { file: origins.source.file, line: lineOf(i) },
  }));
}
