import type { Fact, NotUnderstood } from '../types.js';

/** A file embedded in the document as a fenced block; `line` is the document line of its first line. */
export interface EmbeddedFile {
  file: string;
  line: number;
  text: string;
  /** The text just before the block, e.g. "Dockerfile.gpu (GPU version):". */
  label: string;
  variant: 'main' | 'gpu' | 'fragment';
  service?: string;
}

/** Specificity of each kind of place a value can come from; higher wins a conflict. */
export const Specificity = {
  requirementsTable: 40,
  keyValue: 35,
  configBlock: 30,
  dockerfile: 30,
  dockerfileFragment: 20,
  example: 15,
  prose: 10,
  mention: 5,
} as const;

/** Fields that belong to one component: read under another component's heading, they are not taken. */
const SERVICE_FIELDS =
  /^(app\.(port|health\.|entrypoint|server|framework|workers)|image\.(base|python|installer|stages|user)|service$)/;

/** Gathers facts and leftovers for one document; extractors only call add() and skip(). */
export class Collector {
  readonly facts: Fact[] = [];
  readonly notUnderstood: NotUnderstood[] = [];
  /** Lines some fact came from, so a section that produced nothing can be reported. */
  readonly usedLines = new Set<number>();
  /** Fenced Dockerfile and .dockerignore blocks, kept for --lint. */
  readonly dockerfiles: EmbeddedFile[] = [];
  readonly dockerignores: EmbeddedFile[] = [];
  service?: string;
  /**
   * The heading of a section about another component (an MCP server, the frontend, the database):
   * the service's own fields read there are that component's, so they are listed, not taken.
   */
  otherComponent?: string;

  constructor(readonly file: string) {}

  add(
    path: string,
    value: unknown,
    line: number,
    specificity: number,
    evidence: string,
    itemLines?: number[],
  ): void {
    if (value === undefined || value === null || value === '') return;
    if (this.otherComponent && SERVICE_FIELDS.test(path)) {
      this.skip(
        line,
        `${path}: ${JSON.stringify(value)}`,
        `in the section "${this.otherComponent}", about another component`,
      );
      return;
    }
    const fact: Fact = { path, value, source: { file: this.file, line }, specificity, evidence };
    if (this.service) fact.service = this.service;
    if (itemLines) fact.itemLines = itemLines;
    this.facts.push(fact);
    this.usedLines.add(line);
  }

  /**
   * One item of a list written as bullets (`- https://app.example.com` under "## CORS origins"):
   * items under the same heading grow one array fact instead of each being a rival value.
   */
  addItem(
    path: string,
    item: string,
    line: number,
    specificity: number,
    evidence: string,
    group: number,
  ): void {
    const key = `${evidence}@${group}`;
    const fact = this.facts.find((f) => f.path === path && `${f.evidence}@${this.groups.get(f)}` === key);
    if (fact && Array.isArray(fact.value)) {
      if (!fact.value.includes(item)) {
        fact.value.push(item);
        fact.itemLines?.push(line);
      }
      this.usedLines.add(line);
      return;
    }
    this.add(path, [item], line, specificity, evidence, [line]);
    this.groups.set(this.facts[this.facts.length - 1], group);
  }

  private readonly groups = new WeakMap<Fact, number>();

  skip(line: number, text: string, why: string): void {
    this.notUnderstood.push({ source: { file: this.file, line }, text: text.trim().slice(0, 200), why });
  }
}
