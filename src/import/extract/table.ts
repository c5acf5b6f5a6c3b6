import { secretEnvName } from '../../knowledge/secrets.js';
import { CONTRACT_WORDS, normalizeLabel, readLabeled } from '../labels.js';
import type { Block, TableRow } from '../markdown.js';
import { clean, ENV_NAME, readSecretSource } from '../values.js';
import { type Collector, Specificity } from './collector.js';
import { dependencyKind } from './prose.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

const NAME_HEADER = /^(env(ironment)?( variable)?( name)?|variables?|vars?|secrets?( name)?|name|key)s?$/;
// Column headers in English, German, French and Spanish.
const COLUMN = {
  description: /descri|purpose|meaning|what|notes?|used for|beschreibung|zweck|bedeutung|signification|uso/,
  source: /source|injected|provided|where|set (via|in|by)|from|quelle|herkunft|fuente|origine/,
  default: /default|value|example|standard|vorgabe|wert|défaut|defaut|valeur|valor/,
  required: /required|mandatory|optional|pflicht|erforderlich|obligatoire|requis|obligatorio/,
};

/** Words that head a table's column rather than fill a cell: Description, Value, Notes, Choice … */
const COLUMN_HEADING =
  /^(descriptions?|details?|values?|settings?|choices?|decisions?|notes?|comments?|purpose|rationale|reasons?|why|status|examples?|defaults?|types?|owners?|answers?|specification|requirements?|limits?|budgets?|expected( value)?)$/;

function columnHeading(cell: string): boolean {
  const label = normalizeLabel(cell);
  return (
    COLUMN_HEADING.test(label) ||
    Object.values(COLUMN).some((c) => c.test(label) && label.split(' ').length <= 2)
  );
}

/** Requirement tables in their many shapes: key/value, env and secret lists, files to copy. */
export function extractTable(block: TableBlock, c: Collector): void {
  const [head, ...body] = block.rows;
  if (!head || head.cells.length < 2) return;
  const header = head.cells.map(normalizeLabel);
  const section = `${block.context.headings.join(' / ')} ${block.context.label ?? ''}`;
  if (header.includes('source') && header.some((h) => /destination|target|in image|to$/.test(h))) {
    copyTable(header, body, c);
  } else if (NAME_HEADER.test(header[0]) && (header.length > 2 || /env|secret|variable/i.test(section))) {
    envTable(header, body, section, c);
  } else if (body.some((row) => ENDPOINT.test(row.cells[0] ?? ''))) {
    endpointTable(body, c);
  } else {
    keyValueTable(header, head, body, section, c);
  }
}

/** `GET /health`, `` `GET /health/ready` ``: an endpoint a row describes. */
const ENDPOINT = /^`?(?:GET|HEAD)\s+(\/[\w/.{}-]*)`?$/i;

/**
 * An API's endpoint list (`| GET /health | Liveness probe |`): the health routes it names. A row is
 * the readiness route when its description or last path segment says ready, the liveness route when
 * they say health or live; other routes are the app's own and not the contract's.
 */
function endpointTable(body: TableRow[], c: Collector): void {
  for (const row of body) {
    const path = ENDPOINT.exec(row.cells[0] ?? '')?.[1];
    if (!path) continue;
    const what = row.cells.slice(1).join(' ').toLowerCase();
    const last = path.split('/').filter(Boolean).at(-1) ?? '';
    const field =
      /\bready|readiness/.test(what) || /^(ready|readyz|readiness)$/.test(last)
        ? 'app.health.readiness'
        : /liveness|health|\balive|\blive\b/.test(what) || /^(health|healthz|live|livez)$/.test(last)
          ? 'app.health.liveness'
          : undefined;
    if (field) c.add(field, path, row.line, Specificity.requirementsTable, 'endpoint table');
    // "200 when the database answers …, 503 otherwise": the not-ready status and what readiness waits for.
    const status = field === 'app.health.readiness' ? /\b(50\d)\b/.exec(what) : null;
    const dep = status ? dependencyKind(what) : undefined;
    if (status)
      c.add(
        'app.health.readinessUnavailableStatus',
        Number(status[1]),
        row.line,
        Specificity.requirementsTable,
        'endpoint table',
      );
    if (dep)
      for (const [key, value] of [
        ['name', dep],
        ['kind', dep],
        ['readiness', true],
      ] as const)
        c.add(
          `dependencies[${dep}].${key}`,
          value,
          row.line,
          Specificity.requirementsTable,
          'endpoint table',
        );
  }
}

function keyValueTable(
  header: string[],
  head: TableRow,
  body: TableRow[],
  section: string,
  c: Collector,
): void {
  const valueColumn = Math.max(
    1,
    header.findIndex(
      (h, i) => i > 0 && /value|setting|target|decision|limit|budget|expected|requirement/.test(h),
    ),
  );
  // `| Base Image | python:3.11-slim |` with a separator under it: the header row is itself a fact,
  // unless its value cell names a column (`| Feature | Description |`): a heading is never a value.
  const headValue = head.cells[valueColumn] ?? '';
  // A wider table's first row is always its header (`| Service | Port | Notes |`).
  const headIsFact =
    head.cells.length === 2 && !columnHeading(headValue) && readLabeled(head.cells[0], headValue, section);
  const rows = headIsFact ? [head, ...body] : body;
  const tableLooksContract =
    CONTRACT_WORDS.test(section) || rows.some((r) => CONTRACT_WORDS.test(r.cells[0]));
  for (const row of rows) {
    const value = row.cells[valueColumn] ?? '';
    const readings = readLabeled(row.cells[0], value, section);
    if (readings) {
      for (const r of readings) {
        const approx = r.approximate ? Specificity.requirementsTable - 15 : Specificity.requirementsTable;
        c.add(
          r.path,
          r.value,
          row.line,
          approx,
          r.approximate ? 'table (approximate)' : 'requirements table',
        );
      }
    } else if (tableLooksContract && row.cells.some((cell) => cell.length > 0)) {
      c.skip(row.line, row.cells.join(' | '), 'table row not mapped to a contract field');
    }
  }
}

function envTable(header: string[], body: TableRow[], section: string, c: Collector): void {
  const col = (pattern: RegExp) => header.findIndex((h, i) => i > 0 && pattern.test(h));
  const known = [COLUMN.source, COLUMN.default, COLUMN.required];
  // An unnamed second column ("| Secret | Beschreibung |" in a language not listed) is the description.
  const description =
    col(COLUMN.description) >= 0
      ? col(COLUMN.description)
      : header.length >= 2 && !known.some((k) => k.test(header[1]))
        ? 1
        : -1;
  const source = col(COLUMN.source);
  const defaults = col(COLUMN.default);
  const required = col(COLUMN.required);
  const secretTable = /secret|credential|api key/i.test(section) || /secret/.test(header[0]);
  const sectionSource = readSecretSource(section);
  for (const row of body) {
    const name = clean(row.cells[0] ?? '').split(/[\s=]/)[0];
    if (!ENV_NAME.test(name)) {
      if (row.cells[0]) c.skip(row.line, row.cells.join(' | '), 'not an environment variable name');
      continue;
    }
    const def = defaults >= 0 ? clean(row.cells[defaults] ?? '') : '';
    const hasDefault = def !== '' && !/^(-|—|none|n\/a|required)$/i.test(def);
    const isSecret =
      secretTable ||
      (source >= 0 && /secret/i.test(row.cells[source] ?? '')) ||
      (secretEnvName(name) !== undefined && !hasDefault);
    const base = `env.${isSecret ? 'secrets' : 'variables'}[${name}]`;
    const evidence = isSecret ? 'secrets table' : 'variables table';
    c.add(`${base}.name`, name, row.line, Specificity.requirementsTable, evidence);
    if (description >= 0)
      c.add(
        `${base}.description`,
        (row.cells[description] ?? '').replace(/`/g, ''),
        row.line,
        Specificity.requirementsTable,
        evidence,
      );
    if (isSecret) {
      const where =
        // A row may have fewer cells than the header (a mangled table).
        (source >= 0 && readSecretSource(row.cells[source] ?? '')) ||
        (description >= 0 && readSecretSource(row.cells[description] ?? '')) ||
        (source >= 0 && row.cells[source]) ||
        sectionSource;
      if (where) c.add(`${base}.source`, where, row.line, Specificity.requirementsTable, evidence);
      if (required >= 0)
        c.add(
          `${base}.required`,
          readYes(row.cells[required], header[required]),
          row.line,
          Specificity.requirementsTable,
          evidence,
        );
    } else if (hasDefault) {
      c.add(`${base}.default`, typed(def), row.line, Specificity.requirementsTable, evidence);
    }
  }
}

function copyTable(header: string[], body: TableRow[], c: Collector): void {
  const source = header.indexOf('source');
  const destination = header.findIndex((h) => /destination|target|in image|to$/.test(h));
  const required = header.findIndex((h) => COLUMN.required.test(h));
  for (const row of body) {
    const src = clean(row.cells[source] ?? '');
    if (!src) continue;
    const base = `image.copy[${src}]`;
    c.add(`${base}.source`, src, row.line, Specificity.requirementsTable, 'files table');
    c.add(
      `${base}.destination`,
      clean(row.cells[destination] ?? ''),
      row.line,
      Specificity.requirementsTable,
      'files table',
    );
    if (required >= 0)
      c.add(
        `${base}.required`,
        readYes(row.cells[required], header[required]),
        row.line,
        Specificity.requirementsTable,
        'files table',
      );
  }
}

function readYes(cell: string | undefined, header: string): boolean | undefined {
  const yes = /^(yes|y|true|✓|✔|x|required)$/i.test(clean(cell ?? ''));
  const no = /^(no|n|false|optional|-|—)$/i.test(clean(cell ?? ''));
  if (!yes && !no) return undefined;
  return /optional/.test(header) ? !yes : yes;
}

/** "8000" → 8000, "true" → true; anything else, "3.10" included, stays text. */
export function typed(text: string): string | number | boolean {
  if (/^(0|-?[1-9]\d{0,14})$/.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text.replace(/^["']|["']$/g, '');
}
