import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Listr, ListrLogger, ProcessOutput } from 'listr2';
import { findContract, loadContractFile } from '../../contract/load.js';
import type { ResolvedContract } from '../../contract/resolved.js';
import { withVariant } from '../../contract/variant.js';
import { ExitCode, InputError } from '../../errors.js';
import { verifyHtml } from '../../report/verify-html.js';
import { verifyJson } from '../../report/verify-json.js';
import { verifyJunit } from '../../report/verify-junit.js';
import { verifyMarkdown } from '../../report/verify-md.js';
import { checkLine, countStatuses } from '../../report/verify-summary.js';
import { describeReaped } from '../../verify/reaper.js';
import { parseEnvFile, resolveSecrets } from '../../verify/secret-values.js';
import type { CheckId, CheckResult } from '../../verify/types.js';
import { pipIndexFor, selectChecks, type VerifyEvent, verify } from '../../verify/verify.js';
import { emit, isTerminal, outputStream, paint, say, useColor } from '../output.js';
import type { VerifyFlags } from './verify-flags.js';

/**
 * The contract's secrets from --secret, --env-file and the environment. A required one found
 * nowhere stops the run before it starts, unless --allow-dummy-secrets lets it run with a dummy.
 */
async function suppliedSecrets(
  contract: ResolvedContract,
  flags: VerifyFlags,
): Promise<Record<string, string>> {
  let envFile: Record<string, string> | undefined;
  if (flags.envFile) {
    const text = await readFile(flags.envFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new InputError(
        `--env-file ${flags.envFile}: ${error.code ?? error.message}`,
        'Pass the path of a NAME=value file.',
      );
    });
    envFile = parseEnvFile(text, flags.envFile);
  }
  const { values, missing } = resolveSecrets(contract, { flags: flags.secret, envFile });
  if (missing.length > 0 && !flags.allowDummySecrets) {
    throw new InputError(
      `the contract requires ${missing.length === 1 ? 'the secret' : 'secrets'} ${missing.join(', ')}, and none was supplied`,
      'Pass --secret NAME=VALUE (or --secret NAME to take it from the environment), --env-file FILE, or set them in the environment; --allow-dummy-secrets runs with dummy values and says so in the report.',
    );
  }
  return values;
}

const reporters = { md: verifyMarkdown, junit: verifyJunit, html: verifyHtml } as const;
const extensions = { md: 'md', junit: 'xml', html: 'html' } as const;

/** Loads the contract, runs verify with live progress, writes reports, and returns the exit code. */
export async function runVerify(
  flags: VerifyFlags,
  ui: { quiet: boolean; color?: boolean },
): Promise<number> {
  const contractFile = flags.contract ?? findContract(process.cwd());
  if (!contractFile) {
    throw new InputError('No dockspec.yaml here.', 'Run `dockspec init`, or pass --contract FILE.');
  }
  const { resolved } = await loadContractFile(contractFile);
  const whole = { ...resolved, file: resolved.file ?? contractFile };
  const contract = flags.variant ? withVariant(whole, flags.variant) : whole;
  const only = flags.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const selected = selectChecks(only, contract);
  const concurrency = flags.concurrency ? Number(flags.concurrency) : undefined;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new InputError(`--concurrency must be a positive integer, not ${flags.concurrency}.`);
  }
  const timeScale = flags.timeScale !== undefined ? Number(flags.timeScale) : undefined;
  if (timeScale !== undefined && !(Number.isFinite(timeScale) && timeScale > 0)) {
    throw new InputError(
      `--time-scale must be a positive number, not ${flags.timeScale}.`,
      'E.g. --time-scale 3.',
    );
  }
  const secrets = await suppliedSecrets(contract, flags);
  const progress: Progress = ui.quiet
    ? { event: () => undefined, done: async () => undefined }
    : progressPrinter(selected.map((c) => c.id));
  const report = await verify({
    contract,
    contextDir: flags.context ?? path.dirname(contractFile),
    dockerfile: flags.dockerfile ? path.resolve(flags.dockerfile) : undefined,
    image: flags.image,
    only: only as CheckId[] | undefined,
    pipIndexUrl: pipIndexFor(contract),
    postgresUrl: process.env.DOCKSPEC_POSTGRES_URL,
    secrets,
    concurrency,
    timeScale,
    handleSignals: true,
    runId: process.env.DOCKSPEC_RUN_ID || undefined,
    onEvent: (e) => {
      // Said at once, before the checks' progress: what an earlier, killed run left was removed.
      if (e.type === 'reaped' && !ui.quiet) say(describeReaped(e.run));
      progress.event(e);
    },
  });
  await progress.done();
  if (report.engineLost && !ui.quiet) say(`warning: ${report.engineLost}`);
  if (flags.format === 'json') emit(verifyJson(report));
  if (flags.report) {
    const out = flags.out ?? `dockspec-verify.${extensions[flags.report]}`;
    await writeFile(out, reporters[flags.report](report));
    if (!ui.quiet) say(`wrote ${out}`);
  }
  const n = countStatuses(report.checks);
  if (!ui.quiet) {
    const p = paint(useColor(ui.color, 'stderr'));
    const verdict = n.fail ? p.red('FAILED') : n.error ? p.yellow('ERROR') : p.green('PASSED');
    say(
      `${verdict}${report.variant ? ` (${report.variant} variant)` : ''} ${n.pass} passed, ${n.fail} failed, ${n.skip} skipped, ${n.error} errors in ${(report.durationMs / 1000).toFixed(1)}s`,
    );
  }
  return n.fail ? ExitCode.findings : n.error ? ExitCode.internal : ExitCode.ok;
}

interface Progress {
  event: (e: VerifyEvent) => void;
  done: () => Promise<void>;
}

/** A live listr2 task list on a TTY; plain lines (one per finished check) elsewhere and in CI. */
function progressPrinter(ids: CheckId[]): Progress {
  const live = isTerminal(2) && !process.env.CI;
  if (!live) {
    return {
      event: (e) => {
        if (e.type === 'phase' && e.done && e.name === 'build') {
          say(`${e.ok ? 'built' : 'build failed'} in ${((e.durationMs ?? 0) / 1000).toFixed(1)}s`);
        }
        if (e.type === 'phase' && !e.done && e.name === 'build') say('building…');
        if (e.type === 'check-end') say(checkLine(e.result));
      },
      done: async () => undefined,
    };
  }
  const waiting = new Map<CheckId, { resolve: (r: CheckResult) => void; promise: Promise<CheckResult> }>();
  for (const id of ids) {
    let resolve!: (r: CheckResult) => void;
    const promise = new Promise<CheckResult>((r) => {
      resolve = r;
    });
    waiting.set(id, { resolve, promise });
  }
  const list = new Listr(
    ids.map((id) => ({
      title: id,
      task: async (_: unknown, task: { title: string; skip: (m: string) => void }) => {
        const r = await waiting.get(id)!.promise;
        task.title = checkLine(r);
        if (r.status === 'skip') task.skip(checkLine(r));
        if (r.status === 'fail' || r.status === 'error') throw new Error(checkLine(r));
      },
    })),
    {
      concurrent: true,
      exitOnError: false,
      registerSignalListeners: false,
      // Progress is for people: stderr, so stdout stays clean for --format json.
      rendererOptions: {
        collapseErrors: false,
        showErrorMessage: true,
        logger: new ListrLogger({
          useIcons: true,
          processOutput: new ProcessOutput(outputStream(2), outputStream(2)),
        }),
      },
    },
  );
  const running = list.run().catch(() => undefined);
  const extra: CheckResult[] = [];
  return {
    event: (e) => {
      if (e.type !== 'check-end') return;
      const w = waiting.get(e.result.id);
      if (w) w.resolve(e.result);
      else extra.push(e.result); // a failed build outside --only
    },
    done: async () => {
      await running;
      for (const r of extra) say(checkLine(r));
    },
  };
}
