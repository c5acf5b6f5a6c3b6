import { defineRule } from '../types.js';

// hadolint's DL3001 list plus ifconfig: interactive tools, process and service managers, and
// commands that inspect or change the running host, none of which mean anything during a build.
const pointless = new Set([
  'free',
  'ifconfig',
  'kill',
  'mount',
  'ps',
  'service',
  'shutdown',
  'ssh',
  'top',
  'vim',
]);

export default defineRule({
  id: 'DS1101',
  name: 'no-pointless-commands',
  aliases: ['DL3001'],
  severity: 'info',
  description: 'Commands such as ssh, vim, service, ps, top, kill or mount make no sense in a RUN.',
  messages: {
    pointless:
      '`{{name}}` in a RUN acts on the short-lived build container (no init, no services, no terminal); it changes nothing in the image',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (pointless.has(command.name))
        report({ messageId: 'pointless', data: { name: command.name }, range: command.nameWord.range });
    }
  },
});
