import { paint } from '../cli/output.js';
import type { ContextChoice, Edit, Finding, Severity } from '../lint/types.js';
import type { Reporter } from './types.js';

const label: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

/** Findings grouped by file, each with its source line and a caret under the column. */
export const stylish: Reporter = (result, options) => {
  const p = paint(options.color ?? false);
  const colour: Record<Severity, (s: string) => string> = {
    error: p.red,
    warning: p.yellow,
    info: p.cyan,
    style: p.dim,
  };
  const contexts = new Map(result.files.map((f) => [f.file, f.context]));
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    const note = contextNote(contexts.get(file));
    out.push(note ? `${p.bold(file)}  ${p.dim(`(${note})`)}` : p.bold(file));
    const lines = options.source?.(file)?.split(/\r?\n/);
    for (const f of findings) {
      const alias = f.aliases.length ? p.dim(` (${f.aliases.join(', ')})`) : '';
      const fixable = f.fix ? p.dim(' [fixable]') : f.suggestion ? p.dim(' [suggestion]') : '';
      out.push(
        `  ${p.dim(`${f.line}:${f.column}`)}  ${colour[f.severity](label[f.severity])}  ${f.message}  ${p.dim(`${f.ruleId} ${f.rule}`)}${alias}${fixable}`,
      );
      const src = lines?.[f.line - 1];
      if (src !== undefined && src.trim() !== '') {
        const shown = src.replace(/\t/g, ' ');
        out.push(`    ${p.dim('|')} ${shown}`);
        const width =
          f.endLine === f.line
            ? Math.max(1, f.endColumn - f.column)
            : Math.max(1, shown.length - f.column + 1);
        out.push(
          `    ${p.dim('|')} ${' '.repeat(Math.max(0, f.column - 1))}${colour[f.severity]('^'.repeat(Math.min(width, 120)))}`,
        );
      }
      const suggested = f.suggestion && lines ? suggestedLine(lines, f.suggestion.edits) : undefined;
      if (suggested !== undefined)
        out.push(`    ${p.dim('suggestion, not applied by --fix:')} ${suggested.trim()}`);
    }
    out.push('');
  }
  const { error, warning, info, style } = result.counts;
  const total = result.findings.length;
  const fixable = result.findings.filter((f) => f.fix).length;
  if (total === 0) {
    out.push(
      p.green(`✓ ${result.files.length} file${result.files.length === 1 ? '' : 's'} linted, no problems`),
    );
  } else {
    const parts = [
      `${error} error${error === 1 ? '' : 's'}`,
      `${warning} warning${warning === 1 ? '' : 's'}`,
    ];
    if (info) parts.push(`${info} info`);
    if (style) parts.push(`${style} style`);
    out.push(
      `${result.failed ? p.red('✖') : p.yellow('!')} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`,
    );
    if (fixable) out.push(p.dim(`  ${fixable} fixable with --fix`));
  }
  return `${out.join('\n')}\n`;
};

/** The line as a suggestion would leave it, when all its edits fall on one line. */
function suggestedLine(lines: string[], edits: Edit[]): string | undefined {
  const line = edits[0]?.range.start.line;
  if (line === undefined || edits.some((e) => e.range.start.line !== line || e.range.end.line !== line))
    return undefined;
  let text = lines[line - 1];
  if (text === undefined) return undefined;
  for (const e of [...edits].sort((a, b) => b.range.start.column - a.range.start.column))
    text = text.slice(0, e.range.start.column - 1) + e.text + text.slice(e.range.end.column - 1);
  return text;
}

/** How a report names the context when it is not the Dockerfile's own folder. */
function contextNote(choice: ContextChoice | undefined): string | undefined {
  switch (choice?.how) {
    case undefined:
    case 'dockerfile-folder':
      return undefined;
    case 'flag':
      return `build context ${choice.dir} (--context)`;
    case 'repository-root':
      return `build context ${choice.dir} (the repository root, where its COPY sources are)`;
    case 'parent-folder':
      return `build context ${choice.dir} (where its COPY sources are)`;
    case 'none':
      return 'no build context: COPY sources and .dockerignore not checked';
  }
}
