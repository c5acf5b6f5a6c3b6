import type { ResolvedContract } from '../contract/resolved.js';
import { unreachableEnv } from './checks/readiness.js';

/** The contract with its time budgets multiplied (sizes and counts untouched). */
export function scaleBudgets(contract: ResolvedContract, factor: number): ResolvedContract {
  if (factor === 1) return contract;
  const b = contract.budgets;
  const scale = (ms?: number) => (ms === undefined ? undefined : Math.round(ms * factor));
  return {
    ...contract,
    budgets: {
      ...b,
      buildColdMs: scale(b.buildColdMs),
      buildCachedMs: scale(b.buildCachedMs),
      startupMs: scale(b.startupMs),
      healthLatencyMs: scale(b.healthLatencyMs),
      shutdownMs: scale(b.shutdownMs),
    },
  };
}

/** The package index for the contract's Python: DOCKSPEC_PIP_INDEX_URL_313 for 3.13, else DOCKSPEC_PIP_INDEX_URL. */
export function pipIndexFor(
  contract: ResolvedContract,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const [major, minor] = contract.image.python.split('.');
  return env[`DOCKSPEC_PIP_INDEX_URL_${major}${minor}`] || env.DOCKSPEC_PIP_INDEX_URL || undefined;
}

/** The value a secret gets when nobody supplied one: recognisable in logs, never a real credential. */
export const dummySecret = (name: string): string => `dockspec-dummy-${name.toLowerCase()}`;

/**
 * The container's environment: each secret its supplied value (by default from this process's
 * environment), else a dummy; dependencies a URL.
 */
export function runEnvironment(
  contract: ResolvedContract,
  postgresUrl?: string,
  supplied: Record<string, string | undefined> = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const s of contract.env.secrets) env[s.name] = supplied[s.name] ?? dummySecret(s.name);
  Object.assign(env, unreachableEnv({ contract }));
  for (const d of contract.dependencies) {
    if (d.env && d.kind === 'postgres' && postgresUrl) env[d.env] = postgresUrl;
  }
  return env;
}
