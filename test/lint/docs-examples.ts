import { readFileSync } from 'node:fs';
import { parseHadolintConfig } from '../../src/lint/config.js';
import type { CaseContext } from './harness.js';

export interface DocExample extends CaseContext {
  code?: string;
}

export interface RuleDoc {
  title: string;
  headings: string[];
  sections: Record<string, string>;
  bad: DocExample;
  good: DocExample;
}

const fenceRe = /^```([^\n]*)\n([\s\S]*?)^```\s*$/gm;

/**
 * Reads a rule page. In `## Bad` and `## Good`, fenced blocks are the example's parts:
 *   ```dockerfile           the Dockerfile
 *   ```yaml dockspec.yaml   the contract
 *   ```text .dockerignore   the .dockerignore
 *   ```yaml .hadolint.yaml  the lint configuration (trustedRegistries, …)
 *   ```python app/main.py   a file in the build context (any language, with a path)
 */
export function readRuleDoc(path: string): RuleDoc {
  const text = readFileSync(path, 'utf8');
  const title = /^# (.*)$/m.exec(text)?.[1] ?? '';
  const sections: Record<string, string> = {};
  const headings: string[] = [];
  const parts = text.split(/^## /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    const heading = part.slice(0, nl).trim();
    headings.push(heading);
    sections[heading] = part.slice(nl + 1);
  }
  return { title, headings, sections, bad: example(sections.Bad ?? ''), good: example(sections.Good ?? '') };
}

function example(section: string): DocExample {
  const out: DocExample = {};
  for (const m of section.matchAll(fenceRe)) {
    const [lang, name] = m[1].trim().split(/\s+/);
    const body = m[2];
    if (lang === 'dockerfile' || lang === 'Dockerfile') out.code = body;
    else if (name === 'dockspec.yaml') out.contract = body;
    else if (name === '.dockerignore') out.dockerignore = body;
    else if (name === '.hadolint.yaml') out.config = parseHadolintConfig(body, name);
    else if (name) out.files = { ...out.files, [name]: body };
  }
  return out;
}
