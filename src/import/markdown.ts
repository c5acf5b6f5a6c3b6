import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { blankDeepLines, MAX_MARKDOWN_DEPTH } from './markdown-depth.js';

// GitHub's markdown without footnotes: contract documents do not use them, and the footnote
// tokenizer rescans a run of `[` from each one (a line of a few thousand took seconds).
const extensions = [
  gfmTable(),
  gfmStrikethrough(),
  gfmTaskListItem(),
  gfmAutolinkLiteral(),
  frontmatter(['yaml', 'toml']),
];
const mdastExtensions = [
  gfmTableFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
  gfmAutolinkLiteralFromMarkdown(),
  frontmatterFromMarkdown(['yaml', 'toml']),
];

/**
 * A markdown document flattened into the blocks the extractors read, in document order, each with
 * its line and the headings it sits under. Extractors never walk mdast themselves.
 */
export type Block =
  | { kind: 'heading'; line: number; text: string; depth: number; context: Context }
  | { kind: 'text'; line: number; lines: string[]; inList: boolean; context: Context }
  | { kind: 'table'; line: number; rows: TableRow[]; context: Context }
  | {
      kind: 'code';
      line: number;
      /** Line of the first content line (the fence is on `line`). */
      contentLine: number;
      lang: string;
      value: string;
      context: Context;
    }
  | { kind: 'frontmatter'; line: number; contentLine: number; value: string; context: Context }
  /** A line nested past MAX_MARKDOWN_DEPTH lists or quotes, left unread. */
  | { kind: 'too-deep'; line: number; text: string; why: string; context: Context };

export interface TableRow {
  line: number;
  cells: string[];
}

export interface Context {
  /** Texts of the enclosing headings, outermost first. */
  headings: string[];
  /** The text block just before this one (a label such as "**.dockerignore:**"), if any. */
  label?: string;
  /** Line of the innermost enclosing heading (0 before the first). */
  headingLine: number;
}

export function parseMarkdown(text: string): Block[] {
  // CRLF → LF keeps line numbers and spares every extractor from stray \r.
  // A run of brackets is no link anyone wrote, but CommonMark tries each as a label (quadratic,
  // seconds for a few lines of them): it is read as dots. Line and column numbers do not move.
  const cleaned = text.replace(/\r\n?/g, '\n').replace(/[[\]]{16,}/g, (run) => '.'.repeat(run.length));
  const { source, deep } = blankDeepLines(cleaned);
  const tree: Root = fromMarkdown(source, { extensions, mdastExtensions });
  const blocks: Block[] = [];
  const headings: { depth: number; text: string; line: number }[] = [];
  let label: string | undefined;

  const context = (): Context => ({
    headings: headings.map((h) => h.text),
    label,
    headingLine: headings.at(-1)?.line ?? 0,
  });
  const visit = (node: RootContent, inList: boolean): void => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'heading': {
        const text = inlineText(node).trim();
        while (headings.length > 0 && headings[headings.length - 1].depth >= node.depth) headings.pop();
        blocks.push({ kind: 'heading', line, text, depth: node.depth, context: context() });
        headings.push({ depth: node.depth, text, line });
        label = undefined;
        return;
      }
      case 'paragraph': {
        const lines = inlineText(node).split('\n');
        blocks.push({ kind: 'text', line, lines, inList, context: context() });
        label = lines.join(' ');
        return;
      }
      case 'table': {
        const rows = node.children.map((row) => ({
          line: row.position?.start.line ?? line,
          cells: row.children.map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim()),
        }));
        blocks.push({ kind: 'table', line, rows, context: context() });
        label = undefined;
        return;
      }
      case 'code':
        blocks.push({
          kind: 'code',
          line,
          contentLine: line + (isFenced(source, node) ? 1 : 0),
          lang: (node.lang ?? '').toLowerCase(),
          value: node.value,
          context: context(),
        });
        label = undefined;
        return;
      case 'yaml':
      case 'toml' as string:
        blocks.push({
          kind: 'frontmatter',
          line,
          contentLine: line + 1,
          value: (node as { value: string }).value,
          context: context(),
        });
        return;
      case 'list':
        for (const item of node.children) for (const child of item.children) visit(child, true);
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, inList);
        return;
      default:
        return;
    }
  };
  for (const node of tree.children) visit(node, false);
  const why = `nesting deeper than ${MAX_MARKDOWN_DEPTH} lists or quotes: not analysed`;
  for (const d of deep)
    blocks.push({
      kind: 'too-deep',
      line: d.line,
      text: d.text,
      why,
      context: { headings: [], headingLine: 0 },
    });
  // Stable: the tree's blocks keep their order, the unread lines go where they stand.
  if (deep.length > 0) blocks.sort((a, b) => a.line - b.line);
  return blocks;
}

function isFenced(source: string, node: Nodes): boolean {
  const offset = node.position?.start.offset;
  if (offset === undefined) return true;
  const head = source.slice(offset, offset + 3);
  return head === '```' || head === '~~~';
}

/** Plain text of inline content: bold and code unwrapped, links as their text, breaks as newlines. */
export function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      // Backticks are kept: they tell `PORT: 8000` (a variable) from "Port: 8000" (a label).
      return `\`${node.value}\``;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    default:
      if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
      return '';
  }
}
