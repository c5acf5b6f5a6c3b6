import { ExitCode } from '../../errors.js';
import { callTimeoutMs, withDeadlines } from '../../verify/engine/deadlines.js';
import { DockerodeEngine } from '../../verify/engine/dockerode-engine.js';
import type { Engine } from '../../verify/engine/engine.js';
import { pingOrExplain, pingTimeoutMs } from '../../verify/ping.js';
import { describeReaped, reapOrphans } from '../../verify/reaper.js';
import { say } from '../output.js';

/** `dockspec clean`: the reaper on demand. */
export async function runClean(
  flags: { all?: boolean },
  ui: { quiet: boolean },
  engine: Engine = withDeadlines(new DockerodeEngine(undefined, callTimeoutMs(1)), callTimeoutMs(1)),
): Promise<number> {
  await pingOrExplain(engine, pingTimeoutMs(1));
  const reaped = await reapOrphans(engine, { all: flags.all });
  if (!ui.quiet) {
    for (const run of reaped) say(describeReaped(run, flags.all));
    if (reaped.length === 0) say(flags.all ? 'no dockspec resources' : 'nothing left by killed runs');
  }
  return ExitCode.ok;
}
