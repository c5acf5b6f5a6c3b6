import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { version } from '../version.js';

const SCHEMA = 'schema/dockspec.schema.json';

/**
 * Where the contract's `$schema` comment points, relative to the directory it is written in: a local
 * install (node_modules/dockspec), or this checkout when the project lives inside it (examples/);
 * otherwise the published file of this version on unpkg, which editors can fetch.
 */
export function schemaRef(dir: string): string {
  const abs = path.resolve(dir);
  for (let d = abs; ; d = path.dirname(d)) {
    const installed = path.join(d, 'node_modules', 'dockspec', SCHEMA);
    if (existsSync(installed)) return relativeRef(abs, installed);
    if (path.dirname(d) === d) break;
  }
  const root = packageRoot();
  // packageRoot() is dockspec's own package; a checkout has the schema file, an install too.
  if (existsSync(path.join(root, SCHEMA)) && (abs === root || abs.startsWith(root + path.sep)))
    return relativeRef(abs, path.join(root, SCHEMA));
  return `https://unpkg.com/dockspec@${version}/${SCHEMA}`;
}

function relativeRef(from: string, to: string): string {
  const rel = path.relative(from, to).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}
