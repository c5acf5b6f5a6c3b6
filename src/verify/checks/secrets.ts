import { dummySecret } from '../run-environment.js';
import { findToken, mask, sensitiveFileKind } from '../secret-patterns.js';
import { type Check, fail, pass } from '../types.js';

/** Content scans skip installed packages: their docs and tests carry sample keys. */
const SKIP_CONTENT = /\/(site|dist)-packages\/|\.pyc$|\.so(\.\d+)*$/;

export const secrets: Check = {
  id: 'secrets',
  title: 'No secret in any layer, in the history, or copied from the run-time values',
  needs: ['image'],
  async run(ctx) {
    const found: string[] = [];
    const layers = await ctx.image.layers();
    const runtimeValues = ctx.contract.env.secrets
      // Supplied values only: a dummy stands for a secret nobody supplied, and a dependency's URL is
      // dockspec's own test database.
      .filter((s) => !ctx.contract.dependencies.some((d) => d.env === s.name))
      .flatMap((s) => {
        const v = ctx.runEnv[s.name];
        return typeof v === 'string' && v.length >= 8 && v !== dummySecret(s.name) ? [v] : [];
      });
    layers.forEach((layer, n) => {
      for (const f of layer.files) {
        const kind = sensitiveFileKind(f.path, !layer.base && !SKIP_CONTENT.test(f.path));
        // A .git folder is reported once, not per object.
        if (kind && !(kind === '.git folder' && !/\/\.git$/.test(f.path))) {
          found.push(`layer ${n + 1}: ${f.path} (${kind})`);
        }
        if (!f.data || SKIP_CONTENT.test(f.path)) continue;
        if (layer.base && runtimeValues.length === 0) continue;
        const text = f.data.toString('latin1');
        if (!layer.base) {
          const token = findToken(text);
          if (token) found.push(`layer ${n + 1}: ${f.path} contains ${token.name} (${mask(token.match)})`);
        }
        for (const v of runtimeValues) {
          if (text.includes(v)) found.push(`layer ${n + 1}: ${f.path} contains a run-time secret value`);
        }
      }
    });
    const secretNames = ctx.contract.env.secrets.map((s) => s.name);
    for (const h of ctx.image.history) {
      for (const name of secretNames) {
        const m = new RegExp(`\\b${name}=("[^"]+"|\\S+)`).exec(h.createdBy);
        if (m && m[1] !== '""')
          found.push(`history: ${name} set at build time (${h.createdBy.slice(0, 60)}…)`);
      }
      const token = findToken(h.createdBy);
      if (token) found.push(`history: ${token.name} in a build step (${mask(token.match)})`);
    }
    const unique = [...new Set(found)];
    const expected = 'no .env, keys, tokens or .git in any layer; no secret build args';
    return unique.length
      ? fail(expected, unique.slice(0, 3).join('; '), unique)
      : pass(expected, `${layers.length} layers and ${ctx.image.history.length} history entries clean`);
  },
};
