import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContractText } from '../../src/contract/load.js';
import { initShellParser } from '../../src/dockerfile/shell.js';
import { InputError } from '../../src/errors.js';
import { importDocumentsSync as importDocuments } from '../../src/import/import.js';

const fixture = (name: string) => ({
  file: name,
  text: readFileSync(new URL(`../fixtures/import/layouts/${name}`, import.meta.url), 'utf8'),
});

function importError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

// Dockerfile blocks are read with dockspec's Dockerfile model, which parses RUN with tree-sitter.
await initShellParser();

describe('awkward layouts', () => {
  it('extra columns, bold, code and links in cells', () => {
    const r = importDocuments([fixture('extra-columns.md')]);
    expect(r.contract.image).toMatchObject({
      base: 'python:3.12-slim-bookworm',
      python: '3.12',
      user: { name: 'app', uid: 10001 },
    });
    expect(r.contract.app).toMatchObject({
      port: 8080,
      health: { liveness: '/healthz', readiness: '/readyz' },
    });
    expect(r.contract.budgets?.imageSize).toBe('350MB');
    expect(r.contract.target).toBe('kubernetes');
    expect(r.contract.env?.variables).toContainEqual({
      name: 'PORT',
      default: 8080,
      description: 'Port uvicorn binds',
    });
    expect(r.contract.env?.secrets).toContainEqual({
      name: 'DATABASE_URL',
      description: 'Postgres DSN, from the Kubernetes Secret payments-db',
      source: 'Kubernetes Secret',
      required: true,
    });
    // A row of a contract table that maps to nothing is listed with its line, never dropped.
    expect(r.notUnderstood).toContainEqual(
      expect.objectContaining({ source: { file: 'extra-columns.md', line: 14 } }),
    );
  });

  it('Windows line endings give the same contract and the same lines', () => {
    const doc = fixture('extra-columns.md');
    const unix = importDocuments([doc]);
    const windows = importDocuments([{ ...doc, text: doc.text.replace(/\n/g, '\r\n') }]);
    expect(windows.contract).toEqual(unix.contract);
    expect(windows.contractText).toBe(unix.contractText);
  });

  it('values given in prose only', () => {
    const r = importDocuments([fixture('prose-only.md')]);
    expect(r.contract).toMatchObject({
      target: 'compose',
      app: {
        port: 9000,
        health: { liveness: '/health', readiness: '/health/ready', readinessUnavailableStatus: 503 },
      },
      image: { python: '3.11', user: { uid: 1000 } },
      budgets: { imageSize: '400MB', startup: '15s' },
    });
    expect(r.contract.dependencies).toEqual([{ name: 'postgres', kind: 'postgres', readiness: true }]);
    expect(
      r.facts.every(
        (f) =>
          f.evidence === 'prose' || f.evidence.startsWith('mentioned') || f.evidence === 'document title',
      ),
    ).toBe(true);
  });

  it('headings in another language, values in tables', () => {
    const r = importDocuments([fixture('other-language.md')]);
    expect(r.contract).toMatchObject({
      target: 'huggingface-space',
      app: { port: 8000, health: { liveness: '/api/health' } },
      image: { base: 'python:3.11-slim', user: { uid: 1000 } },
      budgets: { imageSize: '600MB', startup: '20s' },
    });
    expect(r.contract.env?.secrets).toEqual([
      { name: 'OPENAI_API_KEY', description: 'Schlüssel für OpenAI', source: 'Hugging Face Secrets' },
      { name: 'HF_TOKEN', description: 'Zugriffstoken', source: 'Hugging Face Secrets' },
    ]);
    // Port 8000 on a Space needs app_port: the contract rules report it at the table row.
    expect(r.findings).toContainEqual(
      expect.objectContaining({ id: 'hf-port', source: { file: 'other-language.md', line: 8 } }),
    );
  });

  it('Hugging Face front matter and `NAME: value` lines', () => {
    const r = importDocuments([fixture('hf-frontmatter.md')]);
    expect(r.contract).toMatchObject({
      service: 'rag-backend',
      target: 'huggingface-space',
      app: { port: 7860 },
    });
    expect(r.contract.env?.variables).toEqual([
      { name: 'PORT', default: 7860 },
      { name: 'LOG_LEVEL', default: 'info' },
      { name: 'WORKERS', default: 2 },
      { name: 'HF_HOME', default: '/tmp/hf' },
    ]);
    expect(r.contract.env?.secrets).toHaveLength(1);
    expect(r.contract.budgets?.imageSize).toBe('150MB');
    expect(r.contractText).toContain('port: 7860 # from hf-frontmatter.md:4');
  });

  it('a two-column table whose header row is itself a fact, and a Kubernetes manifest', () => {
    const r = importDocuments([fixture('headerless-k8s.md')]);
    expect(r.contract).toMatchObject({
      service: 'orders',
      target: 'kubernetes',
      app: {
        server: 'gunicorn',
        workers: 4,
        port: 8000,
        health: { liveness: '/livez', readiness: '/readyz', readinessUnavailableStatus: 503 },
      },
      image: { base: 'python:3.12-slim', user: { uid: 10001 } },
    });
    expect(r.contractText).toContain('base: python:3.12-slim # from headerless-k8s.md:3');
    expect(r.contract.env?.secrets).toEqual([
      { name: 'DATABASE_URL', description: 'Postgres DSN', source: 'Kubernetes Secret' },
    ]);
    expect(r.contract.dependencies).toEqual([{ name: 'postgres', kind: 'postgres', readiness: true }]);
  });

  it('bulleted origin and path lists; two Dockerfile variants and a target beside an expected result', () => {
    const r = importDocuments([fixture('lists-and-variants.md')]);
    expect(r.contract.cors?.origins).toEqual([
      'https://app.example.com',
      'https://admin.example.com',
      'http://localhost:3000',
    ]);
    expect(r.contractText).toContain('- https://admin.example.com # from lists-and-variants.md:6');
    expect(r.contract.writablePaths).toEqual(['/tmp', '/home/user/.cache']);
    const base = r.conflicts.find((c) => c.path === 'image.base');
    expect(base?.chosen).toMatchObject({ value: 'python:3.12-slim', source: { line: 27 } });
    expect(base?.others).toEqual([
      {
        value: 'python:3.11-slim',
        source: { file: 'lists-and-variants.md', line: 17 },
        evidence: 'Dockerfile block',
      },
    ]);
    const size = r.conflicts.find((c) => c.path === 'budgets.imageSize');
    expect(size?.chosen.value).toBe('300MB');
    expect(size?.others.map((o) => o.value)).toEqual(['180MB']);
    expect(size?.reason).toMatch(/more specific than an expected result/);
  });

  it('a compose file: the built service, its health check, environment and dependencies', () => {
    const r = importDocuments([fixture('compose-readme.md')]);
    expect(r.contract).toMatchObject({
      service: 'api',
      target: 'compose',
      app: { port: 8000, health: { liveness: '/healthz' } },
      healthcheck: { interval: '10s', timeout: '3s', retries: 5 },
    });
    expect(r.contract.env?.secrets).toEqual([{ name: 'DATABASE_URL' }]);
    expect(r.contract.env?.variables).toContainEqual({ name: 'LOG_LEVEL', default: 'debug' });
    expect(r.contract.dependencies).toEqual([{ name: 'db', kind: 'postgres', image: 'postgres:16' }]);
    expect(r.contractText).toContain('image: postgres:16 # from compose-readme.md:21');
  });

  it('a health section in sentences: liveness answer, readiness and what it waits for', () => {
    const r = importDocuments([fixture('health-section.md')]);
    expect(r.contract.app?.health).toEqual({
      liveness: '/health',
      readiness: '/health/ready',
      expectStatus: 200,
      expectBody: { status: 'ok' },
      readinessUnavailableStatus: 503,
    });
    expect(r.contract.dependencies).toEqual([{ name: 'redis', kind: 'redis', readiness: true }]);
  });

  it('two services in one document: asks which, then imports that one', () => {
    const doc = fixture('two-services.md');
    const error = importError(() => importDocuments([doc]));
    expect(error.message).toContain('api, worker');
    expect(error.hint).toContain('--service');
    const worker = importDocuments([doc], { service: 'worker' });
    expect(worker.contract).toMatchObject({ service: 'worker', target: 'kubernetes', app: { port: 9100 } });
    expect(worker.contract.app?.health?.liveness).toBe('/metrics/health');
    expect(worker.conflicts).toEqual([]);
    expect(() => importDocuments([doc], { service: 'frontend' })).toThrow(/frontend/);
    expect(() => importDocuments([doc], { service: 'My API' })).toThrow(InputError);
  });

  it('a comparison names no choice: "uv (10-100x faster than pip)" is uv, "instead of pip" is not pip', () => {
    // Modelled on spec-kit style plans whose tool tables justify each choice against another.
    const doc = (row: string) =>
      importDocuments([
        {
          file: 'plan.md',
          text: `# Feature: todo API\n\n| Aspect | Choice |\n|---|---|\n| Port | 8000 |\n| Package manager | ${row} |\n`,
        },
      ]).contract.image?.installer;
    expect(doc('uv (10-100x faster than pip)')).toBe('uv');
    expect(doc('faster than pip: uv')).toBe('uv');
    expect(doc('poetry, instead of pip')).toBe('poetry');
    expect(doc('pip')).toBe('pip');
    // Only compared against: nothing is chosen.
    expect(doc('anything faster than pip')).toBeUndefined();
  });

  it('a table header is never a value: "| Feature | Description |" names no service', () => {
    // Modelled on feature specs that open with a summary table before the requirements.
    const r = importDocuments([
      {
        file: 'spec.md',
        text: '# Todo API\n\n| Feature | Description |\n|---|---|\n| Auth | JWT login |\n\n| Setting | Value |\n|---|---|\n| Port | 8000 |\n| Base Image | python:3.12-slim |\n',
      },
    ]);
    expect(r.contract.service).not.toBe('description');
    expect(r.contract.app?.port).toBe(8000);
    expect(r.contract.image?.base).toBe('python:3.12-slim');
    // A header row that is a fact still counts.
    const fact = importDocuments([
      { file: 'x.md', text: '| Base Image | python:3.11-slim |\n|---|---|\n| Port | 7860 |\n' },
    ]);
    expect(fact.contract.image?.base).toBe('python:3.11-slim');
  });

  it('front matter that is not valid YAML is read line by line for title, sdk and app_port', () => {
    // Modelled on Space READMEs whose title holds a colon: the Hub shows them, a YAML parser refuses them.
    const r = importDocuments([
      {
        file: 'README.md',
        text: '---\ntitle: RAG Chat: ask the book\nemoji: 🚀\nsdk: docker\napp_port: 7860\npinned: false\n---\n\n# RAG backend\n',
      },
    ]);
    expect(r.contract).toMatchObject({
      service: 'rag-chat-ask-the-book',
      target: 'huggingface-space',
      app: { port: 7860 },
    });
    // The card's looks are carried into the contract's space section, for the generated README.
    expect(r.contract.space).toEqual({ title: 'RAG Chat: ask the book', emoji: '🚀', pinned: false });
    expect(r.contractText).toContain('# from README.md:5');
    expect(r.notUnderstood).toContainEqual(
      expect.objectContaining({ source: { file: 'README.md', line: 2 } }),
    );
  });

  it("an endpoint table names the health routes; the app's other routes are not the contract's", () => {
    // Modelled on API specs that list their endpoints in a table.
    const r = importDocuments([
      {
        file: 'api.md',
        text: '# Todo API\n\n| Setting | Value |\n|---|---|\n| Port | 8000 |\n\n## Endpoints\n\n| Endpoint | Purpose |\n|---|---|\n| `GET /todos` | list todos |\n| GET /health | Liveness probe |\n| GET /ops/readyz | checks the database |\n',
      },
    ]);
    expect(r.contract.app?.health).toMatchObject({ liveness: '/health', readiness: '/ops/readyz' });
    expect(r.contractText).toContain('liveness: /health # from api.md:12');
  });

  it('a builder block and a runtime block are one multi-stage Dockerfile; "Build Strategy: Multi-stage" says so too', () => {
    const r = importDocuments([fixture('two-stage-blocks.md')]);
    expect(r.contract.image).toMatchObject({ base: 'python:3.12-slim', stages: 'multi' });
    expect(r.contract.app?.port).toBe(8000);
    const stated = importDocuments([
      { file: 'plan.md', text: '# Plan\n\nBuild Strategy: Multi-stage\n\nPort: 8000\n' },
    ]);
    expect(stated.contract.image?.stages).toBe('multi');
  });

  it('values in a section about another component (MCP server, frontend) are listed, not taken', () => {
    const r = importDocuments([fixture('several-components.md')]);
    expect(r.contract.app).toMatchObject({ port: 8000, health: { liveness: '/health' } });
    expect(r.contract.image).toMatchObject({ base: 'python:3.11-slim', user: { uid: 1000 } });
    expect(r.contract.env?.secrets?.map((s) => (typeof s === 'string' ? s : s.name))).toEqual([
      'DATABASE_URL',
    ]);
    const listed = r.notUnderstood.filter((n) => /another component/.test(n.why)).map((n) => n.text);
    expect(listed).toEqual(
      expect.arrayContaining(['app.port: 8080', 'app.health.liveness: "/mcp/health"', 'app.port: 3000']),
    );
    expect(r.conflicts.filter((x) => x.path === 'app.port')).toEqual([]);
  });

  it('a size stated without the base is a budget above the base, not on the whole image', () => {
    // Modelled on container cards that give the app's share of the image next to the total.
    const r = importDocuments([
      {
        file: 'card.md',
        text: '# API image\n\n| Requirement | Value |\n|---|---|\n| Port | 8000 |\n| Image size | <500MB |\n| Final image size | ~150MB (excluding the base image ~120MB) |\n',
      },
    ]);
    expect(r.contract.budgets).toMatchObject({ imageSize: '500MB', imageSizeAboveBase: '150MB' });
    expect(r.conflicts.filter((c) => c.path === 'budgets.imageSize')).toEqual([]);
  });

  it('a document with no contract says what was looked for', () => {
    const error = importError(() => importDocuments([fixture('no-contract.md')]));
    expect(error.message).toContain('no-contract.md');
    expect(error.hint).toMatch(/requirement tables.*Dockerfile/);
  });
});

describe('merging documents', () => {
  it('a later document refines an earlier one, and each disagreement is a conflict with both lines', () => {
    const r = importDocuments([fixture('plan.md'), fixture('contract.md')]);
    expect(r.contract.image?.base).toBe('python:3.12-slim');
    expect(r.contract.budgets?.imageSize).toBe('500MB');
    expect(r.contract.app?.health?.liveness).toBe('/health');
    const base = r.conflicts.find((c) => c.path === 'image.base');
    expect(base?.chosen.source).toEqual({ file: 'contract.md', line: 5 });
    expect(base?.others).toEqual([
      { value: 'python:3.11-slim', source: { file: 'plan.md', line: 5 }, evidence: 'requirements table' },
    ]);
    expect(base?.reason).toMatch(/contract\.md comes later and refines plan\.md/);
    expect(r.conflicts.map((c) => c.path).sort()).toEqual([
      'budgets.imageSize',
      'image.base',
      'image.python',
    ]);
    expect(r.contractText).toContain('liveness: /health # from plan.md:7');
    expect(checkContractText(r.contractText, 'dockspec.yaml').valid).toBe(true);
  });

  it('the order of documents decides: reversed, the plan wins', () => {
    const r = importDocuments([fixture('contract.md'), fixture('plan.md')]);
    expect(r.contract.image?.base).toBe('python:3.11-slim');
  });

  it('a requirements table beats a Dockerfile block beats prose, whatever the order', () => {
    const r = importDocuments([
      {
        file: 'a.md',
        text: '# A\n\n| Requirement | Value |\n|---|---|\n| Exposed Port | 8000 |\n\nThe app listens on port 9000.\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 8080\nCMD ["uvicorn", "main:app"]\n```\n',
      },
    ]);
    const port = r.conflicts.find((c) => c.path === 'app.port');
    expect(port?.chosen.value).toBe(8000);
    expect(port?.others.map((o) => o.value).sort()).toEqual([8080, 9000]);
  });
});
