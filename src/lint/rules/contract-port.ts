import { flagValue } from '../../dockerfile/index.js';
import { serverByProgram } from '../../knowledge/servers.js';
import { finalStage, replace, stageChain, startCommands } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS5001',
  name: 'contract-port',
  severity: 'error',
  description: "EXPOSE and the server's --port must be the contract's port.",
  fixable: true,
  needs: 'contract',
  messages: {
    expose: 'EXPOSE {{value}}, but the contract says the service listens on {{port}}',
    serverPort: '{{server}} listens on {{value}}, but the contract port is {{port}}',
    serverDefault:
      '{{server}} listens on its default port {{value}}, but the contract port is {{port}}; add --port {{port}}',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    if (!contract || !stage) return;
    const port = contract.app.port;
    const exposes = stageChain(stage)
      .flatMap((s) => s.instructions)
      .filter((i) => i.keyword === 'EXPOSE')
      .flatMap((i) => i.args);
    const tcp = exposes.filter((a) => !a.value.toLowerCase().endsWith('/udp') && !a.value.includes('$'));
    if (tcp.length > 0 && !tcp.some((a) => Number.parseInt(a.value, 10) === port)) {
      for (const a of tcp) {
        const value = a.value.replace(/\/tcp$/i, '');
        report({
          messageId: 'expose',
          data: { value, port },
          range: a.range,
          fix: tcp.length === 1 && /^\d+$/.test(value) ? replace(a.range, String(port)) : undefined,
        });
      }
    }
    for (const { command, instruction } of startCommands(model)) {
      const spec = serverByProgram(command.name)?.port;
      if (!spec) continue;
      const value = flagValue(command, ...spec.flags);
      if (value && !value.literal) continue;
      if (!value) {
        if (spec.bind || spec.default === port || instruction.scope.has('PORT')) continue;
        report({
          messageId: 'serverDefault',
          data: { server: command.name, value: String(spec.default), port },
          range: command.nameWord.range,
        });
        continue;
      }
      const text = spec.bind ? (/:(\d+)$/.exec(value.value)?.[1] ?? '') : value.value;
      if (!/^\d+$/.test(text) || Number(text) === port) continue;
      report({
        messageId: 'serverPort',
        data: { server: command.name, value: text, port },
        range: value.range,
      });
    }
  },
});
