import { positionalArgs } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

/** A mode that lets every user write: octal with the others' write bit, or `o+w`, `a+rwx`, `ugo=rwx`. */
function worldWritable(mode: string): boolean {
  // Four octal digits starting with 1 carry the sticky bit (`1777` for /tmp): writable, not replaceable.
  if (/^[0-7]{3,4}$/.test(mode))
    return !/^1[0-7]{3}$/.test(mode) && [2, 3, 6, 7].includes(Number(mode.at(-1)));
  // Symbolic: a clause whose who names others (o or a) and whose permissions add w. A clause with
  // no who (`+w`) follows the umask, which keeps others out.
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]*)[+=]([rwxXst]*)$/.exec(clause);
    return m !== null && /[oa]/.test(m[1]) && m[2].includes('w');
  });
}

export default defineRule({
  id: 'DS3029',
  name: 'chmod-world-writable',
  severity: 'warning',
  description:
    'chmod should not make files world-writable (`777`, `a+rwx`, `o+w`): any process in the container can then change the code.',
  messages: {
    mode: 'chmod {{mode}} makes {{paths}} writable by every user: any process in the container, whatever its UID, can replace the code or data; chown it to the app user and use 755 (directories) or 644 (files)',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'chmod') continue;
      const [mode, ...paths] = positionalArgs(command, ['--reference']);
      if (!mode?.literal || !worldWritable(mode.value)) continue;
      report({
        messageId: 'mode',
        data: { mode: mode.value, paths: paths.map((p) => p.value).join(' ') || 'the files' },
        range: mode.range,
      });
    }
  },
});
