import type { ResolvedContract } from '../resolved.js';
import type { Contract } from '../schema.js';

export interface RuleContext {
  /** The contract as written (after the shape pass). */
  contract: Contract;
  /** The same contract with the preset's defaults filled in. */
  resolved: ResolvedContract;
}

export interface RuleFinding {
  /** Path of the field to point at; when it was not written, the loader points at its nearest ancestor. */
  path: PropertyKey[];
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

/** A cross-field rule: metadata plus a pure function over the contract. */
export interface ContractRule {
  id: string;
  severity: 'error' | 'warning';
  description: string;
  check(context: RuleContext): RuleFinding[];
}
