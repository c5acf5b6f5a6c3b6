import { finalStage, insertAfter, lastInStage, replace, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

type Timing = 'intervalMs' | 'timeoutMs' | 'startPeriodMs' | 'retries';
// Each flag, the contract field it must equal, and Docker's default when the flag is missing.
const flags: { flag: string; key: Timing; dockerDefault: number }[] = [
  { flag: 'interval', key: 'intervalMs', dockerDefault: 30_000 },
  { flag: 'timeout', key: 'timeoutMs', dockerDefault: 30_000 },
  { flag: 'start-period', key: 'startPeriodMs', dockerDefault: 0 },
  { flag: 'retries', key: 'retries', dockerDefault: 3 },
];

const units: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration, which Docker uses (`1m30s`, `500ms`); undefined when it is not one. */
export function durationMs(text: string): number | undefined {
  if (text === '0') return 0;
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]], 0);
}

function formatMs(ms: number): string {
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

export default defineRule({
  id: 'DS5016',
  name: 'contract-healthcheck-timing',
  severity: 'warning',
  description: "HEALTHCHECK's interval, timeout, start period and retries must be the contract's.",
  fixable: true,
  needs: 'contract',
  messages: {
    differs: 'HEALTHCHECK --{{flag}}={{actual}}, but the contract healthcheck says {{wanted}}',
    missing:
      "HEALTHCHECK has no {{flags}}: Docker's defaults ({{defaults}}) differ from the contract; add {{wanted}}",
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    if (!contract || !stage) return;
    const hc = stageChain(stage)
      .map((s) => lastInStage(s, 'HEALTHCHECK'))
      .findLast((i) => i !== undefined);
    if (!hc || hc.form === 'none' || hc.onbuild) return;
    const show = (key: Timing, n: number) => (key === 'retries' ? String(n) : formatMs(n));
    const missing: string[] = [];
    const defaults: string[] = [];
    const wantedMissing: string[] = [];
    for (const { flag, key, dockerDefault } of flags) {
      const wanted = contract.healthcheck[key];
      const given = hc.flags.find((f) => f.name === flag);
      if (!given) {
        if (dockerDefault === wanted) continue;
        missing.push(`--${flag}`);
        defaults.push(show(key, dockerDefault));
        wantedMissing.push(`--${flag}=${show(key, wanted)}`);
        continue;
      }
      const value = given.value ?? '';
      const actual =
        key === 'retries' ? (/^\d+$/.test(value) ? Number(value) : undefined) : durationMs(value);
      if (actual === undefined || actual === wanted) continue;
      report({
        messageId: 'differs',
        data: { flag, actual: value, wanted: show(key, wanted) },
        range: given.range,
        fix: given.valueRange ? replace(given.valueRange, show(key, wanted)) : undefined,
      });
    }
    if (missing.length === 0) return;
    // One finding for all missing flags, so --fix inserts them in one edit, in order.
    report({
      messageId: 'missing',
      data: { flags: missing.join(', '), defaults: defaults.join(', '), wanted: wantedMissing.join(' ') },
      range: hc.keywordRange,
      fix: insertAfter(hc.keywordRange, ` ${wantedMissing.join(' ')}`),
    });
  },
});
