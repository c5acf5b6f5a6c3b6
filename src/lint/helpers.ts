import type { Command, DockerfileModel, Instruction, Range, Stage } from '../dockerfile/index.js';
import { positionalArgs } from '../dockerfile/shell-query.js';
import { expandVariables } from '../dockerfile/variables.js';
import { packageManagerOf } from '../knowledge/package-managers.js';
import { escapeRegExp } from '../regex.js';
import type { Edit } from './types.js';

// Shared helpers for rules: the final stage, the command a container starts with, and small edits.

/** Insert text at the end of a range. */
export function insertAfter(range: Range, text: string): Edit {
  return { range: { start: range.end, end: range.end }, text };
}

/**
 * `&& <text>` at the end of a RUN's script. A fix when the script is one `&&` chain ending in a
 * plain command (the appended command then runs last, after everything succeeded); otherwise, as
 * after a `;`, `||`, a trailing `$(…)` or subshell, or in a heredoc, only a suggestion.
 */
export function appendToRun(run: Instruction, text: string): { fix?: Edit; suggestion?: Edit } {
  const script = run.shell;
  if (!script) return {};
  if (script.appendAfter && run.heredocs.length === 0)
    return { fix: insertAfter(script.appendAfter.range, ` && ${text}`) };
  const last = script.commands.filter((c) => !c.nested).at(-1);
  return last && !script.error ? { suggestion: insertAfter(last.range, ` && ${text}`) } : {};
}

export function insertBefore(range: Range, text: string): Edit {
  return { range: { start: range.start, end: range.start }, text };
}

export function replace(range: Range, text: string): Edit {
  return { range, text };
}

export {
  commandsOf,
  execCommand,
  finalStage,
  lastInStage,
  type StartCommand,
  startCommands,
  unwrap,
} from './helpers/start-commands.js';

/**
 * True when a RUN mounts a cache at (or above) the directory, or a tmpfs there: either way what the
 * RUN writes there stays out of the layer. Without a directory, any cache mount counts (a tmpfs
 * elsewhere does not).
 */
export function hasCacheMount(instruction: Instruction, dir?: string): boolean {
  const types = dir === undefined ? /(^|,)type=cache(,|$)/ : /(^|,)type=(cache|tmpfs)(,|$)/;
  return instruction.flags.some(
    (f) =>
      f.name === 'mount' &&
      types.test(f.value ?? '') &&
      (dir === undefined ||
        new RegExp(`(^|,)(target|dst|destination)=${escapeRegExp(dir)}`).test(f.value ?? '')),
  );
}

/** The value of an ENV (or ARG) visible to the instruction, if any. */
export function envValue(instruction: Instruction, name: string): string | undefined {
  return instruction.scope.get(name)?.value;
}

/**
 * The value a RUN exports earlier in its own script (`export PIP_NO_CACHE_DIR=1 && pip install …`):
 * commands after it inherit the variable. (The shell model keeps commands, not declarations, so
 * the script text is read.)
 */
export function exportedBefore(
  model: DockerfileModel,
  instruction: Instruction,
  command: Command,
  name: string,
): string | undefined {
  const text = instruction.argsText;
  const re = new RegExp(`\\b(?:export|declare\\s+-x)\\s+(?:[\\w-]+(?:=\\S*)?\\s+)*${name}=(\\S*)`, 'g');
  let value: string | undefined;
  for (const m of text.matchAll(re)) {
    const at = model.argsRange(instruction, m.index, m.index + 1).start;
    const c = command.range.start;
    if (at.line > c.line || (at.line === c.line && at.column >= c.column)) break;
    value = m[1].replace(/^["']|["']$/g, '');
  }
  return value;
}

/** The user-facing name of an instruction's image stage, for messages. */
export function stageLabel(stage: Stage): string {
  return stage.rawName ?? `#${stage.index}`;
}

/** The stage and the stages it builds on (`FROM builder AS test`), the outermost first. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !chain.includes(s); s = s.baseStage) chain.unshift(s);
  return chain;
}

/** The external image a stage finally builds on (its own image unless it builds on a stage). */
export function rootImage(stage: Stage): string {
  return stageChain(stage)[0].resolvedImage;
}

/** Packages installed by the stage's RUNs and the stages it builds on (versions stripped). */
export function installedPackages(stage: Stage): Set<string> {
  const out = new Set<string>();
  for (const s of stageChain(stage)) {
    for (const instruction of s.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      for (const command of instruction.shell?.commands ?? []) {
        const m = packageManagerOf(command.name);
        if (!m?.system || !m.pin) continue;
        const [sub, ...names] = positionalArgs(command, m.valueFlags);
        if (!sub || !m.pin.subs.includes(sub.value)) continue;
        for (const n of names) out.add(n.value.split(/[=<>~]/)[0]);
      }
    }
  }
  return out;
}

/** A COPY/ADD source: its path in the build context (variables expanded) and where it is written. */
export interface CopySource {
  path: string;
  range: Range;
  glob: boolean;
}

/**
 * The context sources of a COPY/ADD (none for `--from`, heredocs, URLs and git sources, or when a
 * variable has no known value).
 */
export function copySources(instruction: Instruction): CopySource[] {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return [];
  if (instruction.flags.some((f) => f.name === 'from')) return [];
  const items = instruction.exec?.valid
    ? instruction.exec.items.map((i) => ({ value: i.value, range: i.range }))
    : instruction.args;
  const out: CopySource[] = [];
  for (const item of items.slice(0, -1)) {
    if (
      item.value.startsWith('<<') ||
      /^[a-z][a-z0-9+.-]*:\/\//i.test(item.value) ||
      item.value.startsWith('git@')
    )
      continue;
    const expanded = expandVariables(item.value, instruction.scope);
    if (expanded.undefinedNames.length > 0 || expanded.unknown) continue;
    const path = expanded.value
      .replace(/^(\.\/)+/, '')
      .replace(/^\/+/, '')
      .replace(/\/+$/, '');
    out.push({ path: path === '' ? '.' : path, range: item.range, glob: /[*?[]/.test(path) });
  }
  return out;
}

/** Go's filepath.Match, which COPY uses: `*` and `?` never cross a `/`. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        re += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Context paths (files and their parent directories) that a glob source matches. */
export function matchGlob(files: string[], pattern: string): string[] {
  const re = globToRegExp(pattern);
  const depth = pattern.split('/').length;
  const out = new Set<string>();
  for (const f of files) {
    const prefix = f.split('/').slice(0, depth).join('/');
    if (re.test(prefix)) out.add(prefix);
  }
  return [...out];
}
