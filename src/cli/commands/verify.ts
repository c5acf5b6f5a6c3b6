import type { Command } from 'commander';
import { Option } from 'commander';
import { InputError } from '../../errors.js';
import type { VerifyFlags } from './verify-flags.js';

export type { VerifyFlags } from './verify-flags.js';

export function define(program: Command): void {
  program
    .command('verify')
    .description('build the image on a real engine, run it, and check every clause of the contract')
    .option('--contract <file>', 'contract file (default: dockspec.yaml here)')
    .option('--dockerfile <file>', 'Dockerfile to build (default: Dockerfile in the context)')
    .option('--context <dir>', "build context (default: the contract's folder)")
    .option('--image <ref>', 'check this built image instead of building one')
    .option(
      '--variant <name>',
      "check an image variant the contract declares (gpu: image.gpu's Dockerfile, base and budget)",
    )
    .option('--only <ids>', 'comma-separated check ids, e.g. config,health')
    .addOption(new Option('--format <format>', 'output on stdout').choices(['text', 'json']).default('text'))
    .addOption(new Option('--report <kind>', 'also write a report').choices(['md', 'junit', 'html']))
    .option('--out <file>', 'where --report writes (default: dockspec-verify.<ext>)')
    .option('--concurrency <n>', 'checks run at once (default 4)')
    .option(
      '--secret <NAME[=VALUE]>',
      "a secret the contract lists, passed to the container (NAME alone: this environment's value); repeatable",
      (v: string, acc: string[] = []) => [...acc, v],
    )
    .option('--env-file <file>', 'secrets from a NAME=value file (as docker run --env-file)')
    .option(
      '--allow-dummy-secrets',
      'run with dummy values for required secrets nobody supplied (the report says which)',
    )
    .option(
      '--time-scale <factor>',
      'multiply time budgets and probe timeouts, for slow machines (default 1)',
    )
    .addHelpText(
      'after',
      `
Needs a Docker engine, or Podman's Docker-compatible socket (DOCKER_HOST). Builds use BuildKit (docker buildx)
when the engine has it; on Podman, without buildx, or with DOCKSPEC_BUILDER=legacy, \`docker build\` with
DOCKER_BUILDKIT=0 and a warning. Containers use host networking on a free port each.
Secrets: each secret the contract lists reaches the container from --secret, else --env-file, else a
variable of the same name in this environment. A required one found nowhere stops the run (exit 2)
unless --allow-dummy-secrets. Values never appear in output or reports.
DOCKSPEC_PIP_INDEX_URL is passed to builds as PIP_INDEX_URL; DOCKSPEC_POSTGRES_URL, when set, is the
PostgreSQL the readiness check starts the service against.

Exit codes: 0 every check passed (or was skipped), 1 a check failed, 2 bad input or no engine, 3 a check errored.

Examples:
  $ dockspec verify                                   build ./Dockerfile, run every check
  $ dockspec verify --image registry/app:1.4 --only config,size,secrets,startup
  $ dockspec verify --format json > verify.json       the results as JSON on stdout
  $ dockspec verify --report html --out verify.html   one page: checklist, layer sizes, timeline, logs
  $ dockspec verify --report junit --out junit.xml    for CI test tabs
  $ dockspec verify --time-scale 3                    on a slow or shared machine
  $ dockspec verify --env-file .env.test --secret OPENAI_API_KEY   secrets from a file and the environment
  $ dockspec verify --allow-dummy-secrets             in CI without the real secrets
  $ dockspec verify --variant gpu                     the GPU image (Dockerfile.gpu); GPU checks need an NVIDIA runtime`,
    )
    .action(async (flags: VerifyFlags, cmd: Command) => {
      const { runVerify } = await import('./verify-run.js');
      if (flags.out && !flags.report) throw new InputError('--out needs --report md|junit|html.');
      const quiet = Boolean(cmd.optsWithGlobals().quiet);
      const color = cmd.optsWithGlobals().color as boolean | undefined;
      process.exitCode = await runVerify(flags, { quiet, color });
    });
}
