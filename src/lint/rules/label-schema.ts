import { createRequire } from 'node:module';
import type { Range } from '../../dockerfile/index.js';
import { expandVariables } from '../../dockerfile/index.js';
import { properties, unquote } from '../helpers/properties.js';
import { finalStage, stageChain } from '../helpers.js';
import { defineRule, type LabelType } from '../types.js';

// The SPDX license list, read the first time a schema asks for a license (most runs never do).
let licenseIds: Set<string> | undefined;
const licenses = () =>
  (licenseIds ??= new Set(
    (createRequire(import.meta.url)('spdx-license-ids') as string[]).map((id) => id.toLowerCase()),
  ));

/** Whether a value has the form its schema type asks for (hadolint's DL3052-DL3058). */
const valid: Record<Exclude<LabelType, 'text'>, (v: string) => boolean> = {
  url: (v) => {
    try {
      return /^[a-z][a-z0-9+.-]*:/i.test(v) && new URL(v).host !== '';
    } catch {
      return false;
    }
  },
  // A full or abbreviated git commit id.
  hash: (v) => /^[0-9a-f]{7,40}$/i.test(v),
  rfc3339: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v),
  // semver.org's grammar, with an optional leading v as version tags are often written.
  semver: (v) =>
    /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(
      v,
    ),
  // An SPDX expression of known ids: `MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`.
  spdx: (v) =>
    v
      .replace(/[()]/g, ' ')
      .split(/\s+(?:AND|OR)\s+/)
      .every((term) => {
        const [id] = term.trim().split(/\s+WITH\s+/);
        return licenses().has(id.replace(/\+$/, '').toLowerCase()) || id.startsWith('LicenseRef-');
      }),
  email: (v) => /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/.test(v),
};

const typeName: Record<Exclude<LabelType, 'text'>, string> = {
  url: 'a URL',
  hash: 'a git commit hash',
  rfc3339: 'an RFC 3339 time (2026-12-06T10:00:00Z)',
  semver: 'a semantic version (1.2.3)',
  spdx: 'an SPDX license expression (MIT, Apache-2.0)',
  email: 'an email address',
};

export default defineRule({
  id: 'DS1046',
  name: 'label-schema',
  aliases: ['DL3049', 'DL3050', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
  severity: 'info',
  description:
    "The image's labels follow `.hadolint.yaml`'s `label-schema`: every label present, each value of its type, no other label under `strict-labels`.",
  messages: {
    missing: 'label "{{label}}" is missing; the label schema asks for it ({{type}})',
    superfluous: 'label "{{label}}" is not in the label schema, and strict-labels is on',
    // One message per value type, as hadolint has one rule per type (DL3052-DL3058).
    url: 'label "{{label}}" is "{{value}}", not {{type}}',
    hash: 'label "{{label}}" is "{{value}}", not {{type}}',
    rfc3339: 'label "{{label}}" is "{{value}}", not {{type}}',
    semver: 'label "{{label}}" is "{{value}}", not {{type}}',
    spdx: 'label "{{label}}" is "{{value}}", not {{type}}',
    email: 'label "{{label}}" is "{{value}}", not {{type}}',
  },
  check({ model, settings, report }) {
    const schema = settings.labelSchema;
    const stage = finalStage(model);
    if (!stage || (!schema && !settings.strictLabels)) return;
    const labels = new Map<string, { value: string; known: boolean; keyRange: Range; range: Range }>();
    for (const s of stageChain(stage))
      for (const i of s.instructions) {
        if (i.keyword !== 'LABEL') continue;
        for (const p of properties(model, i)) {
          const v = expandVariables(p.value ?? '', i.scope);
          labels.set(unquote(p.key), {
            value: unquote(v.value),
            known: !v.unknown,
            keyRange: p.keyRange,
            range: p.range,
          });
        }
      }
    for (const [label, type] of Object.entries(schema ?? {})) {
      const found = labels.get(label);
      if (!found) {
        report({ messageId: 'missing', data: { label, type }, range: stage.from.range });
        continue;
      }
      // An empty value is label-value-empty's (DL3051); a build-time variable is not known here.
      if (type === 'text' || !found.known || found.value === '') continue;
      if (!valid[type](found.value))
        report({
          messageId: type,
          data: { label, value: found.value, type: typeName[type] },
          range: found.range,
        });
    }
    if (settings.strictLabels)
      for (const [label, found] of labels)
        if (!schema || !(label in schema))
          report({ messageId: 'superfluous', data: { label }, range: found.keyRange });
  },
});
