import { copySources, matchGlob } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1007',
  name: 'copy-source-missing',
  severity: 'error',
  description: 'Every COPY/ADD source must exist in the build context.',
  needs: 'project',
  messages: {
    missing:
      '{{source}} does not exist in the build context ({{context}}): {{keyword}} fails with "not found"',
    noMatch: 'no file in the build context ({{context}}) matches {{source}}: {{keyword}} fails',
  },
  check({ model, project, report }) {
    if (!project) return;
    for (const instruction of model.instructions) {
      for (const source of copySources(instruction)) {
        if (source.path === '.') continue;
        const data = { source: source.path, context: project.dir, keyword: instruction.keyword };
        if (source.glob) {
          if (matchGlob(project.files(), source.path).length === 0) {
            report({ messageId: 'noMatch', data, range: source.range });
          }
        } else if (!project.exists(source.path)) {
          report({ messageId: 'missing', data, range: source.range });
        }
      }
    }
  },
});
