import type { ResolvedContract } from '../../contract/resolved.js';
import { notReadyEvidence, startReady } from '../service.js';
import { type Check, fail, pass } from '../types.js';

/** Writable paths with $HOME and ~ resolved to the contract user's home. */
export function writablePaths(c: ResolvedContract): string[] {
  const home = c.image.user.home;
  const paths = c.writablePaths.map((p) => p.replace(/^(\$HOME|\$\{HOME\}|~)(?=\/|$)/, home));
  if (c.target === 'huggingface-space') paths.push(`${home}/.cache`);
  return [...new Set(paths)];
}

const probe = (p: string) =>
  `mkdir -p "${p}" && touch "${p}/.dockspec-probe" && rm -f "${p}/.dockspec-probe"`;

export const filesystem: Check = {
  id: 'filesystem',
  title: 'Writable paths writable as the contract UID; runs with a read-only root filesystem',
  needs: ['image', 'running service'],
  async run(ctx) {
    const c = ctx.contract;
    const uid = String(c.image.user.uid);
    const paths = writablePaths(c);
    const expected = `as uid ${uid}: ${paths.join(', ') || 'no writable paths'} writable; starts with --read-only and tmpfs on them`;
    const problems: string[] = [];
    const evidence: string[] = [];
    // HF runs every Space as uid 1000 whatever the image says; other targets as the contract UID.
    const user = c.target === 'huggingface-space' ? '1000' : uid;
    const normal = await startReady(ctx, { user });
    try {
      if (!normal.ready.ok) {
        return fail(
          expected,
          `as uid ${user} it never started: ${normal.ready.problem}`,
          await notReadyEvidence(normal.svc, normal.ready),
        );
      }
      for (const p of paths) {
        const r = await ctx.engine.exec(normal.svc.id, ['sh', '-c', probe(p)], user);
        if (r.exitCode !== 0)
          problems.push(
            `${p} is not writable as uid ${user}: ${(r.stderr || r.stdout).trim().split('\n')[0]}`,
          );
      }
    } finally {
      await normal.svc.remove();
    }
    // A tmpfs over a folder that holds the app (e.g. $HOME above the workdir) would hide the code:
    // those stay on the read-only root, as an emptyDir would never be mounted there either.
    const workdir = ctx.image.inspect.workdir || c.image.workdir;
    const holdsApp = (p: string) => workdir === p || workdir.startsWith(`${p.replace(/\/$/, '')}/`);
    const mounted = ['/tmp', ...paths.filter((p) => !holdsApp(p))];
    const unmounted = paths.filter(holdsApp);
    if (unmounted.length)
      evidence.push(`no tmpfs on ${unmounted.join(', ')} (it holds the app at ${workdir})`);
    const ro = await startReady(ctx, {
      readOnly: true,
      tmpfs: [...new Set(mounted)],
      tmpfsOwner: { uid: c.image.user.uid, gid: c.image.user.gid },
    });
    try {
      if (!ro.ready.ok) {
        problems.push(`with a read-only root filesystem it does not start: ${ro.ready.problem}`);
        evidence.push(...(await notReadyEvidence(ro.svc, ro.ready)));
      }
    } finally {
      await ro.svc.remove();
    }
    const actual = problems.length ? problems.join('; ') : `all ${paths.length} writable; read-only root OK`;
    return problems.length ? fail(expected, actual, evidence) : pass(expected, actual, evidence);
  },
};
