import { expandVariables, flagValue, positionalArgs } from '../../dockerfile/index.js';
import { finalStage, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS5002',
  name: 'contract-user',
  severity: 'error',
  description: "The final USER must be the contract's user and UID (numeric on Kubernetes).",
  needs: 'contract',
  messages: {
    noUser: 'the image runs as root: no USER instruction; the contract says {{name}} (UID {{uid}})',
    root: 'the final USER is {{value}} (root); the contract says {{name}} (UID {{uid}})',
    uid: 'the final USER is {{value}} (UID {{actual}}), but the contract says UID {{uid}}',
    name: 'the final USER is {{value}}, but the contract says {{name}} (UID {{uid}})',
    numeric:
      'on Kubernetes use a numeric USER ({{uid}}): runAsNonRoot cannot verify a user name and the pod fails to start',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    if (!contract || !stage) return;
    const { name, uid } = contract.image.user;
    const chain = stageChain(stage);
    const user = chain.flatMap((s) => s.instructions).findLast((i) => i.keyword === 'USER');
    if (!user) {
      report({ messageId: 'noUser', data: { name, uid }, range: stage.from.range });
      return;
    }
    const value = expandVariables(user.args[0]?.value ?? '', user.scope).value;
    const who = value.split(':')[0];
    const range = user.args[0]?.range ?? user.range;
    const data = { value, name, uid };
    if (who === 'root' || who === '0') {
      report({ messageId: 'root', data, range });
      return;
    }
    // `useradd -u 1000 user` earlier in the build tells us the UID behind a name.
    const uids = new Map<string, number>();
    for (const s of chain) {
      for (const i of s.instructions) {
        for (const c of i.keyword === 'RUN' ? (i.shell?.commands ?? []) : []) {
          if (c.name !== 'useradd' && c.name !== 'adduser') continue;
          const id = flagValue(c, '-u', '--uid');
          const login = positionalArgs(c, [
            '-u',
            '--uid',
            '-g',
            '--gid',
            '-G',
            '--groups',
            '-d',
            '--home',
            '--home-dir',
            '-s',
            '--shell',
            '-c',
            '--comment',
            '--gecos',
            '-k',
            '-K',
            '-p',
            '-e',
            '-f',
          ]).at(-1);
          if (id && login && /^\d+$/.test(id.value)) uids.set(login.value, Number(id.value));
        }
      }
    }
    const actual = /^\d+$/.test(who) ? Number(who) : uids.get(who);
    if (actual !== undefined && actual !== uid) {
      report({ messageId: 'uid', data: { ...data, actual }, range });
      return;
    }
    if (actual === undefined && who !== name) {
      report({ messageId: 'name', data, range });
      return;
    }
    if (contract.target === 'kubernetes' && !/^\d+$/.test(who)) report({ messageId: 'numeric', data, range });
  },
});
