import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main.js';
import { checkContractText } from '../../src/contract/load.js';
import { InputError } from '../../src/errors.js';
import { initProject } from '../../src/init/init.js';
import { schemaRef } from '../../src/init/schema-ref.js';
import { interceptCliOutput } from '../helpers/cli-capture.js';

const fixtures = new URL('../fixtures/projects/', import.meta.url).pathname;
const fixture = (name: string) => path.join(fixtures, name);
const projects = [
  'fastapi-routers',
  'src-layout',
  'flask-gunicorn',
  'django-app',
  'hf-space',
  'poetry-litestar',
  'uv-starlette',
  'k8s-manifests',
  'pipfile-flask',
  'fastapi-settings-prefix',
  'fastapi-reexport',
];

const temps: string[] = [];
function copyOf(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-init-'));
  temps.push(dir);
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('initProject', () => {
  it.each(projects)('%s: writes a contract that validates, with the schema modeline first', async (name) => {
    const r = await initProject(fixture(name));
    expect(r.written).toBe(false);
    expect(r.contractText.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=\S+dockspec\.schema\.json$/,
    );
    const check = checkContractText(r.contractText, 'dockspec.yaml');
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(check.valid).toBe(true);
  });

  it('comments every detected value with the file:line it came from', async () => {
    const { contractText } = await initProject(fixture('fastapi-routers'));
    const lines = contractText.split('\n');
    const line = (prefix: string) => lines.find((l) => l.trimStart().startsWith(prefix));
    expect(line('entrypoint:')).toBe('  entrypoint: app.main:app # app/main.py:20 (app = FastAPI(...))');
    expect(line('port:')).toBe('  port: 8000 # Dockerfile:7 (CMD --port 8000)');
    expect(line('liveness:')).toBe(
      '    liveness: /health # app/routers/health.py:8 (router prefix "/health")',
    );
    expect(line('python:')).toBe('  python: "3.12" # .python-version:1 (3.12.4)');
    expect(line('- OPENAI_API_KEY')).toBe('    - OPENAI_API_KEY # app/config.py:8');
  });

  it('says when a value is a default rather than detected', async () => {
    const { contractText, undetected } = await initProject(fixture('poetry-litestar'));
    expect(contractText).toContain(
      'port: 8000 # default; no port in a Dockerfile, Procfile, compose file or README',
    );
    expect(contractText).toContain('target: generic # no deployment files found');
    expect(undetected).toEqual([]);
  });

  it('--target picks the preset over the detected one, and the HF port default follows it', async () => {
    const k8s = await initProject(fixture('hf-space'), { target: 'kubernetes' });
    expect(k8s.contractText).toContain('target: kubernetes # --target');
    expect(checkContractText(k8s.contractText, 'dockspec.yaml').valid).toBe(true);
    const hf = await initProject(fixture('uv-starlette'), { target: 'huggingface-space' });
    expect(hf.contractText).toContain('port: 7860 # Hugging Face default app_port');
    expect(checkContractText(hf.contractText, 'dockspec.yaml').valid).toBe(true);
  });

  it('lists what it could not find for an empty directory, and still writes a valid contract', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-empty-'));
    temps.push(dir);
    const r = await initProject(dir);
    expect(r.undetected.map((u) => u.split(' ')[0])).toEqual([
      'app.framework',
      'app.entrypoint',
      'app.health.liveness',
      'image.python',
      'image.dependencyFiles',
    ]);
    expect(checkContractText(r.contractText, 'dockspec.yaml').valid).toBe(true);
  });

  it('writes DIR/dockspec.yaml and refuses to overwrite it without force', async () => {
    const dir = copyOf('flask-gunicorn');
    const first = await initProject(dir, { write: true });
    expect(first.path).toBe(path.join(dir, 'dockspec.yaml'));
    expect(readFileSync(first.path, 'utf8')).toBe(first.contractText);
    const again = initProject(dir, { write: true });
    await expect(again).rejects.toBeInstanceOf(InputError);
    await expect(again).rejects.toThrow('a contract already exists here; not overwriting it');
    const forced = await initProject(dir, { write: true, force: true, target: 'compose' });
    expect(readFileSync(forced.path, 'utf8')).toContain('target: compose # --target');
  });

  it('a directory or a dangling link named dockspec.yaml is an InputError naming it, not a crash', async () => {
    const asDir = copyOf('flask-gunicorn');
    mkdirSync(path.join(asDir, 'dockspec.yaml'));
    const dirResult = initProject(asDir, { write: true, force: true });
    await expect(dirResult).rejects.toBeInstanceOf(InputError);
    await expect(dirResult).rejects.toThrow('dockspec.yaml is a directory');
    const asLink = copyOf('flask-gunicorn');
    symlinkSync(path.join(asLink, 'missing', 'target.yaml'), path.join(asLink, 'dockspec.yaml'));
    const linkResult = initProject(asLink, { write: true });
    await expect(linkResult).rejects.toBeInstanceOf(InputError);
    await expect(linkResult).rejects.toMatchObject({ hint: expect.stringContaining('symbolic link') });
  });

  it('drops a detected value the contract refuses, with a warning, so the file still loads', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-odd-'));
    temps.push(dir);
    mkdirSync(path.join(dir, 'k8s'));
    writeFileSync(
      path.join(dir, 'k8s', 'app.yaml'),
      'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          livenessProbe:\n            httpGet:\n              path: healthz\n',
    );
    const r = await initProject(dir);
    expect(r.facts.health.liveness?.value).toBe('healthz');
    expect(r.warnings).toContainEqual(expect.stringMatching(/^dropped app\.health\.liveness: /));
    expect(r.contractText).not.toContain('liveness');
    expect(checkContractText(r.contractText, 'dockspec.yaml').valid).toBe(true);
  });

  it('rejects a directory that does not exist', async () => {
    await expect(initProject(path.join(fixtures, 'nope'))).rejects.toThrow('is not a directory');
  });
});

describe('schemaRef', () => {
  it('points into this checkout for projects inside it, and at the published schema elsewhere', () => {
    expect(schemaRef(fixture('hf-space'))).toBe('../../../../schema/dockspec.schema.json');
    expect(schemaRef(tmpdir())).toMatch(
      /^https:\/\/unpkg\.com\/dockspec@[\d.]+\/schema\/dockspec\.schema\.json$/,
    );
  });
});

describe('dockspec init (CLI)', () => {
  async function cli(...args: string[]) {
    let stdout = '';
    let stderr = '';
    interceptCliOutput((fd, text) => {
      if (fd === 1) stdout += text;
      else stderr += text;
    });
    const code = await run(['node', 'dockspec', '--no-color', ...args]);
    vi.restoreAllMocks();
    return { code, stdout, stderr };
  }

  it('writes the contract, then refuses to overwrite it without --force (exit 2)', async () => {
    const dir = copyOf('django-app');
    const first = await cli('init', dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`wrote ${path.join(dir, 'dockspec.yaml')}`);
    expect(first.stdout).toBe('');
    const second = await cli('init', dir);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('a contract already exists here; not overwriting it');
    expect(second.stderr).toContain('pass --force');
    expect((await cli('init', dir, '--force')).code).toBe(0);
  });

  it('--print writes the contract to stdout and no file', async () => {
    const dir = copyOf('src-layout');
    const r = await cli('init', dir, '--print', '--quiet');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(r.stdout).toContain('entrypoint: my_service.api.main:app # src/my_service/api/main.py:6');
    expect(r.stderr).toBe('');
    expect(existsSync(path.join(dir, 'dockspec.yaml'))).toBe(false);
  });

  it('--format json prints the facts; a bad --target is a usage error', async () => {
    const dir = copyOf('uv-starlette');
    const r = await cli('init', dir, '--format', 'json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.facts.installer).toEqual({ value: 'uv', file: 'uv.lock', line: 1, note: 'uv.lock present' });
    expect(data.written).toBe(true);
    const alias = await cli('init', dir, '--force', '--print', '--quiet', '--target', 'k8s');
    expect(alias.stdout).toContain('target: kubernetes # --target');
    const capitalised = await cli('init', dir, '--force', '--print', '--quiet', '--target', 'Kubernetes');
    expect(capitalised.stdout).toContain('target: kubernetes # --target');
    const bad = await cli('init', dir, '--force', '--target', 'heroku');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown target "heroku"');
  });
});
