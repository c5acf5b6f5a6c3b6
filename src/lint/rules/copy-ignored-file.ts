import { copySources, matchGlob } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1006',
  name: 'copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'error',
  description: 'COPY/ADD must not name a file that .dockerignore excludes: it is not in the build context.',
  needs: 'project',
  messages: {
    ignored:
      '{{source}} is excluded by {{ignoreFile}} line {{line}} ({{pattern}}), so it is not in the build context and {{keyword}} fails with "not found"; remove the pattern or add !{{source}}',
  },
  check({ model, project, report }) {
    const ignore = project?.dockerignore;
    if (!project || !ignore) return;
    for (const instruction of model.instructions) {
      for (const source of copySources(instruction)) {
        const paths = source.glob ? matchGlob(project.files(), source.path) : [source.path];
        if (paths.length === 0 || !paths.every((p) => ignore.ignores(p))) continue;
        const pattern = ignore.excludedBy(paths[0]);
        report({
          messageId: 'ignored',
          data: {
            source: source.path,
            ignoreFile: ignore.file,
            line: pattern?.line ?? '?',
            pattern: pattern?.pattern ?? '',
            keyword: instruction.keyword,
          },
          range: source.range,
        });
      }
    }
  },
});
