import { pragmaIds } from '../pragmas.js';
import { foreignRuleId, unknownRuleIds } from '../rule-ids.js';
import { defineRule } from '../types.js';

// hadolint pragmas often name ShellCheck checks (`# hadolint ignore=SC2086`); dockspec parses RUN
// with its own rules, not ShellCheck, so such an id suppresses nothing here and is not worth a word.

export default defineRule({
  id: 'DS1025',
  name: 'pragma-unknown-rule',
  severity: 'warning',
  description: 'An ignore pragma names a rule that does not exist, so it suppresses nothing.',
  messages: {
    unknown: 'the pragma names no rule "{{id}}", so it suppresses nothing; did you mean {{nearest}}?',
    foreign:
      'dockspec has no rule with hadolint’s id {{id}}, so this part of the pragma does nothing here (docs/rules/README.md lists the hadolint ids dockspec follows)',
  },
  check({ model, catalog, report }) {
    const named = pragmaIds(model).filter((p) => foreignRuleId(p.id) !== 'shellcheck');
    // Most files have no pragma: skip building the catalog's names.
    if (named.length === 0) return;
    const unknown = new Map(
      unknownRuleIds([...new Set(named.map((p) => p.id))], catalog).map((u) => [u.id, u]),
    );
    const seen = new Set<string>();
    for (const { id, comment } of named) {
      const u = unknown.get(id);
      // Once per id and file: one typo repeated over ten pragmas is one mistake.
      if (!u || seen.has(id.toUpperCase())) continue;
      seen.add(id.toUpperCase());
      report(
        foreignRuleId(id) === 'hadolint'
          ? { messageId: 'foreign', data: { id }, range: comment.range, severity: 'info' }
          : { messageId: 'unknown', data: { id, nearest: u.nearest }, range: comment.range },
      );
    }
  },
});
