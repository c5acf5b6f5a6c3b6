import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifValidator } from '../helpers/sarif-schema.js';

// Runs the built CLI (`npm test` builds first), as a user would.
const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const seed = new URL('../fixtures/contracts/seed-003.yaml', import.meta.url).pathname;

function dockspec(args: string[], cwd?: string) {
  return spawnSync('node', [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
}

function contractDir(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockspec-validate-'));
  writeFileSync(join(dir, 'dockspec.yaml'), text);
  return dir;
}

describe('dockspec validate', () => {
  it('exits 0 for a valid contract and says so on stderr', () => {
    const r = dockspec(['validate', seed]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/seed-003\.yaml is a valid contract \(0 errors, 0 warnings\)/);
  });

  it('exits 2 for an invalid contract, with file:line:col, path and message per finding', () => {
    const dir = contractDir('version: 1\nservice: demo\ntarget: huggingface-space\napp:\n  prot: 7860\n');
    const r = dockspec(['validate'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'dockspec.yaml:5:3  error  app.prot  unknown key "prot"; did you mean "port"?',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('reports in lint’s formats: SARIF valid against the 2.1.0 schema, GitHub annotations, JUnit', () => {
    const dir = contractDir('version: 1\nservice: demo\ntarget: huggingface-space\napp:\n  prot: 7860\n');
    const sarif = dockspec(['validate', '--format', 'sarif'], dir);
    expect(sarif.status).toBe(2);
    const log = JSON.parse(sarif.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'unknown-key')).toMatchObject({
      ruleId: 'unknown-key',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'dockspec.yaml' },
            region: { startLine: 5, startColumn: 3 },
          },
        },
      ],
    });
    const github = dockspec(['validate', '--format', 'github'], dir);
    expect(github.stdout).toMatch(/^::error file=dockspec\.yaml,line=5,col=3/m);
    const junit = dockspec(['validate', '--format', 'junit'], dir);
    expect(junit.stdout).toContain('<failure type="error" message="app.prot: unknown key');
    expect(dockspec(['validate', '--format', 'yaml'], dir).stderr).toContain('unknown format "yaml"');
  });

  it('prints JSON to stdout with --format json', () => {
    const dir = contractDir('version: 1\nservice: demo\ntarget: kubernetes\nimage: { user: { uid: 0 } }\n');
    const r = dockspec(['validate', 'dockspec.yaml', '--format', 'json'], dir);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'root-user',
        line: 4,
        column: 23,
        path: 'image.user.uid',
        severity: 'error',
      }),
    );
  });

  it('reads stdin with -', () => {
    const r = spawnSync('node', [bin, 'validate', '-'], {
      encoding: 'utf8',
      input: 'version: 1\nservice: demo\ntarget: generic\napp: { port: 99999 }\n',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('<stdin>:4:14  error  app.port  port 99999 is outside 1-65535');
  });

  it('exits 2 with a hint when there is no contract', () => {
    const r = dockspec(['validate'], mkdtempSync(join(tmpdir(), 'dockspec-none-')));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('dockspec init');
  });
});

describe('dockspec schema', () => {
  it('prints the JSON Schema', () => {
    const r = dockspec(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toContain('healthcheck');
  });
});
