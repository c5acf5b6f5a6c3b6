import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import type { LintConfig as ContractLintConfig } from '../contract/schema.js';
import { type YamlErrorLike, yamlErrorStart } from '../contract/yaml-position.js';
import { InputError } from '../errors.js';
import { type LabelType, labelTypes, type Severity, type Threshold } from './types.js';

/** The lint configuration after merging .hadolint.yaml, dockspec.yaml `lint:` and flags. */
export interface LintConfig {
  /** Rule ids, aliases or names never reported. */
  ignore: string[];
  /** Severity overrides by rule id, alias or name ('off' disables). */
  override: Partial<Record<Severity | 'off', string[]>>;
  trustedRegistries: string[];
  failureThreshold?: Threshold;
  /** hadolint's `disable-ignore-pragma`: inline pragmas suppress nothing. */
  disableIgnorePragma?: boolean;
  /** hadolint's `label-schema`: the labels the image must carry, each with the form of its value. */
  labelSchema?: Record<string, LabelType>;
  /** hadolint's `strict-labels`: labels outside the schema are reported. */
  strictLabels?: boolean;
}

export const emptyConfig = (): LintConfig => ({ ignore: [], override: {}, trustedRegistries: [] });

/** Later parts win: a rule overridden in two places takes the last one's severity. */
export function mergeConfigs(...parts: (Partial<LintConfig> | undefined)[]): LintConfig {
  const out = emptyConfig();
  for (const part of parts) {
    if (!part) continue;
    out.ignore.push(...(part.ignore ?? []));
    for (const [severity, ids] of Object.entries(part.override ?? {}) as [Severity | 'off', string[]][]) {
      // Remove the ids from other levels first so the last word counts.
      for (const list of Object.values(out.override)) {
        if (list) for (const id of ids) if (list.includes(id)) list.splice(list.indexOf(id), 1);
      }
      out.override[severity] = [...(out.override[severity] ?? []), ...ids];
    }
    if (part.trustedRegistries?.length) out.trustedRegistries = [...part.trustedRegistries];
    if (part.failureThreshold) out.failureThreshold = part.failureThreshold;
    if (part.disableIgnorePragma !== undefined) out.disableIgnorePragma = part.disableIgnorePragma;
    if (part.labelSchema) out.labelSchema = { ...part.labelSchema };
    if (part.strictLabels !== undefined) out.strictLabels = part.strictLabels;
  }
  return out;
}

export function fromContractConfig(config: ContractLintConfig | undefined): Partial<LintConfig> | undefined {
  if (!config) return undefined;
  return {
    ignore: config.ignore,
    override: config.override,
    trustedRegistries: config.trustedRegistries,
    failureThreshold: config.failureThreshold,
  };
}

const thresholds = new Set(['error', 'warning', 'info', 'style', 'none']);
const hadolintSeverities = ['error', 'warning', 'info', 'style', 'ignore'] as const;

/** `.hadolint.yaml` keys dockspec acts on. */
const readKeys = [
  'ignored',
  'override',
  'trustedRegistries',
  'failure-threshold',
  'no-fail',
  'disable-ignore-pragma',
  'label-schema',
  'strict-labels',
];
/** hadolint keys dockspec knows but does not act on, with what to do instead. */
const unusedKeys: Record<string, string> = {
  format: 'pass --format',
  'no-color': 'pass --no-color or set NO_COLOR',
  verbose: 'dockspec has no verbose mode',
  'output-file': 'redirect stdout',
};

/** A `.hadolint.yaml` read for dockspec: the configuration, and what in it dockspec did not use. */
export type HadolintConfig = Partial<LintConfig> & { warnings: string[] };

/**
 * Reads hadolint's configuration so a hadolint user switches without rewriting it. Keys and rule
 * ids dockspec does not know are returned as warnings (with the nearest known key), never dropped silently.
 */
export function parseHadolintConfig(text: string, file: string): HadolintConfig {
  let data: unknown;
  try {
    // Loaded only when a .hadolint.yaml exists: most runs never need a YAML parser.
    const { parse: parseYaml } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    data = parseYaml(text);
  } catch (e) {
    const err = e as Error & YamlErrorLike;
    const at = yamlErrorStart(err, text);
    throw new InputError(
      `${file} is not valid YAML: ${at.unclosed ? `this ${at.unclosed} is never closed` : err.message.split('\n')[0]}`,
      'Fix the YAML or remove the file.',
      { file, line: at.line, column: at.column },
    );
  }
  if (data === null || data === undefined) return { warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${file} must be a YAML mapping`, 'See hadolint’s configuration reference.', {
      file,
    });
  }
  const d = data as Record<string, unknown>;
  const strings = (v: unknown, key: string): string[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      throw new InputError(`${file}: \`${key}\` must be a list of rule ids`, undefined, { file });
    }
    return v as string[];
  };
  const override: LintConfig['override'] = {};
  const o = d.override as Record<string, unknown> | undefined;
  if (o && typeof o === 'object') {
    for (const level of hadolintSeverities) {
      const ids = strings(o[level], `override.${level}`);
      if (ids.length) override[level === 'ignore' ? 'off' : level] = ids;
    }
  }
  let failureThreshold: Threshold | undefined;
  const t = d['failure-threshold'] ?? d.failureThreshold;
  if (typeof t === 'string') {
    const v = t === 'ignore' ? 'none' : t;
    if (!thresholds.has(v)) {
      throw new InputError(
        `${file}: unknown failure-threshold "${t}"`,
        'Use error, warning, info, style or none.',
        {
          file,
        },
      );
    }
    failureThreshold = v as Threshold;
  }
  if (d['no-fail'] === true) failureThreshold = 'none';
  const warnings: string[] = [];
  for (const key of Object.keys(d)) {
    if (readKeys.includes(key) || key === 'failureThreshold') continue;
    if (key in unusedKeys)
      warnings.push(`${file}: \`${key}\` is read by hadolint, not by dockspec (${unusedKeys[key]})`);
    else {
      const known = [...readKeys, ...Object.keys(unusedKeys)];
      warnings.push(`${file}: unknown key \`${key}\` (did you mean ${closest(key, known)}?)`);
    }
  }
  const disable = d['disable-ignore-pragma'];
  const strict = d['strict-labels'];
  return {
    ...labelSchemaOf(d['label-schema'], file),
    ...(typeof strict === 'boolean' ? { strictLabels: strict } : {}),
    ignore: strings(d.ignored, 'ignored'),
    override,
    trustedRegistries: strings(d.trustedRegistries, 'trustedRegistries'),
    failureThreshold,
    ...(typeof disable === 'boolean' ? { disableIgnorePragma: disable } : {}),
    warnings,
  };
}

/** `label-schema: { maintainer: text, org.opencontainers.image.source: url }`, checked. */
function labelSchemaOf(v: unknown, file: string): { labelSchema?: Record<string, LabelType> } {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw new InputError(
      `${file}: \`label-schema\` must map label names to a type`,
      `Types: ${labelTypes.join(', ')}.`,
      { file },
    );
  const out: Record<string, LabelType> = {};
  for (const [label, type] of Object.entries(v)) {
    if (!labelTypes.includes(type as LabelType))
      throw new InputError(
        `${file}: label-schema gives ${label} the type ${JSON.stringify(type)}, which hadolint does not know`,
        `Use one of ${labelTypes.join(', ')}.`,
        { file },
      );
    out[label] = type as LabelType;
  }
  return { labelSchema: out };
}

/** `.hadolint.yaml` (or `.yml`) in the Dockerfile's directory, else in `cwd`. */
export function findHadolintConfig(dirs: string[]): string | undefined {
  for (const dir of dirs) {
    for (const name of ['.hadolint.yaml', '.hadolint.yml']) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

export function readHadolintConfig(file: string): HadolintConfig {
  return parseHadolintConfig(readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file);
}
