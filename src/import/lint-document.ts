import { loadContractText } from '../contract/load.js';
import { parseDockerignore } from '../dockerfile/dockerignore.js';
import { readDockerfileBlock } from './dockerfile-block.js';
import type { EmbeddedFile } from './extract/index.js';
import type { ImportOutcome } from './import.js';
import type { DocumentFinding } from './types.js';

/**
 * `dockspec import --lint`: the document's own Dockerfile blocks are linted against the contract
 * just imported, with the document's line numbers, and the files they COPY are checked against the
 * document's .dockerignore. Fragments (a HEALTHCHECK line in a bullet) are not linted.
 */
export async function lintImported(outcome: ImportOutcome): Promise<DocumentFinding[]> {
  const { lintText, memoryProject } = await import('../lint/index.js');
  const contract = loadContractText(outcome.contractText, 'dockspec.yaml').resolved;
  const findings: DocumentFinding[] = [];
  const dockerignore = outcome.dockerignores.at(-1);
  for (const block of outcome.dockerfiles.filter((b) => b.variant === 'main')) {
    const context = Object.fromEntries(
      copiedPaths(block).map((p) => [p.endsWith('/') ? `${p}.keep` : p, '']),
    );
    const result = await lintText(block.text, {
      file: block.file,
      contract,
      lineOffset: block.line - 1,
      project: memoryProject(context, { dockerignore: dockerignore && documentLines(dockerignore) }),
    });
    for (const f of result.findings) {
      findings.push({
        id: f.ruleId === f.rule ? f.rule : `${f.ruleId}/${f.rule}`,
        severity: f.severity,
        message: f.message,
        source: { file: f.file, line: f.line, column: f.column },
      });
    }
    if (dockerignore) findings.push(...copiedButIgnored(block, dockerignore, findings));
  }
  // A contract rule and a lint rule often see one defect (curl in a slim image) from two sides: keep the lint's.
  const contractOnly = outcome.findings.filter((f) => !findings.some((g) => sameDefect(f, g)));
  return dedupe([...contractOnly, ...findings]);
}

const TOPIC = /\b(curl|wget|dockerignore|wildcard|uid|port|root)\b/gi;

function sameDefect(a: DocumentFinding, b: DocumentFinding): boolean {
  if (a.source.file !== b.source.file || Math.abs(a.source.line - b.source.line) > 3) return false;
  const topics = new Set(a.message.toLowerCase().match(TOPIC) ?? []);
  return (b.message.toLowerCase().match(TOPIC) ?? []).some((t) => topics.has(t));
}

/** The block's text padded with empty lines, so that line numbers in messages are the document's. */
function documentLines(block: EmbeddedFile): string {
  return '\n'.repeat(Math.max(0, block.line - 1)) + block.text;
}

/** Every build-context path the block's COPY/ADD instructions read (not `--from` a stage). */
function copiedPaths(block: EmbeddedFile): string[] {
  return copies(block).map((c) => c.source);
}

function copies(block: EmbeddedFile): { source: string; line: number }[] {
  const { stages } = readDockerfileBlock(block.text);
  return stages.flatMap((s) =>
    s.instructions
      .filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.from)
      .flatMap((i) =>
        i.args
          .slice(0, -1)
          .filter((a) => !/^https?:\/\//.test(a) && !a.includes('$'))
          .map((source) => ({ source: source.replace(/^\.\//, ''), line: block.line + i.line })),
      ),
  );
}

/**
 * A COPY of a file the .dockerignore leaves out fails the build ("not found"). Reported unless the
 * lint engine already said so on that line.
 */
function copiedButIgnored(
  block: EmbeddedFile,
  ignoreBlock: EmbeddedFile,
  already: DocumentFinding[],
): DocumentFinding[] {
  const ignore = parseDockerignore(documentLines(ignoreBlock), ignoreBlock.file);
  const out: DocumentFinding[] = [];
  for (const copy of copies(block)) {
    const pattern = ignore.excludedBy(copy.source.replace(/\/$/, ''));
    if (!pattern) continue;
    const known = already.some((f) => f.source.line === copy.line && /dockerignore/i.test(f.message));
    if (known) continue;
    out.push({
      id: 'copy-ignored-file',
      severity: 'error',
      message: `COPY ${copy.source} reads a file that the document's .dockerignore excludes (pattern "${pattern.pattern}" at ${ignoreBlock.file}:${pattern.line}); the build fails with "not found"`,
      source: { file: block.file, line: copy.line },
    });
  }
  return out;
}

function dedupe(findings: DocumentFinding[]): DocumentFinding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.id}@${f.source.file}:${f.source.line}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line);
}
