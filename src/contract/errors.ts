import { InputError } from '../errors.js';

/** One finding about a contract: a shape error, a cross-field rule, or a YAML syntax error. */
export interface ContractDiagnostic {
  severity: 'error' | 'warning';
  /** Stable id of what was found (e.g. `unknown-key`, `hf-uid`), for tests and ignore lists. */
  rule: string;
  file: string;
  line: number;
  column: number;
  /** Dotted field path, e.g. `app.port` or `env.secrets[1].name`; empty for the whole document. */
  path: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

/** A contract that cannot be used; carries every diagnostic, errors and warnings alike. */
export class ContractError extends InputError {
  readonly diagnostics: ContractDiagnostic[];

  constructor(file: string, diagnostics: ContractDiagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `${file}: invalid contract (${errors.length} ${errors.length === 1 ? 'error' : 'errors'})\n${diagnostics
        .map((d) => `  ${formatDiagnostic(d)}`)
        .join('\n')}`,
      'Run `dockspec validate` for details; docs/contract.md lists every field.',
    );
    this.name = 'ContractError';
    this.diagnostics = diagnostics;
  }
}

/** `file:line:col  severity  path  message (expected …, found …)` on one line, plus the hint. */
export function formatDiagnostic(d: ContractDiagnostic): string {
  const detail = [d.expected && `expected ${d.expected}`, d.found && `found ${d.found}`].filter(Boolean);
  const tail = detail.length > 0 ? ` (${detail.join('; ')})` : '';
  const hint = d.hint ? ` — ${d.hint}` : '';
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.path || '(document)'}  ${d.message}${tail}${hint}`;
}

/** Dotted display form of a path: `env.secrets[1].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
