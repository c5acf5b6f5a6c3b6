import type { ResolvedContract } from '../contract/resolved.js';
import { InputError } from '../errors.js';

/**
 * Reads a `.env`-style file as `docker run --env-file` and Compose do: `NAME=value` per line, `#`
 * comments and blank lines skipped, an optional `export `, and one pair of surrounding quotes
 * removed. A line that is not an assignment is an InputError naming its line.
 */
export function parseEnvFile(text: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m)
      throw new InputError(
        `${file}:${i + 1}: not a NAME=value line`,
        'Write one NAME=value per line; # starts a comment.',
        {
          file,
          line: i + 1,
          column: 1,
        },
      );
    const value = m[2].trim();
    const quoted = /^(["'])(.*)\1$/.exec(value);
    out[m[1]] = quoted ? quoted[2] : value;
  });
  return out;
}

/** Where a contract's secrets come from for a verify run. Later sources win: env-file, then flags. */
export interface SecretSources {
  /** `--secret NAME=VALUE` and `--secret NAME` (the value then comes from `env`). */
  flags?: string[];
  /** `--env-file` contents. */
  envFile?: Record<string, string>;
  /** The environment verify runs in. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The value of each secret the contract lists: from `--secret`, else `--env-file`, else a variable of
 * the same name in the environment. `missing` names the required ones found nowhere.
 */
export function resolveSecrets(
  contract: ResolvedContract,
  sources: SecretSources,
): { values: Record<string, string>; missing: string[] } {
  const env = sources.env ?? process.env;
  const fromFlags: Record<string, string> = {};
  for (const flag of sources.flags ?? []) {
    const eq = flag.indexOf('=');
    const name = eq === -1 ? flag : flag.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new InputError(
        `--secret ${flag}: not NAME or NAME=VALUE`,
        'Pass --secret OPENAI_API_KEY=sk-… or --secret OPENAI_API_KEY.',
      );
    if (!contract.env.secrets.some((s) => s.name === name))
      throw new InputError(
        `--secret ${name}: the contract lists no secret ${name}`,
        `Its secrets: ${contract.env.secrets.map((s) => s.name).join(', ') || 'none'}.`,
      );
    const value = eq === -1 ? env[name] : flag.slice(eq + 1);
    if (value === undefined)
      throw new InputError(
        `--secret ${name}: ${name} is not set in the environment`,
        `Set it, or pass --secret ${name}=VALUE.`,
      );
    fromFlags[name] = value;
  }
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const s of contract.env.secrets) {
    const value = fromFlags[s.name] ?? sources.envFile?.[s.name] ?? env[s.name];
    if (value !== undefined) values[s.name] = value;
    else if (s.required) missing.push(s.name);
  }
  return { values, missing };
}
