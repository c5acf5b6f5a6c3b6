import type { Contract } from '../contract/schema.js';

/** Where a fact was read: the document and its 1-based line. */
export interface FactSource {
  file: string;
  line: number;
}

/**
 * One candidate value for one contract path, e.g. `{path: 'image.base', value: 'python:3.11-slim'}`.
 * Keyed list items use brackets: `env.secrets[OPENAI_API_KEY].source`, `image.copy[scripts/].destination`.
 */
export interface Fact {
  path: string;
  value: unknown;
  source: FactSource;
  /** How specific the place is: a requirements table (40) beats a Dockerfile block (30) beats prose (10). */
  specificity: number;
  /** What kind of place it came from, in words ("requirements table", "Dockerfile block", "prose"). */
  evidence: string;
  /** Service the fact belongs to, when a document describes several. */
  service?: string;
  /** Per-item lines of an array value (origins, packages), so each item gets its own comment. */
  itemLines?: number[];
}

export interface ConflictCandidate {
  value: unknown;
  source: FactSource;
  evidence: string;
}

/** Two or more values for one path; `chosen` won, and `reason` says why. */
export interface Conflict {
  path: string;
  chosen: ConflictCandidate;
  others: ConflictCandidate[];
  reason: string;
}

/** Something that looked like part of a contract but was not placed. */
export interface NotUnderstood {
  source: FactSource;
  text: string;
  why: string;
}

/** A defect of the document itself, found by --lint. Lines are the document's lines. */
export interface DocumentFinding {
  id: string;
  severity: 'error' | 'warning' | 'info' | 'style';
  message: string;
  source: FactSource & { column?: number };
}

export interface ImportDocument {
  file: string;
  text: string;
}

export interface ImportOptions {
  /** Service to import when a document describes several. */
  service?: string;
}

export interface ImportResult {
  /** dockspec.yaml text, every value with a `# from DOC.md:12` comment. */
  contractText: string;
  contract: Contract;
  conflicts: Conflict[];
  notUnderstood: NotUnderstood[];
  /** Defects of the documents themselves (the contract rules' findings, at document lines). */
  findings: DocumentFinding[];
  /** Every fact read, before merging, in document order. */
  facts: Fact[];
  /** Notes on defaults the import had to choose (e.g. no target stated). */
  notes: string[];
  /** Services found in the documents (more than one means --service was needed). */
  services: string[];
}
