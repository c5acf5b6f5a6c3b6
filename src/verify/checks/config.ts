import { secretEnvName } from '../../knowledge/secrets.js';
import { scriptFlagIndex } from '../../knowledge/shells.js';
import { findToken, mask } from '../secret-patterns.js';
import { type Check, fail, pass } from '../types.js';

/** Whether a CMD/ENTRYPOINT pair runs through `sh -c` (shell form) without exec-ing the server. */
export function isShellForm(entrypoint: string[] | null, cmd: string[] | null): boolean {
  const argv = entrypoint?.length ? entrypoint : (cmd ?? []);
  const c = scriptFlagIndex(argv);
  if (c !== -1) {
    const script = argv[c + 1] ?? cmd?.[0] ?? '';
    return !/^\s*exec\s/.test(script);
  }
  return false;
}

/** ENV entries of an image config that hold a secret: a contract secret, a token, a credential. */
export function secretEnvProblems(env: string[], secretNames: Set<string>): string[] {
  const problems: string[] = [];
  for (const kv of env) {
    const eq = kv.indexOf('=');
    const name = kv.slice(0, eq);
    const value = kv.slice(eq + 1);
    const token = findToken(value);
    const kind = secretEnvName(name);
    if (secretNames.has(name)) problems.push(`ENV ${name} is a contract secret baked into the image config`);
    else if (token) problems.push(`ENV ${name} holds ${token.name} (${mask(value)})`);
    else if (kind === 'credential' && value.length >= 8)
      problems.push(`ENV ${name} looks like a credential (${mask(value)})`);
    // A connection string counts only with a password in it (postgres://user:pass@host/db).
    else if (kind === 'database-url' && /:\/\/[^/\s:@]+:[^/\s@]+@/.test(value))
      problems.push(`ENV ${name} holds a connection string with a password (${mask(value)})`);
  }
  return problems;
}

export const config: Check = {
  id: 'config',
  title: 'Image config: numeric non-root user, port, HEALTHCHECK, exec-form CMD, workdir, no secret ENV',
  needs: ['image'],
  async run(ctx) {
    const c = ctx.contract;
    const i = ctx.image.inspect;
    const problems: string[] = [];
    const [user] = i.user.split(':');
    if (!user || user === 'root' || user === '0')
      problems.push(`runs as root (USER is ${i.user || 'unset'})`);
    else if (/^\d+$/.test(user)) {
      if (Number(user) !== c.image.user.uid)
        problems.push(`USER is ${user}, contract uid is ${c.image.user.uid}`);
    } else if (c.target === 'kubernetes') {
      problems.push(
        `USER ${user} is not numeric: Kubernetes runAsNonRoot rejects it (use ${c.image.user.uid})`,
      );
    } else if (user !== c.image.user.name) {
      problems.push(`USER is ${user}, contract user is ${c.image.user.name}`);
    }
    const port = `${c.app.port}/tcp`;
    if (!i.exposedPorts.includes(port)) {
      problems.push(`port ${c.app.port} not exposed (EXPOSE: ${i.exposedPorts.join(', ') || 'none'})`);
    }
    const paths = [c.app.health.liveness, ...c.app.health.aliases];
    const hc = i.healthcheck?.test ?? [];
    if (hc.length === 0 || hc[0] === 'NONE') problems.push('no HEALTHCHECK');
    else if (!paths.some((p) => hc.join(' ').includes(p))) {
      problems.push(`HEALTHCHECK does not probe ${c.app.health.liveness}: ${hc.slice(1).join(' ')}`);
    }
    if (isShellForm(i.entrypoint, i.cmd)) {
      problems.push(
        `CMD is in shell form (${[...(i.entrypoint ?? []), ...(i.cmd ?? [])].join(' ')}): use the exec form`,
      );
    }
    if (c.image.workdir && i.workdir !== c.image.workdir) {
      problems.push(`WORKDIR is ${i.workdir || 'unset'}, contract says ${c.image.workdir}`);
    }
    problems.push(...secretEnvProblems(i.env, new Set(c.env.secrets.map((s) => s.name))));
    const expected = `USER ${c.image.user.uid}, EXPOSE ${c.app.port}, HEALTHCHECK on ${c.app.health.liveness}, exec-form CMD, WORKDIR ${c.image.workdir}, no secret ENV`;
    const actual = `USER ${i.user || '(root)'}, EXPOSE ${i.exposedPorts.join(',') || '-'}, HEALTHCHECK ${hc.length ? 'yes' : 'no'}, CMD ${JSON.stringify([...(i.entrypoint ?? []), ...(i.cmd ?? [])])}, WORKDIR ${i.workdir || '-'}`;
    return problems.length ? fail(expected, problems.join('; '), [actual]) : pass(expected, actual);
  },
};
