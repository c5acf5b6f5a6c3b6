import { defineRule } from '../types.js';

const pragma = /^(?:dockspec-ignore\s*=|hadolint\s+ignore\s*=|(?:dockspec|hadolint)\s+global\s+ignore\s*=)/i;

export default defineRule({
  id: 'DS1009',
  name: 'no-inline-ignore',
  aliases: ['DL1001'],
  severity: 'off',
  description:
    'Forbids inline ignore pragmas, for teams that want every exception in the configuration file.',
  messages: {
    pragma:
      'inline ignore pragma "{{text}}": put the exception in dockspec.yaml `lint.ignore` (or .hadolint.yaml) instead',
  },
  check({ model, report }) {
    for (const comment of model.comments) {
      if (!pragma.test(comment.text)) continue;
      const text = comment.text.length > 50 ? `${comment.text.slice(0, 47)}...` : comment.text;
      report({ messageId: 'pragma', data: { text }, range: comment.range });
    }
  },
});
