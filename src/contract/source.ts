import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';

/**
 * A parsed YAML document that remembers where every value came from, so a finding about
 * `app.port` can point at the line and column a person typed it on.
 */
export interface YamlSource {
  doc: Document;
  lines: LineCounter;
  /** Line/column (1-based) of the value at `path`, or of its key with `{ key: true }`. Falls back
   * to the deepest ancestor that exists, so a missing field points at the object that lacks it. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): { line: number; column: number };
  /** Position of the first alias (`*name`) whose anchor is not defined before it. */
  unresolvedAlias(): { line: number; column: number } | undefined;
  /** The scalar node at `path`, when there is one. */
  scalar(path: readonly PropertyKey[]): { value: unknown; source?: string } | undefined;
}

export function parseYaml(text: string): YamlSource {
  const lines = new LineCounter();
  // uniqueKeys: a duplicated key is an error, not a silent override.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });

  const position = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };

  const walk = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    let deepest: { node: unknown; key: unknown } = { node, key: undefined };
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
        if (!pair) return { found: false, ...deepest };
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        return { found: false, ...deepest };
      }
      deepest = { node, key: keyNode };
    }
    return { found: true, ...deepest };
  };

  return {
    doc,
    lines,
    locate(path, options = {}) {
      const hit = walk(path);
      // A missing field points at the key of the object that lacks it (where a person would add it).
      const target = (options.key || !hit.found) && hasRange(hit.key) ? hit.key : hit.node;
      if (hasRange(target)) return position(target.range[0]);
      return { line: 1, column: 1 };
    },
    unresolvedAlias() {
      let at: { line: number; column: number } | undefined;
      visit(doc, {
        Alias(_, node) {
          if (at || node.resolve(doc) !== undefined || !node.range) return;
          at = position(node.range[0]);
          return visit.BREAK;
        },
      });
      return at;
    },
    scalar(path) {
      const hit = walk(path);
      if (!hit.found || !isScalar(hit.node)) return undefined;
      return { value: hit.node.value, source: hit.node.source };
    },
  };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function hasRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}
