import { describe, expect, it } from 'vitest';
import { isShellForm, secretEnvProblems } from '../../src/verify/checks/config.js';
import { isSensitiveContextFile } from '../../src/verify/checks/context.js';
import { sampleOrigin } from '../../src/verify/checks/cors.js';
import { bodyMatches, p95 } from '../../src/verify/checks/health.js';
import { listenersOn } from '../../src/verify/checks/process.js';
import { findToken, sensitiveFileKind } from '../../src/verify/secret-patterns.js';
import { rewritePort } from '../../src/verify/service.js';

describe('secret patterns', () => {
  it.each([
    ['OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwx', 'an OpenAI key'],
    ['token hf_abcdefghijklmnopqrstuvwxyzABCDEFGH', 'a Hugging Face token'],
    ['AKIAIOSFODNN7EXAMPLE', 'an AWS access key id'],
    [`ghp_${'a'.repeat(36)}`, 'a GitHub token'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'a private key'],
  ])('finds %s', (text, kind) => {
    expect(findToken(text)?.name).toBe(kind);
  });

  it('ignores look-alikes', () => {
    expect(
      findToken('sk-short and task-list and GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D'),
    ).toBeUndefined();
  });

  it('names sensitive files in layers and in the build context', () => {
    expect(sensitiveFileKind('/app/.env')).toBe('.env file');
    expect(sensitiveFileKind('/app/.env.production')).toBe('.env file');
    expect(sensitiveFileKind('/app/.env.example')).toBeUndefined();
    expect(sensitiveFileKind('/app/.git')).toBe('.git folder');
    expect(sensitiveFileKind('/root/.ssh/id_ed25519')).toBe('SSH private key');
    expect(sensitiveFileKind('/app/settings.py')).toBeUndefined();
    expect(isSensitiveContextFile('.git/HEAD')).toBe('.git folder');
    expect(isSensitiveContextFile('certs/server.pem')).toBe('PEM private key');
    expect(isSensitiveContextFile('certs/ca-bundle.pem')).toBeUndefined();
    expect(isSensitiveContextFile('deploy/.netrc')).toBe('credentials file');
    // Key files known only by their extension count in the application's layers, not the base's.
    expect(sensitiveFileKind('/etc/ssl/private/ssl-cert-snakeoil.key')).toBeUndefined();
    expect(sensitiveFileKind('/app/certs/server.key', true)).toBe('key file');
    expect(isSensitiveContextFile('app/main.py')).toBeUndefined();
  });
});

describe('isShellForm', () => {
  it('tells shell form from exec form', () => {
    expect(isShellForm(null, ['/bin/sh', '-c', 'uvicorn app:app'])).toBe(true);
    expect(isShellForm(null, ['/bin/sh', '-c', 'exec uvicorn app:app'])).toBe(false);
    expect(isShellForm(null, ['uvicorn', 'app:app'])).toBe(false);
    expect(isShellForm(['/bin/sh', '-c'], ['uvicorn app:app'])).toBe(true);
    expect(isShellForm(['tini', '--'], ['uvicorn'])).toBe(false);
  });

  it('reads -c bundled with other options and any POSIX shell (src/knowledge/shells.ts)', () => {
    // Changed: `-ec` and ash/zsh were not recognised before the shells table.
    expect(isShellForm(null, ['/bin/sh', '-ec', 'uvicorn app:app'])).toBe(true);
    expect(isShellForm(null, ['/bin/ash', '-c', 'gunicorn app:app'])).toBe(true);
    expect(isShellForm(null, ['/usr/bin/env', '-c', 'x'])).toBe(false);
  });
});

describe('rewritePort', () => {
  it('replaces the contract port wherever it stands as a number', () => {
    expect(rewritePort(['uvicorn', 'a:b', '--port', '7860'], 7860, 41000)).toEqual([
      'uvicorn',
      'a:b',
      '--port',
      '41000',
    ]);
    expect(rewritePort(['gunicorn', '-b', '0.0.0.0:8000'], 8000, 41000)).toEqual([
      'gunicorn',
      '-b',
      '0.0.0.0:41000',
    ]);
    expect(rewritePort(['/bin/sh', '-c', 'python -m x --port=8000 --workers 18000'], 8000, 5)).toEqual([
      '/bin/sh',
      '-c',
      'python -m x --port=5 --workers 18000',
    ]);
    expect(rewritePort(null, 1, 2)).toBeNull();
  });
});

describe('listenersOn', () => {
  const tcp = [
    '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
    '   0: 0100007F:1F40 00000000:0000 0A 00000000:00000000 00:00000000 00000000 10001        0 1 1',
    '   1: 00000000:1F41 00000000:0000 0A 00000000:00000000 00:00000000 00000000 10001        0 1 1',
    '   2: 0100007F:1F41 0100007F:9C40 01 00000000:00000000 00:00000000 00000000 10001        0 1 1',
  ].join('\n');
  it('decodes listening addresses for a port, ignoring established connections', () => {
    expect(listenersOn(tcp, 8000)).toEqual(['127.0.0.1']);
    expect(listenersOn(tcp, 8001)).toEqual(['0.0.0.0']);
    expect(listenersOn('   0: 00000000000000000000000000000000:1F40 0000:0000 0A', 8000)).toEqual(['::']);
  });
});

describe('cors sample origin', () => {
  it('derives a preview URL the regex matches', () => {
    expect(sampleOrigin('https://.*\\.vercel\\.app')).toBe('https://dockspec-preview-git-main.vercel.app');
    expect(sampleOrigin('^https://myapp-[a-z0-9-]+\\.vercel\\.app$')).toBe(
      'https://myapp-preview-git-main.vercel.app',
    );
    expect(sampleOrigin('(')).toBeUndefined();
  });
});

describe('health helpers', () => {
  it('matches a contained JSON object or a substring', () => {
    expect(bodyMatches('{"status":"healthy","version":"1"}', { status: 'healthy' })).toBe(true);
    expect(bodyMatches('{"status":"degraded"}', { status: 'healthy' })).toBe(false);
    expect(bodyMatches('not json', { status: 'healthy' })).toBe(false);
    expect(bodyMatches('OK', 'OK')).toBe(true);
    expect(bodyMatches('anything', undefined)).toBe(true);
  });

  it('takes the 95th percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(p95(values)).toBe(95);
    expect(p95([3])).toBe(3);
  });
});

describe('secretEnvProblems', () => {
  it('reports credentials and database passwords in the image config, not the base image fingerprint', () => {
    const found = secretEnvProblems(
      [
        'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
        'DB_PASS=correct-horse',
        'DATABASE_URL=postgresql://app:s3cret@db/app',
        'CACHE_DATABASE_URL=sqlite:////data/cache.db',
        'SESSION_TOKEN=short',
        'STRIPE=sk-proj-aaaaaaaaaaaaaaaaaaaaaaaa',
        'HF_HOME=/data',
      ],
      new Set(['HF_HOME']),
    );
    expect(found).toEqual([
      'ENV DB_PASS looks like a credential (corr…(13 chars))',
      'ENV DATABASE_URL holds a connection string with a password (post…(30 chars))',
      'ENV STRIPE holds an OpenAI key (sk-p…(32 chars))',
      'ENV HF_HOME is a contract secret baked into the image config',
    ]);
  });
});

describe('lastException', () => {
  it('names the exception a traceback ends with, the last of a chain', async () => {
    const { lastException } = await import('../../src/verify/checks/required-env.js');
    const keyError = [
      'Traceback (most recent call last):',
      '  File "/app/server.py", line 12, in <module>',
      "    KEY = os.environ['OPENAI_API_KEY']",
      "KeyError: 'OPENAI_API_KEY'",
    ].join('\n');
    expect(lastException(keyError)).toBe("KeyError: 'OPENAI_API_KEY'");
    const chained = [
      keyError,
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 3, in <module>',
      "PermissionError: [Errno 13] Permission denied: '/data/cache'",
    ].join('\n');
    expect(lastException(chained)).toBe("PermissionError: [Errno 13] Permission denied: '/data/cache'");
    expect(lastException('pydantic_core._pydantic_core.ValidationError: 1 validation error')).toBeUndefined();
    expect(
      lastException(
        'Traceback (most recent call last):\n  ...\npydantic_core._pydantic_core.ValidationError: 1 validation error for Settings',
      ),
    ).toBe('pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings');
  });
});
