import { pipCommandWords } from '../../knowledge/pip.js';
import { matchSub, packageArgs, pipCommand, pipValueFlags } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2034',
  name: 'pip-install-command-word',
  severity: 'error',
  description:
    '`pip install update` and `pip install upgrade` install a package called "update" or "upgrade"; the option is `--upgrade`.',
  messages: {
    word: 'pip takes "{{word}}" for a package name and installs whatever PyPI serves under it; {{advice}}',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      const pip = pipCommand(command);
      if (!pip || !matchSub(pip, ['install'], pipValueFlags)) continue;
      for (const word of packageArgs(pip, pipValueFlags)) {
        const v = word.value.toLowerCase();
        if (!word.literal || !pipCommandWords.has(v)) continue;
        const to = pipCommandWords.get(v)!;
        const advice = to === '' ? 'remove it' : `did you mean ${to}?`;
        report({ messageId: 'word', data: { word: word.value, advice }, range: word.range });
      }
    }
  },
});
