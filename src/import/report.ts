import type { Paint } from '../cli/output.js';
import type { ImportOutcome } from './import.js';
import type { DocumentFinding, FactSource } from './types.js';

const at = (s: FactSource & { column?: number }) => `${s.file}:${s.line}${s.column ? `:${s.column}` : ''}`;
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The human report on stderr: what was written, conflicts, leftovers, document defects, notes. */
export function formatImportReport(
  outcome: ImportOutcome,
  out: string,
  findings: DocumentFinding[],
  p: Paint,
): string {
  const lines: string[] = [];
  const values = countValues(outcome.contract);
  lines.push(
    `${p.green('imported')} ${outcome.facts.length} facts from ${[...new Set(outcome.facts.map((f) => f.source.file))].join(', ')} → ${out === '-' ? 'stdout' : out} (${values} values)`,
  );
  if (outcome.conflicts.length > 0) {
    lines.push('', p.bold(`Conflicts (${outcome.conflicts.length})`));
    for (const c of outcome.conflicts) {
      lines.push(
        `  ${p.cyan(c.path)}: ${show(c.chosen.value)} ${p.dim(`(${at(c.chosen.source)}, ${c.chosen.evidence})`)}`,
      );
      for (const o of c.others)
        lines.push(`    ${p.yellow('also')} ${show(o.value)} ${p.dim(`(${at(o.source)}, ${o.evidence})`)}`);
      lines.push(`    ${p.dim(c.reason)}`);
    }
  }
  if (outcome.notUnderstood.length > 0) {
    lines.push('', p.bold(`Not understood (${outcome.notUnderstood.length})`));
    for (const n of outcome.notUnderstood) lines.push(`  ${at(n.source)}  ${n.text}  ${p.dim(`— ${n.why}`)}`);
  }
  if (findings.length > 0) {
    lines.push('', p.bold(`Defects in the documents (${findings.length})`));
    for (const f of findings) {
      const severity = f.severity === 'error' ? p.red(f.severity) : p.yellow(f.severity);
      lines.push(`  ${at(f.source)}  ${severity}  ${f.message}  ${p.dim(f.id)}`);
    }
  }
  if (outcome.notes.length > 0) {
    lines.push('', p.bold('Notes'));
    for (const n of outcome.notes) lines.push(`  ${n}`);
  }
  return lines.join('\n');
}

/** The --format json document: stable keys, no colours. */
export function importJson(outcome: ImportOutcome, out: string, findings: DocumentFinding[]): string {
  return JSON.stringify(
    {
      output: out,
      contract: outcome.contract,
      conflicts: outcome.conflicts,
      notUnderstood: outcome.notUnderstood,
      findings,
      notes: outcome.notes,
      services: outcome.services,
      facts: outcome.facts,
    },
    null,
    2,
  );
}

function countValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countValues(v), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((n: number, v) => n + countValues(v), 0);
  return 1;
}
