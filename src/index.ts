// dockspec's library API: every command is a function that returns data.

export type { ResolvedContract } from './contract/resolved.js';
export * from './contract/schema.js';
export * from './contract/units.js';
export * from './errors.js';
export { version } from './version.js';
