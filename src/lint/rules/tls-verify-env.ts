import type { Range } from '../../dockerfile/index.js';
import { properties } from '../helpers/properties.js';
import { defineRule } from '../types.js';

// Variables that turn certificate checks off, and the values that do it (checkov CKV2_DOCKER_5/6/12/14).
const off: Record<string, { tool: string; test: (v: string) => boolean }> = {
  PYTHONHTTPSVERIFY: { tool: 'Python’s urllib/ssl', test: (v) => v === '0' },
  NODE_TLS_REJECT_UNAUTHORIZED: { tool: 'Node.js', test: (v) => v === '0' },
  NPM_CONFIG_STRICT_SSL: { tool: 'npm', test: (v) => /^(false|0|no)$/i.test(v) },
  // git disables verification when the variable is set at all.
  GIT_SSL_NO_VERIFY: { tool: 'git', test: () => true },
};

export default defineRule({
  id: 'DS3021',
  name: 'tls-verify-env',
  aliases: ['CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_14'],
  severity: 'error',
  description:
    'Environment variables that turn TLS certificate checks off (PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY…).',
  messages: {
    off: '{{name}}={{value}} turns off certificate checks in {{tool}}, so any network attacker can impersonate a server; install the CA certificate instead',
  },
  check({ model, report }) {
    // The range is asked for only when there is something to report.
    const check = (name: string, value: string | undefined, range: () => Range) => {
      const entry = off[name.toUpperCase()];
      if (entry && value !== undefined && entry.test(value.trim()))
        report({ messageId: 'off', data: { name, value, tool: entry.tool }, range: range() });
    };
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (i?.keyword === 'ENV' || i?.keyword === 'ARG')
        for (const p of properties(model, i)) check(p.key, p.value, () => p.range);
    }
    for (const { command } of model.runCommands) {
      for (const a of command.assignments) check(a.name, a.value, () => a.range);
    }
    // `export NAME=value` is a declaration, not a command, to the shell parser: read the RUN text.
    for (const run of model.runs) {
      if (!run.argsText.includes('export')) continue;
      for (const m of run.argsText.matchAll(/\bexport\s+([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S*)/g)) {
        const start = m.index + m[0].length - m[1].length - 1 - m[2].length;
        check(m[1], m[2].replace(/^(["'])(.*)\1$/, '$2'), () =>
          model.argsRange(run, start, m.index + m[0].length),
        );
      }
    }
  },
});
