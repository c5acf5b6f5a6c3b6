import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DockerfileModel, Instruction, Range, ShellScript } from '../dockerfile/index.js';
import { declaredProxyVariables } from '../knowledge/shell-quoting.js';
import { shellcheckDialect } from '../knowledge/shells.js';
import type { Severity } from './types.js';

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

/** The scripts of a Dockerfile's RUNs (ONBUILD ones included) that ShellCheck can read. */
export function shellcheckScripts(model: DockerfileModel): ShellcheckScript[] {
  const out: ShellcheckScript[] = [];
  for (const run of model.runs) {
    const script = run.shell;
    const dialect = script && shellcheckDialect(script.program ?? 'sh');
    if (!script || !dialect) continue;
    const names = new Set<string>(declaredProxyVariables);
    for (const [name, definition] of run.scope) if (definition.source !== 'base-image') names.add(name);
    const declarations = [...names].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).sort();
    const preamble = [`#!/bin/${dialect}`, ...declarations.map((n) => `export ${n}=1`)];
    out.push({ run, script, text: `${preamble.join('\n')}\n${script.text}\n`, preamble: preamble.length });
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
 * and returns its findings at their Dockerfile places. Throws when the executable cannot run.
 */
export async function runShellcheck(
  executable: string,
  scripts: ShellcheckScript[],
): Promise<ShellcheckFinding[]> {
  if (scripts.length === 0) return [];
  const dir = await mkdtemp(path.join(tmpdir(), 'dockspec-shellcheck-'));
  try {
    const files = scripts.map((_, i) => path.join(dir, `run-${i}.sh`));
    await Promise.all(scripts.map((s, i) => writeFile(files[i], s.text)));
    const args = [
      '--format=json1',
      '--severity=style',
      '--norc',
      `--exclude=${excludedCodes.join(',')}`,
      ...files,
    ];
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(executable, args, { maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
        // 1 means "found something"; anything else without output is a failure to run.
        if (error && !(typeof error.code === 'number' && error.code === 1 && out)) {
          reject(new Error(`${executable} failed: ${(err || error.message).trim().split('\n')[0]}`));
        } else resolve(out);
      });
    });
    const byFile = new Map(files.map((f, i) => [f, scripts[i]]));
    const findings: ShellcheckFinding[] = [];
    for (const c of (JSON.parse(stdout) as Json1).comments) {
      const script = byFile.get(c.file);
      if (!script) continue;
      const range = mapRange(script, c);
      if (!range) continue;
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
    await rm(dir, { recursive: true, force: true });
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
