import { alwaysExclude, secretFileKind } from '../../knowledge/secrets.js';
import { copySources } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS6010',
  name: 'dockerignore-secrets',
  severity: 'warning',
  description:
    'When COPY takes the whole context, .dockerignore must exclude .env files, .git and the secret files the context holds.',
  needs: 'project',
  messages: {
    exposed:
      'COPY {{source}} copies {{files}} into the image: anyone who pulls it can read them; add them to .dockerignore',
    missing:
      'COPY {{source}} copies the whole build context, and {{file}} does not exclude {{patterns}}: a local .env or the git history would end up in the image',
    noIgnore:
      'COPY {{source}} copies the whole build context and there is no .dockerignore: a local .env, the git history or a key file would end up in the image; add one that excludes .env* and .git',
  },
  check({ model, project, report }) {
    if (!project) return;
    const ignored = (path: string) => project.dockerignore?.ignores(path) ?? false;
    for (const instruction of model.instructions) {
      const source = copySources(instruction.trigger ?? instruction).find((s) => s.path === '.');
      if (!source) continue;
      // Secret files the context really holds and the .dockerignore lets through.
      const files = project
        .files()
        .filter((f) => secretFileKind(f) !== undefined && !ignored(f))
        .concat(project.exists('.git') && !ignored('.git/HEAD') ? ['.git'] : []);
      if (files.length > 0) {
        const shown =
          files.slice(0, 4).join(', ') + (files.length > 4 ? ` and ${files.length - 4} more` : '');
        report({ messageId: 'exposed', data: { source: source.path, files: shown }, range: source.range });
        return;
      }
      if (!project.dockerignore) {
        report({ messageId: 'noIgnore', data: { source: source.path }, range: source.range });
        return;
      }
      // With a .dockerignore, only what every service must exclude is asked for: key patterns
      // for key files that do not exist would be noise.
      const patterns = alwaysExclude.filter((p) => !ignored(p.probe)).map((p) => p.pattern);
      if (patterns.length === 0) return;
      report({
        messageId: 'missing',
        data: { source: source.path, file: project.dockerignore.file, patterns: patterns.join(' and ') },
        range: source.range,
      });
      return;
    }
  },
});
