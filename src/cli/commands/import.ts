import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import { emitFindings, FINDING_FORMATS, isFindingFormat } from '../findings-output.js';
import { emit, paint, say, useColor } from '../output.js';

interface ImportFlags {
  out: string;
  service?: string;
  force?: boolean;
  lint?: boolean;
  format: string;
}

export function define(program: Command): void {
  program
    .command('import')
    .description(
      'read markdown contracts (specs, plans, research notes) into dockspec.yaml, each value with its line',
    )
    .argument('<documents...>', 'markdown files; later ones refine earlier ones')
    .option('-o, --out <file>', 'contract to write (- for stdout)', 'dockspec.yaml')
    .option('--service <name>', 'the service to import when a document describes several')
    .option('-f, --force', 'overwrite --out when it exists')
    .option(
      '--lint',
      "also lint the documents' own Dockerfile blocks against the imported contract (exit 1 on findings)",
    )
    .option(
      '--format <format>',
      'report as stylish (to stderr), json, or any lint format for the --lint findings: sarif, github, junit, gitlab, checkstyle, codeclimate (to stdout)',
      'stylish',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ dockspec import docs/container-contract.md              write dockspec.yaml
  $ dockspec import plan.md research.md contract.md --lint  merge three documents, lint their Dockerfiles
  $ dockspec import spec.md --service api --out api.yaml    pick one of several services`,
    )
    .action(async (documents: string[], flags: ImportFlags, command: Command) => {
      const globals = command.optsWithGlobals() as { color?: boolean; quiet?: boolean };
      if (flags.format !== 'stylish' && flags.format !== 'json' && !isFindingFormat(flags.format))
        throw new InputError(
          `unknown format "${flags.format}"`,
          `use --format stylish, json, ${FINDING_FORMATS.join(', ')}`,
        );
      if (flags.out === '-' && flags.format !== 'stylish')
        throw new InputError(
          `--out - and --format ${flags.format} both write to stdout`,
          'write the contract to a file with --out FILE',
        );
      if (flags.out !== '-' && existsSync(flags.out) && !flags.force)
        throw new InputError(
          `${flags.out} already exists`,
          'pass --force to overwrite it, or --out to write elsewhere',
          {
            file: flags.out,
          },
        );
      if (flags.out !== '-' && existsSync(flags.out) && statSync(flags.out).isDirectory())
        throw new InputError(
          `--out ${flags.out} is a directory`,
          `name the file to write, e.g. --out ${flags.out.replace(/\/+$/, '')}/dockspec.yaml`,
        );
      const docs = await Promise.all(documents.map(readDocument));
      const { importDocuments } = await import('../../import/import.js');
      const outcome = await importDocuments(docs, { service: flags.service });
      let findings = outcome.findings;
      if (flags.lint) {
        const { lintImported } = await import('../../import/lint-document.js');
        findings = await lintImported(outcome);
      }
      if (flags.out === '-') emit(outcome.contractText);
      else await writeContract(flags.out, outcome.contractText);
      const { formatImportReport, importJson } = await import('../../import/report.js');
      if (isFindingFormat(flags.format)) {
        const { importFindings } = await import('../../import/findings.js');
        await emitFindings(flags.format, importFindings(findings));
      } else if (flags.format === 'json') emit(importJson(outcome, flags.out, findings));
      else if (!globals.quiet)
        say(formatImportReport(outcome, flags.out, findings, paint(useColor(globals.color, 'stderr'))));
      if (flags.lint && findings.some((f) => f.severity === 'error' || f.severity === 'warning'))
        process.exitCode = ExitCode.findings;
    });
}

/** Writing is where a mistyped --out shows up; say which path and what to do, not "internal error". */
async function writeContract(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'create its directory first, or pick another --out'
        : 'check the permissions, or pick another --out';
    throw new InputError(`cannot write ${file} (${code ?? (error as Error).message})`, hint);
  }
}

async function readDocument(file: string): Promise<{ file: string; text: string }> {
  try {
    // Comments and reports name the document as the user sees it from here: `docs/contract.md:12`.
    const shown = relative(process.cwd(), resolve(file));
    return { file: shown && !shown.startsWith('..') ? shown : file, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(error)})`,
      'pass the path of a markdown document',
      { file },
    );
  }
}
