import { positionalArgs } from '../../dockerfile/shell-query.js';
import { packageManagerOf } from '../../knowledge/package-managers.js';
import type { BlockInstruction } from '../dockerfile-block.js';

export interface CreatedUser {
  uid?: number;
  home?: string;
  /** 0-based line in the block. */
  line: number;
}

/** `useradd -m -u 1000 user` / `adduser --uid 1000 user` → user, UID 1000, home /home/user. */
export function createdUsers(instructions: BlockInstruction[]): Map<string, CreatedUser> {
  const users = new Map<string, CreatedUser>();
  for (const command of instructions.flatMap((i) => i.commands)) {
    if (command.name !== 'useradd' && command.name !== 'adduser') continue;
    const words = command.args.map((w) => w.value);
    let uid: number | undefined;
    let home: string | undefined;
    let create = command.name === 'adduser';
    let name: string | undefined;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (w === '-u' || w === '--uid') uid = Number(words[++k]);
      else if (w.startsWith('--uid=')) uid = Number(w.slice(6));
      else if (w === '-d' || w === '--home-dir' || w === '--home') home = words[++k];
      else if (w === '-m' || w === '--create-home') create = true;
      else if (w === '-M' || w === '--no-create-home') create = false;
      else if (/^-[gGsckK]$|^--(gid|shell|groups|comment|ingroup|gecos|key)$/.test(w)) k++;
      else if (!w.startsWith('-')) name = w;
    }
    if (!name) continue;
    users.set(name, {
      uid: Number.isInteger(uid) ? uid : undefined,
      home: home ?? (create ? `/home/${name}` : undefined),
      line: command.range.start.line - 1,
    });
  }
  return users;
}

/** Packages of a system package manager's install (`apt-get install`, `apk add`, `dnf install`), each with its 0-based block line. */
export function installedPackages(instructions: BlockInstruction[]): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  for (const command of instructions.flatMap((i) => i.commands)) {
    const m = packageManagerOf(command.name);
    if (!m?.system || !m.pin) continue;
    const [sub, ...names] = positionalArgs(command, m.valueFlags);
    if (!sub || !m.pin.subs.includes(sub.value)) continue;
    for (const word of names) {
      if (!word.literal || !/^[a-z0-9][\w.+:=-]*$/.test(word.value)) continue;
      if (out.some((p) => p.name === word.value)) continue;
      out.push({ name: word.value, line: word.range.start.line - 1 });
    }
  }
  return out;
}
