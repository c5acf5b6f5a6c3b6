import { copySources } from '../helpers.js';
import { defineRule } from '../types.js';

// What must never reach the build context: a name for the message and a path that stands for it.
const probes = [
  { pattern: '.env', path: '.env' },
  { pattern: '.git', path: '.git/HEAD' },
  { pattern: '*.pem', path: 'server.pem' },
  { pattern: '*.key', path: 'server.key' },
  { pattern: 'id_rsa', path: 'id_rsa' },
];
const sensitive = /(^|\/)(\.env(\.[\w-]+)?|id_(rsa|dsa|ecdsa|ed25519)|[^/]+\.(pem|key|p12|pfx))$/;
const examples = /(^|\/)\.env\.(example|sample|template|dist)$/;

export default defineRule({
  id: 'DS6010',
  name: 'dockerignore-secrets',
  severity: 'warning',
  description: 'When COPY takes the whole context, .dockerignore must exclude .env, .git and private keys.',
  needs: 'project',
  messages: {
    exposed:
      'COPY {{source}} copies {{files}} into the image: anyone who pulls it can read them; add them to .dockerignore',
    missing:
      'COPY {{source}} copies the whole build context, and {{ignore}}: a local .env, the git history or a private key would end up in the image; exclude {{patterns}}',
  },
  check({ model, project, report }) {
    if (!project) return;
    const ignored = (path: string) => project.dockerignore?.ignores(path) ?? false;
    for (const instruction of model.instructions) {
      const source = copySources(instruction.trigger ?? instruction).find((s) => s.path === '.');
      if (!source) continue;
      const files = project
        .files()
        .filter((f) => sensitive.test(f) && !examples.test(f) && !ignored(f))
        .concat(project.exists('.git') && !ignored('.git/HEAD') ? ['.git'] : []);
      if (files.length > 0) {
        const shown =
          files.slice(0, 4).join(', ') + (files.length > 4 ? ` and ${files.length - 4} more` : '');
        report({ messageId: 'exposed', data: { source: source.path, files: shown }, range: source.range });
        return;
      }
      const patterns = probes.filter((p) => !ignored(p.path)).map((p) => p.pattern);
      if (patterns.length === 0) return;
      report({
        messageId: 'missing',
        data: {
          source: source.path,
          ignore: project.dockerignore
            ? `${project.dockerignore.file} does not exclude them`
            : 'there is no .dockerignore',
          patterns: patterns.join(', '),
        },
        range: source.range,
      });
      return;
    }
  },
});
