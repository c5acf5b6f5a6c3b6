import path from 'node:path';
import type { Paint } from '../cli/output.js';
import type { Fact } from '../project/fact.js';
import type { InitResult } from './init.js';

/** A summary for people: what was found where, what was not, and what to look at. */
export function formatInitReport(r: InitResult, colors: Paint): string {
  const f = r.facts;
  const rows: [string, Fact<unknown> | undefined][] = [
    ['framework', f.framework],
    ['entrypoint', f.entrypoint],
    ['server', f.server],
    ['port', f.port],
    ['liveness', f.health.liveness],
    ['readiness', f.health.readiness],
    ['python', f.python],
    ['installer', f.installer],
    ['target', f.target],
  ];
  const lines = [
    r.written
      ? `${colors.green('wrote')} ${r.path}`
      : `${colors.bold('contract for')} ${path.dirname(r.path)}`,
  ];
  for (const [name, fact] of rows) {
    if (fact)
      lines.push(
        `  ${name.padEnd(11)} ${String(fact.value).padEnd(28)} ${colors.dim(`${fact.file}:${fact.line}`)}`,
      );
  }
  if (f.secrets.length) lines.push(`  ${'secrets'.padEnd(11)} ${f.secrets.map((s) => s.value).join(', ')}`);
  for (const u of r.undetected) lines.push(`  ${colors.yellow('not found')} ${u}`);
  for (const w of r.warnings) lines.push(`  ${colors.yellow('warning')}   ${w}`);
  if (r.written)
    lines.push(colors.dim(`  next: review ${path.basename(r.path)}, then run dockspec validate`));
  return lines.join('\n');
}

export function initJson(r: InitResult): string {
  return JSON.stringify(
    {
      path: r.path,
      written: r.written,
      contract: r.contractText,
      undetected: r.undetected,
      warnings: r.warnings,
      facts: r.facts,
    },
    null,
    2,
  );
}
