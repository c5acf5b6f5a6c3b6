import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContractText } from '../../src/contract/load.js';
import { InputError } from '../../src/errors.js';
import { importDocumentsSync } from '../../src/import/import.js';
import { isDockerfileName, lintTextSync } from '../../src/lint/index.js';
import { malformedSpan } from '../../src/locations.js';
import { MAX_MUTANT_LENGTH, mutants } from './mutate.js';

// The fuzz harness over the three entry points that read what users write: lint (Dockerfiles),
// validate (contracts) and import (markdown documents). A case is bad when it crashes (an
// exception, or an internal-error finding), takes longer than the bound, or reports a location
// outside its input. Seeds are the project's own fixtures.

const root = path.resolve(new URL('../..', import.meta.url).pathname);

export interface FuzzProblem {
  kind: 'crash' | 'slow' | 'location';
  detail: string;
  /** The whole input (reports cut it). */
  input: string;
  ms: number;
}

export interface FuzzResult {
  target: 'lint' | 'validate' | 'import';
  cases: number;
  problems: FuzzProblem[];
  medianMs: number;
  maxMs: number;
  totalMs: number;
}

function files(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') files(full, keep, out);
    else if (e.isFile() && keep(e.name)) out.push(readFileSync(full, 'utf8'));
  }
  return out;
}

export const seeds = {
  lint: () => files(path.join(root, 'test/fixtures'), isDockerfileName).filter((t) => t.length < 20_000),
  validate: () => files(path.join(root, 'test/fixtures/contracts'), (n) => /\.ya?ml$/.test(n)),
  import: () =>
    files(path.join(root, 'test/fixtures/import'), (n) => n.endsWith('.md')).filter((t) => t.length < 50_000),
};

export type Check = (text: string) => string | undefined;

/** Each target: run the entry point; return what is wrong with its answer, if anything. */
const checks: Record<FuzzResult['target'], Check> = {
  lint: (text) => {
    const { findings } = lintTextSync(text);
    const internal = findings.find(
      (f) => f.messageId === 'internal' || /could not parse this file/.test(f.message),
    );
    if (internal) return `crash: ${internal.ruleId} ${internal.message}`;
    const lines = text.split('\n');
    for (const f of findings) {
      if (f.file !== 'Dockerfile') continue;
      const bad = malformedSpan(lines, 0, f);
      if (bad) return `location: ${f.ruleId} ${bad} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    }
    return undefined;
  },
  validate: (text) => {
    const { diagnostics } = checkContractText(text, 'dockspec.yaml');
    const lines = text.split('\n');
    for (const d of diagnostics) {
      if (/Maximum call stack|Invalid string length|Cannot read properties/.test(d.message))
        return `crash: ${d.rule} ${d.message}`;
      const bad = malformedSpan(lines, 0, d);
      if (bad) return `location: ${d.rule} ${bad} at ${d.line}:${d.column}`;
    }
    return undefined;
  },
  import: (text) => {
    try {
      importDocumentsSync([{ file: 'CONTRACT.md', text }]);
    } catch (error) {
      if (error instanceof InputError) return undefined;
      return `crash: ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error)}`;
    }
    return undefined;
  },
};

/** What is wrong with one input's answer, if anything (a replayed fixture). */
export function checkInput(target: FuzzResult['target'], text: string): string | undefined {
  try {
    return checks[target](text);
  } catch (error) {
    return `crash: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** One run of `check`, in processor time (a shared machine running other tests must not make a case slow). */
function timed(check: Check, input: string): { ms: number; detail?: string } {
  const cpu0 = process.cpuUsage();
  let detail: string | undefined;
  try {
    detail = check(input);
  } catch (error) {
    detail = `crash: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  const used = process.cpuUsage(cpu0);
  return { ms: (used.user + used.system) / 1000, detail };
}

/** Runs `count` mutated inputs through one entry point; inputs over `boundMs` count as slow. */
export function fuzz(
  target: FuzzResult['target'],
  count: number,
  seed: number,
  boundMs: number,
  corpus: string[] = seeds[target](),
  check: Check = checks[target],
  maxLength = MAX_MUTANT_LENGTH,
): FuzzResult {
  const times: number[] = [];
  const problems: FuzzProblem[] = [];
  const batch = 500;
  for (let done = 0; done < count; done += batch) {
    for (const input of mutants(corpus, Math.min(batch, count - done), seed + done, maxLength)) {
      let { ms, detail } = timed(check, input);
      // Processor time counts the whole process, garbage collection of earlier cases included: a
      // case over the bound is timed once more, and its cost is the smaller of the two.
      if (!detail && ms > boundMs) ms = Math.min(ms, timed(check, input).ms);
      times.push(ms);
      if (detail)
        problems.push({ kind: detail.startsWith('crash') ? 'crash' : 'location', detail, input, ms });
      // The time bound is for inputs up to 1 MB (lint refuses files over 8 MB, validate over 1 MB).
      else if (ms > boundMs && input.length <= 1024 * 1024)
        problems.push({ kind: 'slow', detail: `${ms.toFixed(0)} ms`, input, ms });
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    target,
    cases: times.length,
    problems,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    maxMs: sorted.at(-1) ?? 0,
    totalMs: times.reduce((a, b) => a + b, 0),
  };
}
