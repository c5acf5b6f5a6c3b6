import type { ContractDiagnostic } from './errors.js';
import type { ContractCheck } from './load.js';

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const plain: Colors = { red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s, bold: (s) => s };

/**
 * ESLint-style text: one line per diagnostic (`file:line:col  severity  path  message`), then what
 * was expected, what was found and what to do, indented; a summary line at the end.
 */
export function formatContractCheck(
  check: ContractCheck,
  options: { colors?: Colors; quiet?: boolean } = {},
): string {
  const c = options.colors ?? plain;
  const shown = options.quiet ? check.diagnostics.filter((d) => d.severity === 'error') : check.diagnostics;
  const lines: string[] = [];
  for (const d of shown) {
    const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
    lines.push(
      `${d.file}:${d.line}:${d.column}  ${severity}  ${c.bold(d.path || '(document)')}  ${d.message}  ${c.dim(d.rule)}`,
    );
    const detail = [d.expected && `expected ${d.expected}`, d.found && `found ${d.found}`]
      .filter(Boolean)
      .join('; ');
    if (detail) lines.push(`    ${c.dim(detail)}`);
    if (d.hint) lines.push(`    ${c.dim(`hint: ${d.hint}`)}`);
  }
  const errors = count(check.diagnostics, 'error');
  const warnings = count(check.diagnostics, 'warning');
  if (!options.quiet || errors > 0) {
    if (lines.length > 0) lines.push('');
    const tally = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    lines.push(
      check.valid
        ? c.green(`${check.file} is a valid contract (${tally})`)
        : c.red(`${check.file} is not a valid contract (${tally})`),
    );
  }
  return lines.join('\n');
}

/** Machine-readable result; `resolved` is the contract with every default filled in. */
export function contractCheckJson(check: ContractCheck): string {
  return JSON.stringify(
    {
      file: check.file,
      valid: check.valid,
      diagnostics: check.diagnostics,
      resolved: check.resolved ?? null,
    },
    null,
    2,
  );
}

function count(list: ContractDiagnostic[], severity: ContractDiagnostic['severity']): number {
  return list.filter((d) => d.severity === severity).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
