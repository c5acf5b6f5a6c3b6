import { formatDuration } from '../../contract/units.js';
import { request, waitFor } from '../net.js';
import { startService, startupLimit, tail } from '../service.js';
import { type Check, fail, pass, skip } from '../types.js';
import { waitMs } from '../waits.js';

/** A Python traceback: the service crashed instead of saying what is missing. */
export const TRACEBACK = /Traceback \(most recent call last\)/;

/**
 * The exception a Python traceback ends with (`KeyError: 'OPENAI_API_KEY'`,
 * `PermissionError: [Errno 13] Permission denied: '/data'`), the last one when several are chained.
 */
export function lastException(logs: string): string | undefined {
  const lines = logs.split('\n');
  const start = lines.findLastIndex((l) => TRACEBACK.test(l));
  if (start < 0) return undefined;
  return lines
    .slice(start + 1)
    .map((l) => l.trim())
    .find((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b(:|$)/.test(l));
}

export const requiredEnv: Check = {
  id: 'required-env',
  title: 'Without its required secrets it exits non-zero and names each one',
  needs: ['image', 'running service'],
  async run(ctx) {
    const required = ctx.contract.env.secrets.filter((s) => s.required).map((s) => s.name);
    if (required.length === 0) return skip('the contract declares no required secret');
    const limit = startupLimit(ctx);
    const expected = `exits non-zero within ${formatDuration(limit)}, naming ${required.join(', ')}, without a traceback`;
    const svc = await startService(ctx, { without: required });
    try {
      // Ends at the exit, or as soon as it serves without its secrets (no need to wait longer).
      const served = await waitFor(
        async () => {
          const res = await request(svc.port, ctx.contract.app.health.liveness, {
            timeoutMs: waitMs(ctx, 'probeRequest'),
          });
          return res.status >= 200 && res.status < 300 ? res.status : undefined;
        },
        {
          timeoutMs: limit,
          intervalMs: 200,
          signal: ctx.signal,
          stop: async () => ((await svc.state()).running ? undefined : 'exited'),
        },
      );
      const state = await svc.state();
      const logs = await svc.logs();
      const evidence = ['--- container log (last 30 lines) ---', ...tail(logs)];
      if (served.value !== undefined) {
        return fail(
          expected,
          `answered ${ctx.contract.app.health.liveness} without ${required.join(', ')} instead of exiting`,
          evidence,
        );
      }
      if (state.running)
        return fail(
          expected,
          `still running after ${formatDuration(limit)} without ${required.join(', ')}`,
          evidence,
        );
      if (state.exitCode === 0) return fail(expected, 'exited with code 0', evidence);
      const unnamed = required.filter((n) => !logs.toLowerCase().includes(n.toLowerCase()));
      if (TRACEBACK.test(logs)) {
        const exception = lastException(logs) ?? 'an exception';
        // A crash that names none of the secrets is not about them (a read-only folder, a missing
        // module): the check that owns it says so; this one cannot judge the secrets.
        if (unnamed.length === required.length)
          return skip(
            `without its secrets it crashed with ${exception} (exit ${state.exitCode}), which names none of them: not a missing-secret failure; see the startup and filesystem checks`,
          );
        return fail(
          expected,
          `crashed with a Python traceback (${exception}, exit ${state.exitCode}) instead of a message naming the missing variables`,
          evidence,
        );
      }
      if (unnamed.length)
        return fail(
          expected,
          `exit ${state.exitCode}, but the log does not name ${unnamed.join(', ')}`,
          evidence,
        );
      const { ready } = await ctx.shared();
      if (!ready.ok)
        return fail(expected, 'with the secrets set it does not start either (see startup)', evidence);
      return pass(
        expected,
        `exit ${state.exitCode} naming ${required.join(', ')}; starts with them`,
        tail(logs, 5),
      );
    } finally {
      await svc.remove();
    }
  },
};
