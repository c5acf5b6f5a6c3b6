import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { YAMLError } from 'yaml';
import { InputError } from '../errors.js';
import { assertLocation, checkLocations } from '../locations.js';
import { type ContractDiagnostic, ContractError, formatPath } from './errors.js';
import { findContract } from './find.js';
import { nestingDiagnostic } from './nesting.js';
import { resolveContract } from './resolve.js';
import type { ResolvedContract } from './resolved.js';
import { contractRules } from './rules/index.js';
import type { Contract } from './schema.js';
import { checkShape } from './shape.js';
import { parseYaml, type YamlSource } from './source.js';
import { yamlErrorStart } from './yaml-position.js';

export interface LoadedContract {
  file: string;
  contract: Contract;
  resolved: ResolvedContract;
  /** Warnings; a contract with errors is never loaded (ContractError carries them). */
  diagnostics: ContractDiagnostic[];
}

export interface ContractCheck {
  file: string;
  contract?: Contract;
  resolved?: ResolvedContract;
  /** Every error and warning, in document order. */
  diagnostics: ContractDiagnostic[];
  valid: boolean;
}

export { CONTRACT_FILES, findContract } from './find.js';

/** Read, check and resolve a contract file; throws ContractError with every diagnostic when invalid. */
export async function loadContractFile(path: string): Promise<LoadedContract> {
  const file = contractPath(path);
  return loadContractText(await readContract(file), displayName(file));
}

/** Check and resolve contract text; `file` is the name diagnostics use. Throws ContractError when invalid. */
export function loadContractText(text: string, file: string): LoadedContract {
  const check = checkContractText(text, file);
  if (!check.valid || !check.contract || !check.resolved) throw new ContractError(file, check.diagnostics);
  return { file, contract: check.contract, resolved: check.resolved, diagnostics: check.diagnostics };
}

/** Like loadContractFile but never throws for an invalid contract: returns all diagnostics. */
export async function checkContractFile(path: string): Promise<ContractCheck> {
  const file = contractPath(path);
  return checkContractText(await readContract(file), displayName(file));
}

/** A directory stands for the contract inside it. */
function contractPath(path: string): string {
  try {
    if (statSync(path).isDirectory()) {
      const found = findContract(path);
      if (!found) throw new InputError(`no dockspec.yaml in ${path}`, 'run `dockspec init` to write one');
      return found;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  return path;
}

/** The two passes: YAML + shape (zod), then cross-field rules on the resolved contract. */
export function checkContractText(text: string, file: string): ContractCheck {
  const binary = binaryDiagnostic(text, file) ?? sizeDiagnostic(text, file) ?? nestingDiagnostic(text, file);
  if (binary) return { file, diagnostics: [binary], valid: false };
  const source = parseYaml(text);
  const done = (diagnostics: ContractDiagnostic[], rest: Partial<ContractCheck> = {}): ContractCheck => {
    const sorted = sortDiagnostics(diagnostics);
    if (checkLocations) {
      const lines = text.split('\n');
      for (const d of sorted) if (d.file === file) assertLocation(lines, d, `contract rule ${d.rule}`);
    }
    return { file, ...rest, diagnostics: sorted, valid: !sorted.some((d) => d.severity === 'error') };
  };

  const syntax = [
    ...source.doc.errors.map((e) => yamlDiagnostic(e, 'error', file, text)),
    ...source.doc.warnings.map((e) => yamlDiagnostic(e, 'warning', file, text)),
  ];
  if (source.doc.errors.length > 0) return done(syntax);

  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved or exploding aliases: the yaml package throws instead of reporting.
    return done([
      ...syntax,
      {
        severity: 'error',
        rule: 'yaml-syntax',
        file,
        ...(source.unresolvedAlias() ?? { line: 1, column: 1 }),
        path: '',
        message: `YAML: ${(error as Error).message}`,
      },
    ]);
  }
  if (data === null || data === undefined)
    return done([
      ...syntax,
      {
        severity: 'error',
        rule: 'empty',
        file,
        line: 1,
        column: 1,
        path: '',
        message: 'the contract is empty',
        hint: 'start with `version: 1`, `service: <name>` and `target: <target>`, or run `dockspec init`',
      },
    ]);
  if (typeof data !== 'object' || Array.isArray(data))
    return done([
      ...syntax,
      {
        severity: 'error',
        rule: 'not-a-mapping',
        file,
        ...source.locate([]),
        path: '',
        message: 'the contract must be a YAML mapping of fields (version, service, target, …)',
        expected: 'a mapping',
        found: Array.isArray(data) ? 'a list' : `${typeof data} ${String(data)}`,
      },
    ]);

  keepTypedText(data as Record<string, unknown>, source);
  const shape = checkShape(data, source, file);
  const contract = shape.contract ?? shape.partial;
  if (!contract) return done([...syntax, ...shape.diagnostics]);

  const resolved = resolveContract(contract, { file });
  const findings: ContractDiagnostic[] = [...shape.diagnostics];
  for (const rule of contractRules)
    for (const f of rule.check({ contract, resolved }))
      findings.push({
        severity: rule.severity,
        rule: rule.id,
        file,
        ...source.locate(f.path),
        path: formatPath(f.path),
        message: f.message,
        ...(f.expected === undefined ? {} : { expected: f.expected }),
        ...(f.found === undefined ? {} : { found: f.found }),
        ...(f.hint === undefined ? {} : { hint: f.hint }),
      });
  // A contract that failed the shape pass is never handed out, even when its remainder resolved.
  return done([...syntax, ...findings], shape.contract ? { contract, resolved } : {});
}

async function readContract(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new InputError(
        `no contract at ${path}`,
        'run `dockspec init` to write one, or pass the path of your contract',
      );
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function yamlDiagnostic(
  error: YAMLError,
  severity: 'error' | 'warning',
  file: string,
  text: string,
): ContractDiagnostic {
  const at = yamlErrorStart(error, text);
  const known = at.unclosed
    ? {
        message: `this ${at.unclosed} is never closed`,
        hint: `close it with ${at.unclosed === '[' ? ']' : '}'} on the same line, or write one item per line with "- "`,
      }
    : YAML_ERRORS[error.code];
  return {
    severity,
    rule: 'yaml-syntax',
    file,
    line: at.line ?? 1,
    column: at.column ?? 1,
    path: '',
    // The yaml package appends a source excerpt after the first line; our formatter prints the position.
    message: `YAML: ${known?.message ?? error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    ...(known ? { hint: known.hint } : {}),
  };
}

/** The yaml package's messages for the common mistakes, in a user's words, with what to do. */
const YAML_ERRORS: Partial<Record<YAMLError['code'], { message?: string; hint: string }>> = {
  TAB_AS_INDENT: { message: 'a tab indents this line', hint: 'indent with spaces (two per level)' },
  DUPLICATE_KEY: {
    message: 'this key appears twice in the same mapping',
    hint: 'keep one of the two entries and delete the other',
  },
  MULTIPLE_DOCS: {
    message: 'a second YAML document starts here (`---`)',
    hint: 'a contract is one document: delete the `---` line, or split the services into separate files',
  },
};

/**
 * The largest contract read, in bytes (DOCKSPEC_MAX_CONTRACT_BYTES raises it). A hand-written
 * contract is a few kilobytes; a file of megabytes is generated or not a contract at all.
 */
export function maxContractBytes(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.DOCKSPEC_MAX_CONTRACT_BYTES);
  return Number.isFinite(set) && set > 0 ? set : 1024 * 1024;
}

function sizeDiagnostic(text: string, file: string): ContractDiagnostic | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  const max = maxContractBytes();
  if (bytes <= max) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    severity: 'error',
    rule: 'too-large',
    file,
    line: 1,
    column: 1,
    path: '',
    message: `the contract is ${mb(bytes)}, over the ${mb(max)} a contract may have`,
    hint: 'check that this is the contract you meant; set DOCKSPEC_MAX_CONTRACT_BYTES to read a larger one',
  };
}

/** A file with NUL bytes is not YAML anyone wrote; say so instead of echoing its bytes. */
function binaryDiagnostic(text: string, file: string): ContractDiagnostic | undefined {
  if (!text.includes('\u0000')) return undefined;
  return {
    severity: 'error',
    rule: 'not-text',
    file,
    line: 1,
    column: 1,
    path: '',
    message: 'this is a binary file, not a YAML contract',
    hint: 'pass the path of dockspec.yaml, or run `dockspec init` to write one',
  };
}

/**
 * YAML reads `python: 3.10` as the number 3.1. Where the contract wants text (versions, build
 * arguments, defaults), keep what the person typed instead of the number YAML made of it.
 */
const TEXT_PATHS: (string | number | '*')[][] = [
  ['image', 'python'],
  ['image', 'gpu', 'cuda'],
  ['image', 'buildArgs', '*'],
  ['env', 'variables', '*', 'default'],
  ['env', 'build', '*', 'default'],
];

function keepTypedText(data: Record<string, unknown>, source: YamlSource): void {
  for (const pattern of TEXT_PATHS) visit(data, pattern, []);

  function visit(value: unknown, pattern: (string | number | '*')[], path: PropertyKey[]): void {
    if (pattern.length === 0 || value === null || typeof value !== 'object') return;
    const [head, ...rest] = pattern;
    const container = value as Record<string | number, unknown>;
    const keys =
      head === '*' ? Object.keys(container).map((k) => (Array.isArray(value) ? Number(k) : k)) : [head];
    for (const key of keys) {
      const child = container[key];
      if (rest.length > 0) {
        visit(child, rest, [...path, key]);
        continue;
      }
      if (typeof child !== 'number') continue;
      const scalar = source.scalar([...path, key]);
      if (scalar?.source !== undefined && /^[\d.]+$/.test(scalar.source)) container[key] = scalar.source;
    }
  }
}

function sortDiagnostics(list: ContractDiagnostic[]): ContractDiagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column);
}
