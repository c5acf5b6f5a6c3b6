import { Document, isScalar, visit } from 'yaml';

/**
 * YAML as people write it for compose and Kubernetes: no anchors for repeated objects (labels),
 * and `8000:8000`-like strings quoted, since YAML 1.1 readers take them for base-60 numbers.
 */
export function toYaml(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d+(:\d+)+$/.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}
