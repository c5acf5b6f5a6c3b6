import { formatDuration, formatSize } from '../contract/units.js';
import type { VerifyReport } from '../verify/verify.js';
import { countStatuses, statusMark } from './verify-summary.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const COLORS = { pass: '#1a7f37', fail: '#cf222e', skip: '#8c959f', error: '#bf8700' } as const;

/** A horizontal bar per layer that added bytes, in Dockerfile order (inline SVG, no script). */
export function layerChart(layers: VerifyReport['layers']): string {
  const rows = layers.filter((l) => l.size > 0);
  if (rows.length === 0) return '<p>No layer sizes (the image was not inspected).</p>';
  const max = Math.max(...rows.map((l) => l.size));
  const barW = 420;
  const rowH = 22;
  const height = rows.length * rowH + 8;
  const bars = rows.map((l, i) => {
    const w = Math.max(1, Math.round((l.size / max) * barW));
    const y = i * rowH + 4;
    const label = l.createdBy.replace(/^\/bin\/sh -c (#\(nop\) )?/, '').slice(0, 70);
    return `<g class="layer"><title>${esc(l.createdBy)}</title><rect x="0" y="${y}" width="${w}" height="16" fill="#0969da"/><text x="${w + 6}" y="${y + 12}" font-size="11">${esc(formatSize(l.size))} · ${esc(label)}</text></g>`;
  });
  return `<svg data-testid="layer-chart" role="img" aria-label="Layer sizes" width="100%" viewBox="0 0 960 ${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}

/** One bar per check from its start to its end, relative to the run start. */
export function timeline(report: VerifyReport): string {
  const total = Math.max(
    1,
    report.durationMs,
    ...report.checks.map((c) => (c.startedAtMs ?? 0) + c.durationMs),
  );
  const rowH = 20;
  const left = 110;
  const width = 840;
  const bars = report.checks.map((c, i) => {
    const x = left + Math.round(((c.startedAtMs ?? 0) / total) * width);
    const w = Math.max(2, Math.round((c.durationMs / total) * width));
    const y = i * rowH + 4;
    return `<g class="span"><text x="0" y="${y + 12}" font-size="11">${esc(c.id)}</text><rect x="${x}" y="${y}" width="${w}" height="14" fill="${COLORS[c.status]}"><title>${esc(`${c.id}: ${formatDuration(c.durationMs)}`)}</title></rect></g>`;
  });
  return `<svg data-testid="timeline" role="img" aria-label="Timeline" width="100%" viewBox="0 0 960 ${report.checks.length * rowH + 8}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}

/** `--report html`: one self-contained page (no scripts, no external assets). */
export function verifyHtml(report: VerifyReport): string {
  const n = countStatuses(report.checks);
  const rows = report.checks
    .map(
      (c) => `<tr class="check ${c.status}" data-check="${esc(c.id)}" data-status="${c.status}">
<td class="mark">${statusMark[c.status]}</td><td><b>${esc(c.title)}</b><br><code>${esc(c.id)}</code></td>
<td>${esc(c.expected)}</td><td>${esc(c.status === 'skip' || c.status === 'error' ? (c.reason ?? c.actual) : c.actual)}</td><td class="num">${esc(formatDuration(c.durationMs))}</td></tr>${
        c.evidence.length && c.status !== 'pass'
          ? `\n<tr class="evidence"><td></td><td colspan="4"><details open><summary>Evidence</summary><pre>${esc(c.evidence.join('\n'))}</pre></details></td></tr>`
          : ''
      }`,
    )
    .join('\n');
  const logs = [
    report.logs.build
      ? `<h3>Build (last lines)</h3><pre data-testid="build-log">${esc(report.logs.build.join('\n'))}</pre>`
      : '',
    report.logs.service
      ? `<h3>Service</h3><pre data-testid="service-log">${esc(report.logs.service.join('\n'))}</pre>`
      : '',
  ].join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dockspec verify: ${esc(report.contract)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1000px;color:#1f2328;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d0d7de;padding:.4rem;text-align:left;vertical-align:top}
.mark{font-size:1.3rem}.pass .mark{color:${COLORS.pass}}.fail .mark{color:${COLORS.fail}}.skip .mark{color:${COLORS.skip}}.error .mark{color:${COLORS.error}}
.num{text-align:right;white-space:nowrap}pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:12px;max-height:24rem}
.summary span{margin-right:1rem;font-weight:600}.summary .fail{color:${COLORS.fail}}.summary .pass{color:${COLORS.pass}}
</style></head>
<body>
<h1>Container contract: ${esc(report.contract)}${report.variant ? ` (${esc(report.variant)} variant)` : ''}</h1>
<p>Image <code>${esc(report.image)}</code>${report.imageSize !== undefined ? ` · ${esc(formatSize(report.imageSize))}` : ''} · run ${esc(report.runId)} · ${esc(report.startedAt)} · ${esc(formatDuration(report.durationMs))}</p>
<p class="summary" data-testid="summary"><span class="pass">${n.pass} passed</span><span class="fail">${n.fail} failed</span><span>${n.skip} skipped</span><span>${n.error} errors</span></p>
${report.warnings.map((w) => `<p class="warning">⚠ ${esc(w)}</p>`).join('\n')}
<h2>Definition of Done</h2>
<table data-testid="checklist"><thead><tr><th></th><th>Check</th><th>Expected</th><th>Measured</th><th>Time</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Layer sizes</h2>
${layerChart(report.layers)}
<h2>Timeline</h2>
${timeline(report)}
<h2>Logs</h2>
${logs || '<p>No logs were captured.</p>'}
</body></html>
`;
}
