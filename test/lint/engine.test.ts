import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { InputError } from '../../src/errors.js';
import { defineRule, lintFiles, lintTextSync, parseHadolintConfig, rules } from '../../src/lint/index.js';
import { isCoreRule } from './harness.js';

const core = rules.filter((r) => isCoreRule(r.id));

beforeAll(() => initShellParser());

const ids = (text: string, options: Parameters<typeof lintTextSync>[1] = {}) =>
  lintTextSync(text, { rules: core, ...options }).findings.map((f) => `${f.line} ${f.ruleId} ${f.severity}`);

const apt = 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n';

describe('engine: pragmas', () => {
  it('hadolint ignore on the previous line silences that instruction only', () => {
    const text = `FROM debian:12\n# hadolint ignore=DL3009\nRUN apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends git\n`;
    expect(ids(text)).toEqual(['4 DS2003 info']);
  });

  it('dockspec-ignore takes ids, names and a reason; global ignore covers the file', () => {
    expect(
      ids(`FROM debian:12\n# dockspec-ignore=apt-lists-cleanup the base cleans up\n${apt.split('\n')[1]}`),
    ).toEqual([]);
    expect(
      ids(`# hadolint global ignore=DL3009\n${apt}RUN apt-get install -y --no-install-recommends git`),
    ).toEqual([]);
    expect(ids(`FROM debian:12\n# dockspec-ignore=DS2003\n${apt.split('\n')[1]}`)).toEqual([]);
  });

  it('a pragma applies to every line of a multi-line instruction', () => {
    const text =
      'FROM debian:12\n# hadolint ignore=DL3014\nRUN apt-get update \\\n && apt-get install --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*';
    expect(ids(text)).toEqual([]);
  });
});

describe('engine: configuration', () => {
  it('ignores and overrides by id, alias or name; off disables', () => {
    expect(ids(apt, { config: { ignore: ['DL3009'] } })).toEqual([]);
    expect(ids(apt, { config: { override: { error: ['apt-lists-cleanup'] } } })).toEqual(['2 DS2003 error']);
    expect(ids(apt, { config: { override: { off: ['DS2003'] } } })).toEqual([]);
  });

  it('reads .hadolint.yaml keys', () => {
    const c = parseHadolintConfig(
      'ignored: [DL3008]\noverride:\n  error: [DL3009]\n  ignore: [DL3015]\ntrustedRegistries: [ghcr.io]\nfailure-threshold: error\n',
      '.hadolint.yaml',
    );
    expect(c).toEqual({
      ignore: ['DL3008'],
      override: { error: ['DL3009'], off: ['DL3015'] },
      trustedRegistries: ['ghcr.io'],
      failureThreshold: 'error',
      warnings: [],
    });
    expect(
      parseHadolintConfig('disable-ignore-pragma: true\nfailre-threshold: error\n', 'h.yaml'),
    ).toMatchObject({
      disableIgnorePragma: true,
      warnings: ['h.yaml: unknown key `failre-threshold` (did you mean failure-threshold?)'],
    });
    expect(() => parseHadolintConfig('failure-threshold: loud', 'h.yaml')).toThrow(InputError);
    // hadolint's label schema and strict-labels are read; a type hadolint does not know is refused.
    expect(
      parseHadolintConfig(
        'label-schema:\n  maintainer: email\n  version: semver\nstrict-labels: true\n',
        'h.yaml',
      ),
    ).toMatchObject({
      labelSchema: { maintainer: 'email', version: 'semver' },
      strictLabels: true,
      warnings: [],
    });
    expect(() => parseHadolintConfig('label-schema:\n  version: number\n', 'h.yaml')).toThrow(
      /label-schema gives version the type "number", which hadolint does not know/,
    );
    expect(() => parseHadolintConfig('ignored: [a\n', 'h.yaml')).toThrow(/not valid YAML/);
    // An unclosed [ is reported at the bracket, not where the parser gave up.
    expect(() => parseHadolintConfig('no-fail: true\nignored: [DL3008\nformat: json\n', 'h.yaml')).toThrow(
      expect.objectContaining({
        message: 'h.yaml is not valid YAML: this [ is never closed',
        position: expect.objectContaining({ line: 2, column: 10 }),
      }),
    );
  });

  it('a rule that throws becomes a finding, not an exception', () => {
    const broken = defineRule({
      id: 'DS1999',
      name: 'broken',
      severity: 'warning',
      description: 'x',
      messages: { m: 'x' },
      check() {
        throw new Error('boom');
      },
    });
    const { findings } = lintTextSync('FROM a:1', { rules: [broken] });
    expect(findings).toMatchObject([{ ruleId: 'DS1999', severity: 'error', line: 1 }]);
    expect(findings[0].message).toContain('boom');
  });

  it('contract and project rules stay silent without their input', () => {
    const needy = rules.filter((r) => r.needs);
    expect(needy.length).toBeGreaterThan(0);
    expect(
      lintTextSync('FROM python:3.12-slim\nCOPY missing.txt .\nEXPOSE 1', { rules: needy }).findings,
    ).toEqual([]);
  });
});

describe('lintFiles', () => {
  it('reads .hadolint.yaml and the contract lint: block beside the Dockerfile; threshold decides failure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-lint-'));
    writeFileSync(path.join(dir, 'Dockerfile'), `${apt}USER 1000\n`);
    writeFileSync(path.join(dir, '.hadolint.yaml'), 'override:\n  error: [DL3009]\n');
    let result = await lintFiles([dir], { rules: core });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['DS2003 error']);
    expect(result.failed).toBe(true);

    writeFileSync(
      path.join(dir, 'dockspec.yaml'),
      'version: 1\nservice: app\ntarget: generic\nlint:\n  override:\n    info: [DL3009]\n  failureThreshold: warning\n',
    );
    result = await lintFiles([dir], { rules: core });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['DS2003 info']);
    expect(result.failed).toBe(false);
    result = await lintFiles([dir], { rules: core, config: { failureThreshold: 'info' } });
    expect(result.failed).toBe(true);
  });

  it('--fix writes the fixed file and reports what is left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-fix-'));
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM debian:12\nRUN apt-get install curl\n');
    const result = await lintFiles([file], { fix: true, write: true, noContract: true, rules: core });
    expect(result.files[0].fixed).toBe(3);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file, 'utf8')).toBe(
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*\n',
    );
    expect(result.findings).toEqual([]);
  });

  it('a missing path is an InputError', async () => {
    await expect(lintFiles(['/nonexistent/Dockerfile'])).rejects.toThrow(InputError);
  });
});

describe('content-hash cache', () => {
  it('serves unchanged text from the cache and still runs project rules on it', async () => {
    const { LintCache, memoryProject } = await import('../../src/lint/index.js');
    const cache = new LintCache();
    const text = 'FROM python:3.12-slim\nRUN pip install x\nCOPY app.py .\n';
    const withFile = memoryProject({ 'app.py': '' });
    const without = memoryProject({});
    const first = lintTextSync(text, { cache, project: withFile, rules: core });
    const again = lintTextSync(text, { cache, project: without, rules: core });
    expect(cache.hits).toBe(1);
    expect(first.findings.map((f) => f.ruleId)).toEqual(['DS2004']);
    expect(again.findings.map((f) => f.ruleId)).toEqual(['DS2004', 'DS1007']);
    expect(lintTextSync(text, { cache, project: withFile, rules: core })).toEqual(
      lintTextSync(text, { project: withFile, rules: core }),
    );
    lintTextSync(`${text}\n`, { cache, rules: core });
    lintTextSync(text, { cache, rules: core, config: { ignore: ['DL3042'] } });
    expect(cache.misses).toBe(3);
  });
});

describe('build context', () => {
  it('prefers <Dockerfile>.dockerignore over .dockerignore, as BuildKit does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-ctx-'));
    writeFileSync(path.join(dir, 'README.md'), '# x');
    writeFileSync(path.join(dir, '.dockerignore'), '');
    writeFileSync(path.join(dir, 'api.Dockerfile'), 'FROM python:3.12-slim\nCOPY README.md .\n');
    writeFileSync(path.join(dir, 'api.Dockerfile.dockerignore'), 'README.md\n');
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM python:3.12-slim\nCOPY README.md .\n');
    const result = await lintFiles([dir], { rules: core, noContract: true });
    const copy = result.findings.filter((f) => f.ruleId === 'DS1006');
    expect(copy.map((f) => path.basename(f.file))).toEqual(['api.Dockerfile']);
    expect(copy[0].message).toContain('api.Dockerfile.dockerignore line 1');
    expect(result.files.map((f) => path.basename(f.file))).toEqual(['Dockerfile', 'api.Dockerfile']);
  });
});

describe('failure threshold per file', () => {
  it('each file fails by the threshold its own configuration sets', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dockspec-thr-'));
    const relaxed = path.join(root, 'relaxed');
    const strict = path.join(root, 'strict');
    for (const dir of [relaxed, strict]) {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'Dockerfile'), 'FROM python:3.12-slim\nRUN pip install fastapi\n');
    }
    writeFileSync(path.join(relaxed, '.hadolint.yaml'), 'failure-threshold: error\n');
    const only = rules.filter((r) => r.id === 'DS2004');
    expect((await lintFiles([relaxed], { rules: only, cwd: root })).failed).toBe(false);
    expect((await lintFiles([strict], { rules: only, cwd: root })).failed).toBe(true);
    expect((await lintFiles([relaxed, strict], { rules: only, cwd: root })).failed).toBe(true);
  });
});
