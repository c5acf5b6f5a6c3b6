import { CONTRACT_WORDS, isOtherComponent, slug, titleService } from '../labels.js';
import { type Block, parseMarkdown } from '../markdown.js';
import { extractDockerignore, extractPython, extractShell, isDockerignoreBlock } from './code.js';
import { Collector, Specificity } from './collector.js';
import { extractDockerfile, isDockerfileBlock } from './dockerfile.js';
import { readMentions, readProse } from './prose.js';
import { extractTable } from './table.js';
import { extractText } from './text.js';
import { extractYaml } from './yaml-block.js';

export type { EmbeddedFile } from './collector.js';
export { Collector, Specificity } from './collector.js';

const SERVICE_HEADING =
  /^(?:service|svc)\s*[:\-–]\s*`?([\w.-]+)`?$|^`?([\w.-]+)`?\s+(?:service|backend|api)$/i;

/** Reads every candidate fact of one markdown document, in document order. */
export function extractFacts(file: string, text: string): Collector {
  const c = new Collector(file);
  const blocks = parseMarkdown(text);
  const serviceHeadings = findServiceHeadings(blocks);
  let serviceDepth = 0;
  let otherDepth = 0;

  for (const block of blocks) {
    if (block.kind === 'heading') {
      const service = serviceHeadings.get(block.line);
      if (service) {
        c.service = service;
        serviceDepth = block.depth;
      } else if (c.service && block.depth <= serviceDepth) {
        c.service = undefined;
      }
      if (c.otherComponent && block.depth <= otherDepth) c.otherComponent = undefined;
      // Without service headings, a section about another component (the MCP server, the frontend)
      // holds that component's port and health paths, not the contract's.
      // The document's own title ("# PR #212: Slim the worker-api image") names what it is about.
      const title =
        block.depth === 1 && blocks.findIndex((b) => b.kind === 'heading') === blocks.indexOf(block);
      // The title names the service, more weakly than anything the document states about it.
      const named = title ? titleService(block.text) : undefined;
      if (named) c.add('service', named, block.line, Specificity.mention, 'document title');
      if (serviceHeadings.size === 0 && !c.otherComponent && !title && isOtherComponent(block.text)) {
        c.otherComponent = block.text.trim();
        otherDepth = block.depth;
      }
      readProse(block.text, block.line, block.context.headings.join(' / '), c);
      continue;
    }
    readBlock(block, c);
  }
  c.service = undefined;
  readMentions(text.replace(/\r\n?/g, '\n').split('\n'), c);
  reportSilentSections(blocks, c);
  return c;
}

function readBlock(block: Exclude<Block, { kind: 'heading' }>, c: Collector): void {
  switch (block.kind) {
    case 'text':
      extractText(block, c);
      return;
    case 'table':
      extractTable(block, c);
      return;
    case 'frontmatter':
      extractYaml(block.value, block.contentLine, c, 'front matter');
      return;
    case 'too-deep':
      c.skip(block.line, block.text, block.why);
      return;
    case 'code':
      if (isDockerfileBlock(block)) extractDockerfile(block, c);
      else if (isDockerignoreBlock(block)) extractDockerignore(block, c);
      else if (/^ya?ml$/.test(block.lang)) extractYaml(block.value, block.contentLine, c, 'YAML block');
      else if (/^(python|py)$/.test(block.lang)) extractPython(block, c);
      else if (/^(bash|sh|shell|console|zsh)$/.test(block.lang)) extractShell(block, c);
      return;
  }
}

/** Headings such as "Service: api" / "Worker service"; only when a document has two or more. */
function findServiceHeadings(blocks: Block[]): Map<number, string> {
  const found = new Map<number, string>();
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const m = SERVICE_HEADING.exec(block.text.trim());
    const name = m ? slug(m[1] ?? m[2]) : undefined;
    if (name) found.set(block.line, name);
  }
  return new Set(found.values()).size >= 2 ? found : new Map();
}

/** A contract-looking section from which nothing was placed is listed, never dropped silently. */
function reportSilentSections(blocks: Block[], c: Collector): void {
  const headings = blocks.filter((b) => b.kind === 'heading');
  headings.forEach((heading, i) => {
    if (!CONTRACT_WORDS.test(heading.text)) return;
    const end = headings[i + 1]?.line ?? Number.POSITIVE_INFINITY;
    const inside = blocks.filter((b) => b.line > heading.line && b.line < end);
    if (inside.length === 0) return;
    const lastLine = Math.min(end, Number.MAX_SAFE_INTEGER);
    const used = [...c.usedLines].some((l) => l >= heading.line && l < lastLine);
    const reported = c.notUnderstood.some((n) => n.source.line > heading.line && n.source.line < lastLine);
    if (!used && !reported)
      c.skip(
        heading.line,
        heading.text,
        'section looks like part of the contract, but nothing in it was placed',
      );
  });
}
