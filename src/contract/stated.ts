import type { ResolvedContract } from './resolved.js';

/** Fields a lint rule may need to tell apart: written in the contract, or filled by a default. */
export type StatedField = 'image.base' | 'image.python' | 'app.framework';

// Kept beside the resolved contract rather than in it, so the resolved object still serialises and
// compares as the plain contract it is.
const statedFields = new WeakMap<ResolvedContract, ReadonlySet<StatedField>>();

export function recordStated(resolved: ResolvedContract, fields: StatedField[]): void {
  statedFields.set(resolved, new Set(fields));
}

/**
 * True when the contract's author wrote the field (or one it follows from: a server implies its
 * framework). A contract that did not come from `resolveContract` in this thread, such as one built
 * in code or cloned to a worker, counts as stating everything.
 */
export function isStated(resolved: ResolvedContract, field: StatedField): boolean {
  return statedFields.get(resolved)?.has(field) ?? true;
}
