import type * as ChildProcess from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type DockerfileModel,
  type Instruction,
  type Position,
  type Range,
  type ShellScript,
  withInlineScripts,
} from '../dockerfile/index.js';
import { InputError } from '../errors.js';
import { shellcheckDialect } from '../knowledge/shells.js';
import { declaredVariables } from './helpers/shell-quoting.js';
import { defineRule, type Finding, type Rule, type Severity } from './types.js';

// Running the `shellcheck` executable over a Dockerfile's RUN scripts, as hadolint runs its
// ShellCheck library: one script per RUN, the stage's shell as its shebang, the ARG and ENV names
// in scope declared first, findings mapped back to the Dockerfile.

/** The script ShellCheck reads for one RUN, and how its lines map back. */
export interface ShellcheckScript {
  run: Instruction;
  script: ShellScript;
  /** Shebang, declarations, then the RUN's script. */
  text: string;
  /** Lines before the RUN's script begins. */
  preamble: number;
}

/** One ShellCheck finding at its Dockerfile place. */
export interface ShellcheckFinding {
  /** `SC2086`. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  run: Instruction;
}

/**
 * Codes hadolint leaves out: SC2187 (ash is not fully supported) and SC1090/SC1091 (a `source`
 * ShellCheck cannot follow, which a Dockerfile has no directive for).
 */
export const excludedCodes: readonly number[] = [2187, 1090, 1091];

/** The scripts of a Dockerfile's RUNs (ONBUILD ones included) and their `sh -c` strings that ShellCheck can read. */
export function shellcheckScripts(model: DockerfileModel): ShellcheckScript[] {
  const out: ShellcheckScript[] = [];
  for (const run of model.runs) {
    if (!run.shell) continue;
    const declarations = [...declaredVariables(run)].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).sort();
    // The RUN's script, and each `sh -c '…'` string in it as a script of its own.
    for (const { script } of withInlineScripts(run.shell)) {
      const dialect = shellcheckDialect(script.program ?? 'sh');
      if (!dialect) continue;
      const preamble = [`#!/bin/${dialect}`, ...declarations.map((n) => `export ${n}=1`)];
      out.push({ run, script, text: `${preamble.join('\n')}\n${script.text}\n`, preamble: preamble.length });
    }
  }
  return out;
}

interface Json1 {
  comments: {
    file: string;
    line: number;
    endLine: number;
    column: number;
    endColumn: number;
    level: string;
    code: number;
    message: string;
  }[];
}

const levels: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

/**
 * Runs `shellcheck` once over every script (one file each in a temporary folder, removed after)
 * and returns its findings at their Dockerfile places. Synchronous, as lint is once the shell
 * parser is loaded. Throws when the executable cannot run or answers with something else than
 * its JSON.
 */
export function runShellcheck(executable: string, scripts: ShellcheckScript[]): ShellcheckFinding[] {
  if (scripts.length === 0) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-shellcheck-'));
  try {
    const files = scripts.map((_, i) => path.join(dir, `run-${i}.sh`));
    for (const [i, s] of scripts.entries()) writeFileSync(files[i], s.text);
    const args = [
      '--format=json1',
      '--severity=style',
      '--norc',
      `--exclude=${excludedCodes.join(',')}`,
      ...files,
    ];
    const run = childProcess().spawnSync(executable, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // 0: nothing found, 1: findings; anything else is a failure to run.
    if (run.error || (run.status !== 0 && run.status !== 1)) {
      const why = run.error?.message ?? run.stderr.trim().split('\n')[0] ?? `exit status ${run.status}`;
      throw new Error(`${executable} failed: ${why}`);
    }
    const byFile = new Map(files.map((f, i) => [f, scripts[i]]));
    const findings: ShellcheckFinding[] = [];
    let answer: Json1;
    try {
      answer = JSON.parse(run.stdout) as Json1;
    } catch {
      const said = run.stderr.trim().split('\n')[0];
      throw new Error(
        `${executable} printed no ShellCheck JSON (exit status ${run.status}${said ? `: ${said}` : ''})`,
      );
    }
    for (const c of answer.comments ?? []) {
      const script = byFile.get(c.file);
      const range = script && mapRange(script, c);
      if (!script || !range) continue;
      findings.push({
        code: `SC${c.code}`,
        severity: levels[c.level] ?? 'warning',
        message: c.message,
        range,
        run: script.run,
      });
    }
    return findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Dockerfile range of a finding's line:column span in the script, past the preamble. */
function mapRange(
  script: ShellcheckScript,
  c: { line: number; column: number; endLine: number; endColumn: number },
): Range | undefined {
  const text = script.script.text;
  const offset = (line: number, column: number): number | undefined => {
    const target = line - script.preamble;
    if (target < 1) return undefined;
    let at = 0;
    for (let l = 1; l < target; l++) {
      const next = text.indexOf('\n', at);
      if (next === -1) return text.length;
      at = next + 1;
    }
    return Math.min(at + column - 1, text.length);
  };
  const start = offset(c.line, c.column);
  if (start === undefined) return undefined;
  const end = Math.max(start, offset(c.endLine, c.endColumn) ?? start);
  return script.script.rangeOf(start, end);
}

/**
 * The executable's findings as rules the engine runs like its own, one per SC code, so pragmas
 * (`# hadolint ignore=SC2086`), `.hadolint.yaml` `ignored` and severity overrides name them by code.
 */
export function shellcheckRules(findings: ShellcheckFinding[]): Rule[] {
  const byCode = new Map<string, ShellcheckFinding[]>();
  for (const f of findings) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  return [...byCode].map(([code, list]) =>
    defineRule({
      id: code,
      name: 'shellcheck',
      severity: list[0].severity,
      description: `ShellCheck ${code}`,
      messages: { shellcheck: '{{message}}' },
      check({ report }) {
        for (const f of list)
          report({ messageId: 'shellcheck', data: { message: f.message }, range: f.range });
      },
    }),
  );
}

/**
 * Lints a model's RUN scripts with the executable and merges its findings into the native ones:
 * where it checked a RUN, its SC findings replace those of the native checks carrying the same
 * codes as aliases. When it fails, the native findings stay and a not-analysed note says why.
 */
export function withShellcheck(
  model: DockerfileModel,
  native: Finding[],
  executable: string,
  run: (rules: Rule[]) => Finding[],
): Finding[] {
  const scripts = shellcheckScripts(model);
  if (scripts.length === 0) return native;
  let found: ShellcheckFinding[];
  try {
    found = runShellcheck(executable, scripts);
  } catch (error) {
    const note = run([shellcheckFailed(error instanceof Error ? error.message : String(error))]);
    return [...native, ...note];
  }
  const checked = scripts.map((s) => s.run.range);
  const order = (a: Position, b: Position) => a.line - b.line || a.column - b.column;
  const inChecked = (f: Finding) => checked.some((r) => order(r.start, f) <= 0 && order(f, r.end) <= 0);
  const kept = native.filter((f) => !(f.aliases.some((a) => a.startsWith('SC')) && inChecked(f)));
  return [...kept, ...run(shellcheckRules(found))];
}

const shellcheckFailed = (why: string): Rule =>
  defineRule({
    id: 'DS1047',
    name: 'not-analysed',
    severity: 'info',
    description: 'shellcheck could not run',
    messages: {
      failed: 'shellcheck could not check this file ({{why}}); dockspec ran its own SC checks instead',
    },
    check({ model, report }) {
      const at = model.runs[0]?.range ?? model.rangeAt(0, 0);
      report({ messageId: 'failed', data: { why }, range: { start: at.start, end: at.start } });
    },
  });

// Loaded at the first run of an executable: child_process costs a one-file lint without one ~3 ms.
let loaded: typeof ChildProcess | undefined;
const childProcess = () => {
  loaded ??= createRequire(import.meta.url)('node:child_process') as typeof ChildProcess;
  return loaded;
};

/** Values of DOCKSPEC_SHELLCHECK that turn the executable off. */
const offValues = new Set(['off', '0', 'false', 'no', 'none']);

/**
 * The `shellcheck` executable lint runs: `--shellcheck PATH` (or `--no-shellcheck`), else
 * DOCKSPEC_SHELLCHECK (a path, or `off`), else `shellcheck` on PATH. Undefined means the native
 * checks only. A path that is named but cannot run is the user's error: thrown with what to do.
 */
export function resolveShellcheck(
  flag: string | false | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (flag === false) return undefined;
  const named = flag ?? env.DOCKSPEC_SHELLCHECK;
  if (named !== undefined && offValues.has(named.trim().toLowerCase())) return undefined;
  if (named === undefined || named.trim() === '') return onPath('shellcheck', env.PATH ?? '');
  const where = flag !== undefined ? `--shellcheck ${flag}` : `DOCKSPEC_SHELLCHECK=${named}`;
  const check = childProcess().spawnSync(named, ['--version'], { encoding: 'utf8' });
  if (check.error || check.status !== 0 || !/shellcheck/i.test(check.stdout)) {
    throw new InputError(
      `${where}: not a shellcheck executable (${check.error ? check.error.message : `it printed no ShellCheck version`})`,
      'Point it at ShellCheck (Debian and Ubuntu: apt install shellcheck; Alpine: apk add shellcheck; macOS: brew install shellcheck), or pass --no-shellcheck for dockspec’s own SC checks.',
    );
  }
  return named;
}

function onPath(program: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}
