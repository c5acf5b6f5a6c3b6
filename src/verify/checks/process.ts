import { isShell } from '../../knowledge/shells.js';
import { notReadyEvidence } from '../service.js';
import { type Check, fail, pass, skip } from '../types.js';

/** Listening sockets on a port from /proc/net/tcp{,6}: local addresses in hex. */
export function listenersOn(procNet: string, port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const line of procNet.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4 || f[3] !== '0A') continue; // 0A = LISTEN
    const [addr, p] = f[1].split(':');
    if (p === hexPort) out.push(decodeAddress(addr));
  }
  return out;
}

function decodeAddress(hex: string): string {
  if (hex.length === 8) {
    return [3, 2, 1, 0].map((i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join('.');
  }
  if (/^0+$/.test(hex)) return '::';
  if (hex === '00000000000000000000000001000000') return '::1';
  if (hex.startsWith('0000000000000000FFFF0000')) return decodeAddress(hex.slice(24));
  return hex;
}

export const processCheck: Check = {
  id: 'process',
  title: 'Runs as the contract UID, PID 1 is the server, listens on all interfaces',
  needs: ['image', 'running service'],
  async run(ctx) {
    const { svc, ready } = await ctx.shared();
    if (!ready.ok)
      return {
        ...skip('the service never became ready (see startup)'),
        evidence: await notReadyEvidence(svc, ready),
      };
    const uid = ctx.contract.image.user.uid;
    const cat = (f: string) => ctx.engine.exec(svc.id, ['cat', f]);
    const [status, cmdline, tcp, tcp6] = await Promise.all([
      cat('/proc/1/status'),
      cat('/proc/1/cmdline'),
      cat('/proc/net/tcp'),
      cat('/proc/net/tcp6'),
    ]);
    const problems: string[] = [];
    const pidUid = /^Uid:\s+(\d+)/m.exec(status.stdout)?.[1];
    if (pidUid === undefined) problems.push(`could not read /proc/1/status: ${status.stderr.trim()}`);
    else if (Number(pidUid) !== uid) problems.push(`PID 1 runs as uid ${pidUid}, contract uid is ${uid}`);
    const argv = cmdline.stdout.split('\0').filter(Boolean);
    const exe = (argv[0] ?? '').split('/').pop() ?? '';
    if (isShell(exe))
      problems.push(`PID 1 is ${exe} (${argv.join(' ')}): a shell, so SIGTERM never reaches the server`);
    const listeners = [...listenersOn(tcp.stdout, svc.port), ...listenersOn(tcp6.stdout, svc.port)];
    const all = listeners.some((a) => a === '0.0.0.0' || a === '::');
    if (listeners.length === 0) problems.push(`nothing listens on port ${svc.port} in /proc/net/tcp`);
    else if (!all)
      problems.push(
        `listens only on ${listeners.join(', ')}: unreachable from outside the container (bind 0.0.0.0)`,
      );
    const expected = `uid ${uid}; PID 1 the server; listening on 0.0.0.0 or ::`;
    const actual = `uid ${pidUid ?? '?'}; PID 1 ${argv.join(' ').slice(0, 120)}; listening on ${listeners.join(', ') || 'nothing'}`;
    return problems.length ? fail(expected, problems.join('; '), [actual]) : pass(expected, actual);
  },
};
