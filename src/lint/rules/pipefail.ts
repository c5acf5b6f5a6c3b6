import type { Instruction } from '../../dockerfile/index.js';
import { isPosixShell } from '../../knowledge/shells.js';
import { stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

/** The SHELL in effect for a RUN: the last SHELL before it in its stage or the stages it builds on. */
function shellFor(run: Instruction): string[] | undefined {
  const stage = run.stage;
  if (!stage) return undefined;
  let found: Instruction | undefined;
  for (const i of stageChain(stage).flatMap((s) => s.instructions)) {
    if (i === run || (i.trigger === run && run.onbuild)) break;
    if (i.keyword === 'SHELL' && i.exec?.valid) found = i;
  }
  return found?.exec?.items.map((x) => x.value);
}

const setsPipefail = (args: string[]) =>
  args.includes('pipefail') && args.some((a) => /^-[a-z]*o$/.test(a) || a === '-o');

export default defineRule({
  id: 'DS1102',
  name: 'pipefail',
  aliases: ['DL4006'],
  severity: 'warning',
  description:
    'A RUN with a pipe needs `set -o pipefail` (or a SHELL with it), or a failing first stage goes unnoticed.',
  messages: {
    missing:
      'only the last command of a pipe decides whether the RUN fails; add SHELL ["/bin/bash", "-o", "pipefail", "-c"] before this RUN, or `set -o pipefail &&` in it',
  },
  check({ model, report }) {
    for (const run of model.runs) {
      const script = run.shell;
      if (!script?.hasPipes || run.form === 'exec') continue;
      const shell = shellFor(run);
      if (shell && !isPosixShell(shell[0])) continue;
      if (shell && setsPipefail(shell)) continue;
      // The commands that feed a pipe; `echo`/`printf` of text cannot fail, so a pipe fed only by
      // them (`echo "<sha256>  file" | sha256sum -c -`) loses nothing without pipefail.
      const feeders = script.commands.filter(
        (c, k) => c.inPipeline && script.commands[k + 1]?.operator === '|',
      );
      const first = feeders.find((c) => c.name !== 'echo' && c.name !== 'printf');
      if (!first) continue;
      const before = script.commands.filter((c) => c.index < first.index && c.name === 'set');
      if (before.some((c) => setsPipefail(c.args.map((a) => a.value)))) continue;
      report({ messageId: 'missing', range: first.range });
    }
  },
});
