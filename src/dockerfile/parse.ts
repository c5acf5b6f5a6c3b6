import * as ast from 'dockerfile-ast';
import { isPosixShell, programName, shebangProgram } from '../knowledge/shells.js';
import { parseImageRef } from './image-ref.js';
import {
  type AnalysisLimit,
  bracketsTooDeep,
  MAX_PROPERTY_WORDS,
  readsProperties,
  ShellBudget,
} from './limits.js';
import type {
  Arg,
  Comment,
  DockerfileModel,
  ExecForm,
  Flag,
  Heredoc,
  Instruction,
  ParseProblem,
  RunCommand,
  Stage,
} from './model.js';
import { LineIndex, type Range } from './position.js';
import { MAX_SHELL_NESTING, type MappedText, parseShell, type ShellScript } from './shell.js';
import {
  automaticArgs,
  expandVariables,
  MAX_EXPANDED_LENGTH,
  MAX_EXPANSION_DEPTH,
  type Scope,
  type VariableDefinition,
} from './variables.js';

export interface ParseOptions {
  /** The file name findings carry (default `Dockerfile`). */
  file?: string;
  /** Added to every line number: for a Dockerfile embedded in another document. */
  lineOffset?: number;
}

const knownKeywords = new Set([
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
]);
const commandKeywords = new Set([
  'RUN',
  'CMD',
  'ENTRYPOINT',
  'SHELL',
  'HEALTHCHECK',
  'COPY',
  'ADD',
  'VOLUME',
]);

// dockerfile-ast recomputes an instruction's arguments on every call, and its own constructors and
// getters call it several times per instruction (a fifth of lint time). Instructions never change
// after parsing, so each one remembers its arguments; callers get a copy of the list.
type RawArguments = { getRawArguments(): ast.Argument[]; dockspecRawArguments?: ast.Argument[] };
const instructionPrototype = ast.Instruction.prototype as unknown as RawArguments;
const computeRawArguments = instructionPrototype.getRawArguments;
instructionPrototype.getRawArguments = function (this: RawArguments) {
  this.dockspecRawArguments ??= computeRawArguments.call(this);
  return this.dockspecRawArguments.slice();
};

type AstRange = { start: { line: number; character: number }; end: { line: number; character: number } };

/**
 * Parses a Dockerfile into the model every rule reads. Synchronous; call `await initShellParser()`
 * once before. Never throws on bad input: what BuildKit would refuse is listed in `problems`.
 */
export function parseDockerfile(source: string, options: ParseOptions = {}): DockerfileModel {
  // A lone carriage return ends a line for dockerfile-ast but not for Docker (or for positions
  // here), so every range after one pointed at the wrong line. Docker trims it as white space; so
  // does this, one character for one, which keeps every offset.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, ' ') : source;
  const lines = new LineIndex(text, options.lineOffset ?? 0);
  const doc = ast.DockerfileParser.parse(text);
  const escapeChar = doc.getEscapeCharacter();
  const toRange = (r: AstRange): Range => ({
    start: lines.positionOfAst(r.start),
    end: lines.positionOfAst(r.end),
  });
  const problems: ParseProblem[] = [];

  const comments: Comment[] = doc.getComments().map((c) => {
    const range = toRange(c.getRange());
    return { text: c.getContent().trim(), line: range.start.line, range };
  });
  const directives = doc.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    range: toRange(d.getRange()),
  }));
  // A directive line is a comment too (`# hadolint global ignore=…` on line 1 parses as a directive).
  for (const d of directives) {
    const text = lines.lineText(d.range.start.line).replace(/^\s*#/, '').trim();
    comments.unshift({ text, line: d.range.start.line, range: d.range });
  }

  const limits: AnalysisLimit[] = [];
  const builder = new InstructionBuilder(text, lines, escapeChar, toRange, problems, limits);
  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  const globalArgs: Instruction[] = [];
  const runs: Instruction[] = [];
  let globalScope: Scope = new Map(
    automaticArgs.map((name) => [name, { name, source: 'automatic' as const }]),
  );
  let scope: Scope = globalScope;
  let stage: Stage | undefined;
  let shellProgram = 'sh';
  // `# hadolint shell=powershell` sets the shell from there on, as SHELL does (before the first FROM:
  // for every stage), for images whose SHELL comes from their base.
  const shellPragmas = comments
    .map((c) => ({ line: c.line, shell: /^hadolint\s+shell\s*=\s*(\S+)/i.exec(c.text)?.[1] }))
    .filter((p): p is { line: number; shell: string } => p.shell !== undefined)
    .sort((a, b) => a.line - b.line);
  let defaultShell = 'sh';
  // A fragment with no FROM at all (a snippet in a README, a test case) is read as one stage with an
  // unknown base, so the advice about its instructions still applies; first-instruction-from
  // reports the missing FROM. A file with a FROM somewhere is read as Docker reads it.
  const nodes = doc.getInstructions();
  const fragment = !nodes.some((n) => n.getKeyword().toUpperCase() === 'FROM');

  for (const node of nodes) {
    while (shellPragmas.length > 0 && shellPragmas[0].line < toRange(node.getRange()).start.line) {
      shellProgram = programName(shellPragmas.shift()!.shell);
      if (stages.length === 0) defaultShell = shellProgram;
    }
    const instruction = builder.build(node, instructions.length, scope, shellProgram, false);
    instructions.push(instruction);
    if (fragment && !stage && instruction.keyword !== 'ARG') {
      stage = implicitStage(instruction);
      stages.push(stage);
      scope = new Map([...globalScope, ...stageStartScope(stage)]);
    }
    if (instruction.keyword === 'FROM') {
      stage = buildStage(node as ast.From, instruction, stages, globalScope, toRange);
      stages.push(stage);
      instruction.stage = stage;
      scope = stageStartScope(stage);
      shellProgram = stage.baseStage ? shellProgram : defaultShell;
      continue;
    }
    instruction.stage = stage;
    if (stage) stage.instructions.push(instruction);
    else if (instruction.keyword === 'ARG') globalArgs.push(instruction);
    if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
      scope = applyDefinitions(node, instruction, scope, stage ? globalScope : undefined, escapeChar, limits);
      if (!stage) globalScope = scope;
    }
    if (instruction.keyword === 'SHELL' && instruction.exec?.valid && instruction.exec.items[0]) {
      const program = instruction.exec.items[0].value;
      shellProgram = program.slice(program.lastIndexOf('/') + 1);
    }
    if (instruction.keyword === 'ONBUILD' && node instanceof ast.Onbuild) {
      const inner = node.getTriggerInstruction();
      if (inner) {
        instruction.trigger = builder.build(inner, instruction.index, scope, shellProgram, true);
        instruction.trigger.stage = stage;
      }
    }
    const run = instruction.keyword === 'RUN' ? instruction : instruction.trigger;
    if (run?.keyword === 'RUN') runs.push(run);
  }

  for (const instruction of instructions) {
    if (!knownKeywords.has(instruction.keyword)) {
      problems.push({
        message: `unknown instruction: ${instruction.rawKeyword}`,
        range: instruction.keywordRange,
      });
    }
  }

  const runCommands: RunCommand[] = [];
  for (const run of runs)
    for (const command of run.shell?.commands ?? []) runCommands.push({ command, instruction: run });

  return {
    file: options.file ?? 'Dockerfile',
    text,
    escapeChar,
    directives,
    instructions,
    stages,
    globalArgs,
    globalScope,
    comments,
    problems,
    limits,
    runs,
    runCommands,
    lineOffset: options.lineOffset ?? 0,
    lineText: (line) => lines.lineText(line),
    rangeAt: (start, end) => lines.range(start, end),
    argsRange: (instruction, start, end) => {
      const map = instruction.argsMap;
      if (map.length === 0) return instruction.range;
      const s = map[Math.max(0, Math.min(start, map.length - 1))];
      const e = end > start ? map[Math.min(end - 1, map.length - 1)] + 1 : s;
      return lines.range(s, e);
    },
  };
}

function buildStage(
  node: ast.From,
  instruction: Instruction,
  stages: Stage[],
  globalScope: Scope,
  toRange: (r: AstRange) => Range,
): Stage {
  const args = instruction.args;
  const image = args[0]?.value ?? '';
  const expanded = expandVariables(image, globalScope);
  const asIndex = args.findIndex((a, i) => i > 0 && a.value.toLowerCase() === 'as');
  const nameArg = asIndex !== -1 ? args[asIndex + 1] : undefined;
  const platform = instruction.flags.find((f) => f.name === 'platform')?.value;
  const lower = expanded.value.toLowerCase();
  const baseStage = stages.find((s) => s.name !== undefined && s.name === lower);
  void node;
  void toRange;
  return {
    index: stages.length,
    name: nameArg?.value.toLowerCase(),
    rawName: nameArg?.value,
    nameRange: nameArg?.range,
    from: instruction,
    image,
    resolvedImage: expanded.value,
    imageUnknown: expanded.undefinedNames.length > 0 || expanded.unknown,
    imageRange: args[0]?.range,
    platform,
    baseStage,
    instructions: [],
  };
}

/** The stage of a fragment: it starts at its first instruction, from an unknown image. */
function implicitStage(first: Instruction): Stage {
  return {
    index: 0,
    from: first,
    image: '',
    resolvedImage: '',
    imageUnknown: true,
    implicit: true,
    instructions: [],
  };
}

/** ENV carries over from a parent stage; ARGs never do (they must be declared again). */
function stageStartScope(stage: Stage): Scope {
  const scope = new Map<string, VariableDefinition>();
  scope.set('PATH', {
    name: 'PATH',
    value: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    source: 'base-image',
  });
  if (stage.baseStage) for (const [name, def] of stageEndEnv(stage.baseStage)) scope.set(name, def);
  return scope;
}

/**
 * The environment a stage's image carries: every ENV of the stage (and of the stages it builds
 * on), wherever it stands, so an ENV written after CMD counts, as it does for the container. ARGs
 * are left out: they never reach the image's configuration.
 */
export function stageEndEnv(stage: Stage): Scope {
  const scope = new Map<string, VariableDefinition>();
  const last = stage.instructions.at(-1) ?? stage.from;
  for (const [name, def] of last.scope)
    if (def.source !== 'arg' && def.source !== 'automatic') scope.set(name, def);
  // The last instruction's own ENV has not been applied to its `scope`; apply it.
  if (last.keyword === 'ENV') for (const [name, def] of envDefinitions(last)) scope.set(name, def);
  return scope;
}

function envDefinitions(instruction: Instruction): [string, VariableDefinition][] {
  // Only used for a stage's trailing ENV; the common path goes through applyDefinitions.
  const line = instruction.range.start.line;
  const [first, ...rest] = instruction.args.map((a) => a.value);
  // The legacy form, `ENV NAME value words`, sets one variable to the rest of the line.
  if (first !== undefined && !first.includes('='))
    return [[first, { name: first, value: rest.join(' '), source: 'env', line }]];
  return instruction.args
    .map((a) => a.value.split('='))
    .filter((p) => p.length > 1)
    .map(([name, ...v]) => [name, { name, value: v.join('='), source: 'env', line }]);
}

function applyDefinitions(
  node: ast.Instruction,
  instruction: Instruction,
  scope: Scope,
  globalScope: Scope | undefined,
  escapeChar: string,
  limits: AnalysisLimit[],
): Scope {
  if (!(node instanceof ast.PropertyInstruction)) return scope;
  if (!readsProperties(instruction)) {
    limits.push({
      message: `this ${instruction.keyword} has ${instruction.args.length} words, past the ${MAX_PROPERTY_WORDS} read: its variables are not followed`,
      range: instruction.keywordRange,
    });
    return scope;
  }
  // One copy of the scope per instruction (an ENV of thousands of words copied it once per word).
  const next = new Map(scope);
  // A value past the expansion limits is unknown, as a build argument's is, and the limit is reported.
  const expand = (text: string) => {
    const e = expandVariables(text, scope, escapeChar);
    if (!e.limited) return e.value;
    limits.push({
      message: `this value expands past ${MAX_EXPANSION_DEPTH} nested \${…} levels or ${MAX_EXPANDED_LENGTH / 1024} KB: its value is not followed`,
      range: instruction.range,
    });
    return undefined;
  };
  const line = instruction.range.start.line;
  for (const property of node.getProperties()) {
    const name = property.getName();
    if (!name) continue;
    const raw = property.getValue();
    if (instruction.keyword === 'ARG') {
      if (raw === null) {
        const inherited = globalScope?.get(name);
        next.set(name, {
          name,
          value: inherited?.value,
          source: inherited?.source === 'automatic' ? 'automatic' : 'arg',
          line,
        });
      } else {
        // An ARG default sees the variables before the ARG instruction.
        const value = expand(property.getUnescapedValue() ?? raw);
        next.set(name, { name, value, source: 'arg', line });
      }
    } else {
      // ENV k1=v1 k2=$k1 reads k1's value from before the instruction, as BuildKit does.
      const value = expand(property.getUnescapedValue() ?? raw ?? '');
      next.set(name, { name, value, source: 'env', line });
    }
  }
  return next;
}

/**
 * A word of an instruction, its range worked out when first read: most never are, and an
 * instruction of hundreds of thousands of words made millions of position objects.
 */
class AstArg implements Arg {
  readonly value: string;
  private where?: Range;

  constructor(
    private readonly arg: ast.Argument,
    private readonly toRange: (r: AstRange) => Range,
  ) {
    this.value = arg.getValue();
  }

  get range(): Range {
    this.where ??= this.toRange(this.arg.getRange());
    return this.where;
  }
}

class InstructionBuilder {
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly escapeChar: string,
    private readonly toRange: (r: AstRange) => Range,
    private readonly problems: ParseProblem[],
    private readonly limits: AnalysisLimit[],
  ) {
    this.shellBudget = new ShellBudget(limits);
  }

  private readonly shellBudget: ShellBudget;

  /** Parses a command as shell within the file's budget, and reports nesting past the limit. */
  private shell(command: MappedText, range: Range, program: string): ShellScript | undefined {
    if (!this.shellBudget.take(command.text.length, range)) return undefined;
    const deep = bracketsTooDeep(command.text, MAX_SHELL_NESTING);
    if (deep !== -1) {
      const at = command.map[deep];
      this.limits.push({
        message: `\`[\` nests deeper than ${MAX_SHELL_NESTING} here: this command is not analysed`,
        range: this.lines.range(at, at + 1),
      });
      return undefined;
    }
    const script = parseShell(command, this.lines);
    script.program = program;
    if (script.tooDeep)
      this.limits.push({
        message: `substitutions or subshells nest deeper than ${MAX_SHELL_NESTING} here: the commands inside are not analysed`,
        range: script.tooDeep,
      });
    return script;
  }

  build(
    node: ast.Instruction,
    index: number,
    scope: Scope,
    shellProgram: string,
    onbuild: boolean,
  ): Instruction {
    const astRange = node.getRange();
    const range = this.toRange(astRange);
    const keywordRange = this.toRange(node.getInstructionRange());
    const flags: Flag[] =
      node instanceof ast.ModifiableInstruction
        ? node.getFlags().map((f) => ({
            name: f.getName(),
            value: f.getValue() ?? undefined,
            range: this.toRange(f.getRange()),
            valueRange: f.getValueRange() ? this.toRange(f.getValueRange()!) : undefined,
          }))
        : [];
    const astArgs = node.getArguments();
    const args: Arg[] = astArgs.map((a) => new AstArg(a, this.toRange));
    const keyword = node.getKeyword().toUpperCase();
    const heredocs = this.heredocs(node);
    const endOffset = this.lines.offsetOfAst(astRange.end);
    const argsStart = astArgs[0] ? this.lines.offsetOfAst(astArgs[0].getRange().start) : undefined;
    const instruction: Instruction = {
      index,
      keyword,
      rawKeyword: node.getInstruction(),
      range,
      keywordRange,
      flags,
      args,
      argsText: '',
      argsMap: [],
      argsRange: argsStart !== undefined ? this.lines.range(argsStart, endOffset) : undefined,
      form: 'none',
      heredocs,
      onbuild,
      scope,
    };
    if (argsStart === undefined) return instruction;
    const heredocStart = heredocs.length > 0 ? this.firstHeredocBodyOffset(node) : undefined;
    const mapped = this.extract(argsStart, endOffset, heredocStart);
    instruction.argsText = mapped.text;
    instruction.argsMap = mapped.map;
    if (!commandKeywords.has(keyword)) return instruction;

    let command = mapped;
    if (keyword === 'HEALTHCHECK') {
      const m = /^\s*(\S+)\s*/.exec(mapped.text);
      if (m?.[1].toUpperCase() !== 'CMD') return instruction;
      command = { text: mapped.text.slice(m[0].length), map: mapped.map.slice(m[0].length) };
    }
    const trimmed = command.text.trimStart();
    if (trimmed.startsWith('[')) {
      instruction.exec = this.execForm(command);
      instruction.form = instruction.exec.valid ? 'exec' : 'shell';
    } else {
      instruction.form = 'shell';
    }
    const shellInstruction =
      keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT' || keyword === 'HEALTHCHECK';
    if (!shellInstruction || instruction.form !== 'shell' || !isPosixShell(shellProgram)) return instruction;
    if (keyword === 'RUN' && heredocs.length > 0 && heredocStart !== undefined) {
      const firstLine = command.text.slice(
        0,
        command.text.indexOf('\n') === -1 ? undefined : command.text.indexOf('\n'),
      );
      const scriptOnly = firstLine.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, '').trim() === '';
      if (scriptOnly) {
        const body = heredocs[0];
        // A script for another interpreter (`#!/usr/bin/env python3`) is not shell.
        const interpreter = shebangProgram(body.body);
        if (!body.bodyRange || (interpreter !== undefined && !isPosixShell(interpreter))) return instruction;
        const start = this.lines.offset(body.bodyRange.start);
        const map: number[] = [];
        for (let i = 0; i <= body.body.length; i++) map.push(start + i);
        instruction.shell = this.shell(
          { text: body.body, map },
          instruction.keywordRange,
          interpreter ?? shellProgram,
        );
        return instruction;
      }
    }
    instruction.shell = this.shell(command, instruction.keywordRange, shellProgram);
    return instruction;
  }

  private heredocs(node: ast.Instruction): Heredoc[] {
    const getHeredocs = (node as unknown as { getHeredocs?: () => ast.Heredoc[] }).getHeredocs;
    if (typeof getHeredocs !== 'function') return [];
    let found: ast.Heredoc[];
    try {
      found = getHeredocs.call(node);
    } catch {
      // dockerfile-ast 0.7 throws on some malformed lines (`X \` then `\ c`): no heredoc there.
      found = [];
    }
    return found.map((h) => {
      const content = h.getContentRange();
      const terminated = h.getDelimiterRange() !== null;
      const bodyRange = content ? this.toRange(content) : undefined;
      let body = content
        ? this.text.slice(this.lines.offsetOfAst(content.start), this.lines.offsetOfAst(content.end))
        : '';
      if (body && !body.endsWith('\n')) body += '\n';
      if (!terminated) {
        this.problems.push({
          message: `heredoc <<${h.getName()} is never closed: add a line with only "${h.getName()}"`,
          range: this.toRange(h.getStartRange()),
        });
      }
      return { name: h.getName(), body, bodyRange, terminated };
    });
  }

  private firstHeredocBodyOffset(node: ast.Instruction): number | undefined {
    const first = (node as unknown as { getHeredocs: () => ast.Heredoc[] }).getHeredocs()[0];
    const start = first?.getStartRange();
    if (!start) return undefined;
    // Everything after the line that opens the heredoc is copied verbatim.
    const open = this.lines.offsetOfAst(start.end);
    const newline = this.text.indexOf('\n', open);
    return newline === -1 ? undefined : newline;
  }

  /**
   * Cuts [start, end) out of the Dockerfile as the builder sees it: a line continuation (escape
   * char, then newline) joins lines, and comment or empty lines inside a continuation are dropped.
   */
  private extract(start: number, end: number, verbatimFrom?: number): MappedText {
    const text = this.text;
    const escapeChar = this.escapeChar;
    let out = '';
    const map: number[] = [];
    let i = start;
    while (i < end) {
      if (verbatimFrom !== undefined && i >= verbatimFrom) {
        out += text.slice(i, end);
        for (let j = i; j < end; j++) map.push(j);
        i = end;
        break;
      }
      // Copy the run up to the next escape character (or the verbatim part) in one piece: most
      // instructions have none, and adding a character at a time was a tenth of parsing.
      let stop = text.indexOf(escapeChar, i);
      if (stop === -1 || stop > end) stop = end;
      if (verbatimFrom !== undefined && verbatimFrom > i && verbatimFrom < stop) stop = verbatimFrom;
      if (stop > i) {
        out += text.slice(i, stop);
        for (let j = i; j < stop; j++) map.push(j);
        i = stop;
        continue;
      }
      const ch = text[i];
      if (ch === escapeChar) {
        let j = i + 1;
        while (j < end && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
        if (j < end && text[j] === '\n') {
          i = j + 1;
          // Skip comment lines and empty lines inside a continuation, as the builder does.
          for (;;) {
            let k = i;
            while (k < end && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
            if (k < end && text[k] === '#') {
              const nl = text.indexOf('\n', k);
              if (nl === -1 || nl >= end) {
                i = end;
                break;
              }
              i = nl + 1;
            } else if (k < end && text[k] === '\n') {
              i = k + 1;
            } else break;
          }
          continue;
        }
        if (j >= end) {
          i = end;
          continue;
        }
      }
      out += ch;
      map.push(i);
      i++;
    }
    map.push(i);
    return { text: out, map };
  }

  private execForm(command: MappedText): ExecForm {
    const lead = command.text.length - command.text.trimStart().length;
    const body = command.text.trim();
    const endIndex = lead + body.length;
    const range = this.lines.range(command.map[lead], (command.map[endIndex - 1] ?? command.map[lead]) + 1);
    let parsed: unknown;
    let error: string | undefined;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (error === undefined && !(Array.isArray(parsed) && parsed.every((v) => typeof v === 'string'))) {
      error = 'not an array of strings';
    }
    if (error !== undefined) return { valid: false, items: [], range, error };
    const items: ExecForm['items'] = [];
    const re = /"(?:[^"\\]|\\.)*"/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const s = lead + m.index;
      const e = s + m[0].length;
      items.push({
        value: JSON.parse(m[0]) as string,
        range: this.lines.range(command.map[s], command.map[e - 1] + 1),
      });
    }
    return { valid: true, items, range };
  }
}

export { parseImageRef };
