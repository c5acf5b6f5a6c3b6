import { lstat, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Document } from 'yaml';
import { type ContractDiagnostic, ContractError } from '../contract/errors.js';
import { checkContractText, findContract } from '../contract/load.js';
import type { Target } from '../contract/schema.js';
import { InputError } from '../errors.js';
import { detectProject, type ProjectFacts } from '../project/detect.js';
import { buildContract } from './contract.js';
import { schemaRef } from './schema-ref.js';

export interface InitOptions {
  /** Preset to use instead of the one detected. */
  target?: Target;
  /** Write `dir/dockspec.yaml` (default false: only return the text). */
  write?: boolean;
  /** Overwrite an existing contract when writing. */
  force?: boolean;
  /** `$schema` reference to use instead of the computed one. */
  schema?: string;
}

export interface InitResult {
  /** The contract as written (or as it would be written). */
  contractText: string;
  facts: ProjectFacts;
  /** Where the contract is (or would be) written. */
  path: string;
  written: boolean;
  /** Fields nothing in the project stated, for the user to fill in. */
  undetected: string[];
  /** Conflicts and guesses worth a look, plus warnings from validating the result. */
  warnings: string[];
}

/** A directory or a dangling link where dockspec.yaml goes is the user's to sort out: exit 2, not a crash. */
async function writeContract(file: string, text: string): Promise<void> {
  const link = await lstat(file).catch(() => undefined);
  if ((await stat(file).catch(() => undefined))?.isDirectory())
    throw new InputError(`${file} is a directory`, 'move it away, then run init again', { file });
  try {
    await writeFile(file, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const hint = link?.isSymbolicLink()
      ? 'it is a symbolic link to a missing file: remove the link or create its target, then run init again'
      : 'check the directory is writable, or use --print and write the file yourself';
    throw new InputError(`cannot write ${file} (${code})`, hint, { file });
  }
}

/** Detects the project in `dir` and builds its dockspec.yaml; writes it when `opts.write`. */
export async function initProject(dir: string, opts: InitOptions = {}): Promise<InitResult> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new InputError(
      `${dir} is not a directory`,
      'pass the directory of the Python project: dockspec init [DIR]',
    );
  const existing = findContract(dir);
  // --force replaces the contract that is there (dockspec.yml stays .yml) rather than adding a second.
  const out = existing ?? path.join(dir, 'dockspec.yaml');
  if (opts.write && existing && !opts.force)
    throw new InputError(
      'a contract already exists here; not overwriting it',
      'pass --force to replace it, or --print to see what init would write',
      { file: existing },
    );

  const facts = await detectProject(dir);
  const { doc, undetected } = buildContract(facts, {
    target: opts.target,
    schema: opts.schema ?? schemaRef(dir),
    fallbackName: path.basename(path.resolve(dir)),
  });
  const warnings = [...facts.warnings];
  const contractText = validated(doc, out, warnings);
  if (opts.write) await writeContract(out, contractText);
  return { contractText, facts, path: out, written: Boolean(opts.write), undetected, warnings };
}

/**
 * Validates the text init produces with the same two passes `dockspec validate` runs. A detected
 * value the contract refuses (an odd port, a path without a slash) is dropped with a warning rather
 * than written into a file that would not load.
 */
function validated(doc: Document, file: string, warnings: string[]): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const text = doc.toString({ lineWidth: 0 });
    const check = checkContractText(text, file);
    const errors = check.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) {
      for (const d of check.diagnostics) warnings.push(`${d.path || 'contract'}: ${d.message}`);
      return text;
    }
    for (const e of errors) {
      const where = parsePath(e.path);
      if (where.length === 0 || !doc.hasIn(where)) throw new ContractError(file, errors);
      doc.deleteIn(where);
      warnings.push(`dropped ${e.path}: ${describe(e)}`);
    }
  }
  throw new ContractError(file, []);
}

function describe(d: ContractDiagnostic): string {
  return [d.message, d.found && `found ${d.found}`].filter(Boolean).join(', ');
}

/** `env.secrets[1].name` → ['env', 'secrets', 1, 'name']. */
function parsePath(dotted: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of dotted.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}
