import { basename, extname } from 'node:path';
import { type Contract, contractSchema } from '../contract/schema.js';
import { initShellParser } from '../dockerfile/shell.js';
import { InputError } from '../errors.js';
import { assertLocation, checkLocations } from '../locations.js';
import { buildContract, renderContract } from './build.js';
import { checkImported, moveWildcardOrigins } from './contract-check.js';
import { type EmbeddedFile, extractFacts, Specificity } from './extract/index.js';
import { slug } from './labels.js';
import { mergeFacts } from './merge.js';
import type {
  DocumentFinding,
  Fact,
  ImportDocument,
  ImportOptions,
  ImportResult,
  NotUnderstood,
} from './types.js';

export interface ImportOutcome extends ImportResult {
  /** Fenced Dockerfile and .dockerignore blocks of the imported service, for --lint. */
  dockerfiles: EmbeddedFile[];
  dockerignores: EmbeddedFile[];
}

const LOOKED_FOR =
  'requirement tables (Requirement | Value, Variable | Description, Secret Name | Description | Source, Source | Destination), ' +
  'fenced Dockerfile and .dockerignore blocks, YAML front matter (sdk, app_port), health-check sections, ' +
  'environment and secret lists, budgets such as "Image size: <500MB", and the deployment target';

/**
 * Reads markdown contracts (a spec, a plan, a research note…) into one dockspec contract. Later
 * documents refine earlier ones; disagreements come back as conflicts, leftovers as notUnderstood.
 */
export async function importDocuments(
  docs: ImportDocument[],
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  await initShellParser();
  return importDocumentsSync(docs, opts);
}

/**
 * The largest document read, in bytes (DOCKSPEC_MAX_IMPORT_BYTES raises it). Contract documents are
 * tens of kilobytes; one of megabytes is a log, a dump or a generated file, and reading it would
 * take long for nothing.
 */
export function maxImportBytes(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.DOCKSPEC_MAX_IMPORT_BYTES);
  return Number.isFinite(set) && set > 0 ? set : 2 * 1024 * 1024;
}

function checkSize(doc: ImportDocument): void {
  const bytes = Buffer.byteLength(doc.text, 'utf8');
  const max = maxImportBytes();
  if (bytes <= max) return;
  const size = (n: number) =>
    n < 1024 * 1024 ? `${Math.ceil(n / 1024)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
  throw new InputError(
    `${doc.file} is ${size(bytes)}, over the ${size(max)} a document to import may have`,
    'check that this is the contract document you meant; set DOCKSPEC_MAX_IMPORT_BYTES to read a larger one',
    { file: doc.file },
  );
}

/** importDocuments once `await initShellParser()` has resolved (Dockerfile blocks need it). */
export function importDocumentsSync(docs: ImportDocument[], opts: ImportOptions = {}): ImportOutcome {
  if (docs.length === 0)
    throw new InputError(
      'No document to import.',
      'Pass one or more markdown files: dockspec import CONTRACT.md',
    );
  if (opts.service !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(opts.service))
    throw new InputError(
      `--service "${opts.service}" is not a service name`,
      'use lower-case letters, digits and dashes, e.g. --service api',
    );
  for (const d of docs) checkSize(d);
  const collected = docs.map((d) => extractFacts(d.file, d.text));
  let facts = collected.flatMap((c) => c.facts);
  const notUnderstood: NotUnderstood[] = collected.flatMap((c) => c.notUnderstood);
  const services = [...new Set(facts.map((f) => f.service).filter((s): s is string => s !== undefined))];

  for (const [i, c] of collected.entries()) {
    if (!c.facts.some((f) => f.specificity >= Specificity.example) && c.facts.length < 3) {
      throw new InputError(
        `${docs[i].file} holds no container contract that dockspec can read.`,
        `Looked for ${LOOKED_FOR}.`,
        { file: docs[i].file },
      );
    }
  }
  if (services.length > 1) {
    if (!opts.service) {
      throw new InputError(
        `The documents describe ${services.length} services: ${services.join(', ')}.`,
        `Choose one with --service, e.g. --service ${services[0]}.`,
        { file: docs[0].file },
      );
    }
    if (!services.includes(opts.service)) {
      throw new InputError(
        `No service named "${opts.service}" in the documents.`,
        `The services found are: ${services.join(', ')}.`,
      );
    }
  }
  const pick = services.length > 1 ? opts.service : undefined;
  facts = facts.filter((f) => f.service === undefined || f.service === pick);
  const order = docs.map((d) => d.file);
  const { chosen, conflicts } = mergeFacts(facts, order);

  const notes: string[] = [];
  const defaults = new Map<string, string>();
  const head: Record<string, unknown> = { version: 1 };
  const serviceFact = chosen.get('service');
  chosen.delete('service');
  const targetFact = chosen.get('target');
  chosen.delete('target');
  const fallback = slug(basename(docs[0].file, extname(docs[0].file))) ?? 'service';
  head.service = opts.service ?? pick ?? serviceFact?.value ?? fallback;
  if (opts.service) defaults.set('service', 'from --service');
  if (!opts.service && !serviceFact) {
    notes.push(
      `No service name stated; used "${head.service}" from the file name (override with --service).`,
    );
    defaults.set('service', 'from the file name; no service name stated');
  }
  head.target = targetFact?.value ?? 'generic';
  if (!targetFact) {
    notes.push('No deployment target stated (Hugging Face Spaces, Kubernetes, compose); used generic.');
    defaults.set('target', 'default: no deployment target stated');
  }

  const findings: DocumentFinding[] = moveWildcardOrigins(chosen);
  let rendered = render(chosen, head, defaults, order, notUnderstood, serviceFact, targetFact);
  const first = checkImported(rendered.text, rendered.sources);
  findings.push(...first.findings);
  // Values the contract rules refuse are dropped (and listed), so the written file always validates.
  for (let errors = first.errors, attempt = 0; errors.length > 0 && attempt < 5; attempt++) {
    let removed = 0;
    for (const { diagnostic, fact } of errors) {
      if (!fact || !chosen.has(fact.path)) continue;
      chosen.delete(fact.path);
      removed++;
      notUnderstood.push({
        source: fact.source,
        text: `${fact.path}: ${JSON.stringify(fact.value)}`,
        why: diagnostic.message,
      });
    }
    if (removed === 0) {
      notes.push(
        ...errors.map(
          (e) => `The imported contract still has an error: ${e.diagnostic.path} ${e.diagnostic.message}`,
        ),
      );
      break;
    }
    rendered = render(chosen, head, defaults, order, notUnderstood, serviceFact, targetFact);
    errors = checkImported(rendered.text, rendered.sources).errors;
  }
  if (checkLocations) assertSources(docs, [...notUnderstood, ...findings, ...facts]);
  const keep = (e: EmbeddedFile) => e.service === undefined || e.service === pick;
  return {
    contractText: rendered.text,
    contract: rendered.contract,
    conflicts,
    findings: dedupeFindings(findings),
    notUnderstood: notUnderstood.sort(
      (a, b) => order.indexOf(a.source.file) - order.indexOf(b.source.file) || a.source.line - b.source.line,
    ),
    facts: collected.flatMap((c) => c.facts),
    notes,
    services,
    dockerfiles: collected.flatMap((c) => c.dockerfiles).filter(keep),
    dockerignores: collected.flatMap((c) => c.dockerignores).filter(keep),
  };
}

function render(
  chosen: Map<string, Fact>,
  head: Record<string, unknown>,
  defaults: Map<string, string>,
  order: string[],
  notUnderstood: NotUnderstood[],
  serviceFact: Fact | undefined,
  targetFact: Fact | undefined,
): { text: string; contract: Contract; sources: Map<string, Fact> } {
  const dropped: NotUnderstood[] = [];
  const { contract, sources } = validate(chosen, head, dropped);
  notUnderstood.push(...dropped);
  if (serviceFact && !defaults.has('service') && contract.service === serviceFact.value)
    sources.set('service', serviceFact);
  if (targetFact) sources.set('target', targetFact);
  return { text: renderContract(contract, sources, defaults, order), contract, sources };
}

/** Every source a result names lies inside its document (DOCKSPEC_CHECK_LOCATIONS, in tests). */
function assertSources(
  docs: ImportDocument[],
  items: { source: { file: string; line: number; column?: number } }[],
) {
  const lines = new Map(docs.map((d) => [d.file, d.text.replace(/\r\n?/g, '\n').split('\n')]));
  for (const { source } of items) {
    const text = lines.get(source.file);
    if (text) assertLocation(text, source, `import (${source.file})`);
  }
}

function dedupeFindings(findings: DocumentFinding[]): DocumentFinding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.id}@${f.source.file}:${f.source.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line);
}

/**
 * Builds the contract and checks it against the schema; a value the schema refuses is dropped and
 * listed as not understood, so one odd cell never sinks the whole import.
 */
function validate(
  chosen: Map<string, Fact>,
  head: Record<string, unknown>,
  dropped: NotUnderstood[],
): { contract: Contract; sources: Map<string, Fact> } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const built = buildContract(chosen.values(), head);
    const result = contractSchema.safeParse(built.contract);
    if (result.success) return { contract: result.data, sources: built.sources };
    let removed = 0;
    for (const issue of result.error.issues) {
      const at = issue.path.join('.');
      const culprits = [...built.sources.entries()].filter(
        ([p]) => p === at || p.startsWith(`${at}.`) || at.startsWith(`${p}.`),
      );
      for (const [, fact] of culprits) {
        if (!chosen.has(fact.path)) continue;
        chosen.delete(fact.path);
        removed++;
        dropped.push({
          source: fact.source,
          text: `${fact.path}: ${JSON.stringify(fact.value)}`,
          why: `not a valid value: ${issue.message}`,
        });
      }
    }
    if (removed === 0) throw new Error(`import built an invalid contract: ${result.error.message}`);
  }
  throw new Error('import could not build a valid contract');
}
