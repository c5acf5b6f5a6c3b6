import type { z } from 'zod';
import { contractSchema } from './schema.js';

/** What the contract schema allows at a path: the lookups behind the shape pass's hints. */
export type AnySchema = z.core.$ZodType;

function defOf(schema: AnySchema): { type: string; [k: string]: unknown } {
  return (schema as unknown as { _zod: { def: { type: string } } })._zod.def;
}

function unwrap(schema: AnySchema): AnySchema[] {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
    return unwrap(def.innerType as AnySchema);
  if (def.type === 'union') return (def.options as AnySchema[]).flatMap(unwrap);
  return [schema];
}

/** Every schema that may sit at `path` (unions give several). */
export function schemasAt(path: readonly PropertyKey[]): AnySchema[] {
  let current: AnySchema[] = unwrap(contractSchema);
  for (const segment of path) {
    const next: AnySchema[] = [];
    for (const s of current) {
      const def = defOf(s);
      if (def.type === 'object' && typeof segment === 'string') {
        const shape = def.shape as Record<string, AnySchema>;
        if (shape[segment]) next.push(...unwrap(shape[segment]));
      } else if (def.type === 'array' && typeof segment === 'number') {
        next.push(...unwrap(def.element as AnySchema));
      } else if (def.type === 'record') {
        next.push(...unwrap(def.valueType as AnySchema));
      }
    }
    current = next;
  }
  return current;
}

export function keysAt(path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(path)) {
    const def = defOf(s);
    if (def.type === 'object') for (const k of Object.keys(def.shape as object)) keys.add(k);
  }
  return [...keys];
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

/** A readable "expected" for a path: the types allowed there, e.g. "a string or a number". */
export function expectedAt(path: readonly PropertyKey[]): string | undefined {
  const names = new Set<string>();
  for (const s of schemasAt(path)) {
    const def = defOf(s);
    if (def.type === 'literal')
      names.add((def.values as unknown[]).map((v) => JSON.stringify(v)).join(' or '));
    else if (def.type === 'enum') names.add(`one of ${Object.values(def.entries as object).join(', ')}`);
    else if (def.type === 'number' && (s as { isInt?: boolean }).isInt) names.add('a whole number');
    else if (def.type === 'string') names.add(patternMessage(def) ?? 'a string');
    else names.add(typeNames[def.type] ?? def.type);
  }
  // A duration is "a duration such as 30s … or a number": the number is the lesser reading.
  const list = [...names];
  if (list.length > 1 && list.some((n) => n.includes('such as')))
    return list.find((n) => n.includes('such as'));
  if (list.length <= 1) return list[0];
  return `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
}

/** The readable message a string's regex check carries (e.g. "a duration such as 30s, 2m or 500ms"). */
function patternMessage(def: { [k: string]: unknown }): string | undefined {
  for (const check of (def.checks as { _zod: { def: { error?: (i: object) => unknown } } }[] | undefined) ??
    []) {
    const message = check._zod.def.error?.({});
    if (typeof message === 'string' && !message.startsWith('Invalid')) return message;
  }
  return undefined;
}

/** Where else in the contract a field of this name lives, e.g. `port` → `app.port`. */
export function fieldElsewhere(key: string): string | undefined {
  const found: string[] = [];
  const walk = (schemas: AnySchema[], prefix: string, depth: number) => {
    if (depth > 4) return;
    for (const s of schemas) {
      const def = defOf(s);
      if (def.type === 'array') walk(unwrap(def.element as AnySchema), `${prefix}[]`, depth);
      if (def.type !== 'object') continue;
      for (const [name, child] of Object.entries(def.shape as Record<string, AnySchema>)) {
        const path = prefix ? `${prefix}.${name}` : name;
        if (name.toLowerCase() === key.toLowerCase()) found.push(path);
        walk(unwrap(child), path, depth + 1);
      }
    }
  };
  walk(unwrap(contractSchema), '', 0);
  return found.length === 1 ? found[0] : undefined;
}
