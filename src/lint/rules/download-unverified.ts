import type { Command, Instruction } from '../../dockerfile/index.js';
import { flagValue, hasFlag } from '../../dockerfile/index.js';
import {
  checksumPrograms,
  downloaders,
  isArtifactUrl,
  isFetchableUrl,
  signatureVerifiers,
  stdinInterpreters,
} from '../../knowledge/downloads.js';
import { defineRule } from '../types.js';

/** The URL a curl or wget command fetches, when it names one literally. */
function fetchedUrl(c: Command): string | undefined {
  return c.args.find((a) => isFetchableUrl(a.value))?.value;
}

/** Whether a command verifies a download: `sha256sum -c`, `gpg --verify`, `cosign verify-blob`. */
function verifies(c: Command): boolean {
  if (checksumPrograms.has(c.name)) return hasFlag(c, '-c', '--check');
  const v = signatureVerifiers.find((s) => s.program === c.name);
  if (!v) return false;
  if (v.verifies.length === 0) return true;
  return c.args.some((a) => v.verifies.includes(a.value));
}

/** The name of the file a download writes: its -o/-O/--output path, else the URL's last part. */
function savedName(c: Command, url: string): string {
  const out = flagValue(c, '-o', '--output', '-O', '--output-document')?.value;
  const path = out && out !== '-' ? out : url.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

const commandsOfRun = (i: Instruction | undefined) => i?.shell?.commands ?? [];

export default defineRule({
  id: 'DS3028',
  name: 'download-unverified',
  severity: 'warning',
  description:
    'A downloaded archive, package, script or binary should be checked against a known checksum or signature before the build uses it.',
  messages: {
    run: '{{program}} fetches {{url}} and nothing checks it (sha256sum -c, gpg --verify): a changed or tampered file goes into the image unnoticed; compare it with a pinned checksum',
    add: 'ADD {{url}} has no --checksum: a changed or tampered file goes into the image unnoticed; add --checksum=sha256:<digest>',
    pipe: '{{program}} output is piped into {{shell}}: the script runs as fetched, unchecked; download it, verify its checksum, then run it',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const ins = stage.instructions;
      ins.forEach((top, k) => {
        const i = top.keyword === 'ONBUILD' ? top.trigger : top;
        if (!i) return;
        if (i.keyword === 'ADD') {
          const url = i.args.find((a) => isFetchableUrl(a.value));
          // A git URL is pinned by its ref, not a checksum.
          if (!url || /\.git(#|$)/.test(url.value) || i.flags.some((f) => f.name === 'checksum')) return;
          report({ messageId: 'add', data: { url: url.value }, range: url.range });
          return;
        }
        if (i.keyword !== 'RUN') return;
        const commands = commandsOfRun(i);
        // A check in the same RUN covers its downloads; one in the next RUN covers the file it names.
        const after = ins[k + 1]?.keyword === 'ONBUILD' ? ins[k + 1].trigger : ins[k + 1];
        const nextRun = after?.keyword === 'RUN' ? after : undefined;
        const checkedHere = commands.some(verifies);
        const checkedNext = (file: string) =>
          nextRun !== undefined && commandsOfRun(nextRun).some(verifies) && nextRun.argsText.includes(file);
        commands.forEach((c, n) => {
          if (!downloaders.has(c.name)) return;
          const url = fetchedUrl(c);
          if (!url) return;
          const next = commands[n + 1];
          // A script piped into a shell runs before anything could check it.
          if (next?.operator === '|' && stdinInterpreters.has(next.name)) {
            report({ messageId: 'pipe', data: { program: c.name, shell: next.name }, range: c.range });
            return;
          }
          if (checkedHere || checkedNext(savedName(c, url)) || !isArtifactUrl(url)) return;
          report({ messageId: 'run', data: { program: c.name, url }, range: c.range });
        });
      });
    }
  },
});
