import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const fixtures = new URL('../fixtures/import/', import.meta.url).pathname;

function dockspec(args: string[], cwd: string) {
  const r = spawnSync('node', [bin, '--no-color', ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dockspec import', () => {
  it('writes dockspec.yaml with source comments and reports on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-import-'));
    const r = dockspec(['import', join(fixtures, 'seeds/000-hf-contract.md')], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const written = readFileSync(join(dir, 'dockspec.yaml'), 'utf8');
    expect(written).toMatch(/port: 7860 # from .*000-hf-contract\.md:52/);
    expect(r.stderr).toContain('Not understood (1)');
  });

  it('an --out that cannot be written is an input error (exit 2) naming it, not an internal error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-import-'));
    const plan = join(fixtures, 'layouts/plan.md');
    const intoDir = dockspec(['import', plan, '--out', '.', '--force'], dir);
    expect(intoDir.status).toBe(2);
    expect(intoDir.stderr).toMatch(
      /--out \. is a directory[\s\S]*--out \.\/dockspec\.yaml|--out \. is a directory/,
    );
    const missing = dockspec(['import', plan, '--out', 'no/such/dir/x.yaml'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot write no/such/dir/x.yaml');
    expect(missing.stderr).not.toContain('internal error');
  });

  it('never overwrites --out without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-import-'));
    writeFileSync(join(dir, 'mine.yaml'), 'hand-written\n');
    const refused = dockspec(['import', join(fixtures, 'layouts/plan.md'), '--out', 'mine.yaml'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('mine.yaml already exists');
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('hand-written\n');
    const forced = dockspec(
      ['import', join(fixtures, 'layouts/plan.md'), '--out', 'mine.yaml', '--force'],
      dir,
    );
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toContain('base: python:3.11-slim');
  });

  it('--format json puts the report on stdout; conflicts carry both locations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-import-'));
    const r = dockspec(
      [
        'import',
        join(fixtures, 'layouts/plan.md'),
        join(fixtures, 'layouts/contract.md'),
        '--format',
        'json',
      ],
      dir,
    );
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.contract.image.base).toBe('python:3.12-slim');
    const base = report.conflicts.find((c: { path: string }) => c.path === 'image.base');
    expect(base.chosen.source.line).toBe(5);
    expect(base.others[0].source.file).toMatch(/plan\.md$/);
  });

  it('two services without --service: exit 2 naming both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-import-'));
    const r = dockspec(['import', join(fixtures, 'layouts/two-services.md')], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('api, worker');
    expect(r.stderr).toContain('--service');
    expect(
      dockspec(['import', join(fixtures, 'layouts/two-services.md'), '--service', 'api'], dir).status,
    ).toBe(0);
  });

  it('a document without a contract, or a missing file: exit 2 and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-import-'));
    const none = dockspec(['import', join(fixtures, 'layouts/no-contract.md')], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('holds no container contract');
    expect(none.stderr).toContain('Looked for');
    const missing = dockspec(['import', 'nope.md'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.md: no such file');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('--lint exits 1 on defects of the document, at its lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-import-'));
    const r = dockspec(
      ['import', join(fixtures, 'seeds/002-multistage-card.md'), '--lint', '--out', '-'],
      dir,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('version: 1');
    expect(r.stderr).toMatch(/002-multistage-card\.md:108[: ].*README\.md/);
  });

  it('--lint --format sarif|github: the document’s findings in lint’s formats, at the document’s lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-import-'));
    const doc = join(fixtures, 'seeds/002-multistage-card.md');
    const sarif = dockspec(['import', doc, '--lint', '--format', 'sarif'], dir);
    expect(sarif.status).toBe(1);
    const results = JSON.parse(sarif.stdout).runs[0].results as {
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
    expect(
      results.some(
        (r) =>
          r.locations[0].physicalLocation.artifactLocation.uri.endsWith('002-multistage-card.md') &&
          r.locations[0].physicalLocation.region.startLine === 108,
      ),
    ).toBe(true);
    const github = dockspec(['import', doc, '--lint', '--format', 'github', '--force'], dir);
    expect(github.stdout).toMatch(/^::(error|warning) file=.*002-multistage-card\.md,line=108/m);
  });
});
