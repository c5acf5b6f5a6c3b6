import { baseImageFacts, packageFor } from '../../knowledge/base-images.js';
import {
  commandsOf,
  finalStage,
  installedPackages,
  lastInStage,
  rootImage,
  stageChain,
  unwrap,
} from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1005',
  name: 'healthcheck-program-missing',
  severity: 'error',
  description:
    'HEALTHCHECK must run a program the final image has (python:*-slim has neither curl nor wget).',
  messages: {
    missing:
      'HEALTHCHECK runs {{program}}, but {{image}} ({{family}}) has no {{program}} and no RUN installs it: the container never becomes healthy; probe with python -c "import urllib.request…" or install {{program}}',
    noShell:
      'HEALTHCHECK uses the shell form, but {{image}} ({{family}}) has no /bin/sh: use the exec form ["CMD", …]',
  },
  check({ model, report }) {
    const stage = finalStage(model);
    const healthcheck = lastInStage(stage, 'HEALTHCHECK');
    if (!stage || !healthcheck || healthcheck.form === 'none') return;
    const image = rootImage(stage);
    const facts = baseImageFacts(image);
    if (!facts || stageChain(stage)[0].imageUnknown) return;
    if (healthcheck.form === 'shell' && !facts.shell) {
      report({ messageId: 'noShell', data: { image, family: facts.family }, range: healthcheck.range });
      return;
    }
    const installed = installedPackages(stage);
    for (const raw of commandsOf(healthcheck)) {
      const command = unwrap(raw);
      const program = command.name;
      if (
        facts.programs.has(program) ||
        (command.nameWord.value.includes('/') && !/^\/(usr\/)?s?bin\//.test(command.nameWord.value))
      )
        continue;
      if (!packageFor[program] && !['curl', 'wget', 'nc', 'httpie', 'http'].includes(program)) continue;
      if ((packageFor[program] ?? [program]).some((p) => installed.has(p))) continue;
      // Something copied into the image (a static curl, a COPY --from) may provide it; stay quiet then.
      if (
        stage.instructions.some(
          (i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.argsText.includes(program),
        )
      )
        continue;
      report({
        messageId: 'missing',
        data: { program, image, family: facts.family },
        range: command.nameWord.range,
      });
    }
  },
});
