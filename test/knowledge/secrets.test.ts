import { describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { secretEnvName, secretFileKind } from '../../src/knowledge/secrets.js';
import { lintTextSync, memoryProject, rules } from '../../src/lint/index.js';
import { isSensitiveContextFile } from '../../src/verify/checks/context.js';

describe('knowledge: secret files', () => {
  it('names each kind, and leaves templates and certificates alone', () => {
    const kind = (p: string) => secretFileKind(p)?.kind;
    expect(kind('.env')).toBe('.env file');
    expect(kind('app/.env.production')).toBe('.env file');
    expect(kind('.env.example')).toBeUndefined();
    expect(kind('.git/HEAD')).toBe('.git folder');
    expect(kind('keys/id_rsa')).toBe('SSH private key');
    expect(kind('keys/id_rsa.pub')).toBeUndefined();
    expect(kind('tls/server.key')).toBe('key file');
    expect(kind('server.pem')).toBe('PEM private key');
    expect(kind('privkey.pem')).toBe('PEM private key');
    for (const cert of ['ca.pem', 'cacert.pem', 'fullchain.pem', 'server-cert.pem', 'ca-bundle.pem'])
      expect(kind(cert), cert).toBeUndefined();
    expect(kind('store.p12')).toBe('PKCS#12 keystore');
    for (const c of [
      '.netrc',
      '.pypirc',
      '.npmrc',
      '.git-credentials',
      'credentials.json',
      '.aws/credentials',
    ])
      expect(kind(c), c).toBe('credentials file');
    expect(kind('app/main.py')).toBeUndefined();
  });

  it('COPY server.pem is key material for every rule and check that looks at key files', async () => {
    await initShellParser();
    const byRule = (code: string, project?: ReturnType<typeof memoryProject>) =>
      lintTextSync(code, { rules, project }).findings.map((f) => f.rule);
    // copy-secret-file: copying it by name.
    expect(byRule('FROM python:3.12-slim\nCOPY server.pem /app/\n')).toContain('copy-secret-file');
    // dockerignore-secrets: copying the whole context that holds it.
    const project = memoryProject({ 'app.py': '', 'server.pem': '' }, { dockerignore: '.git\n.env*\n' });
    expect(byRule('FROM python:3.12-slim\nCOPY . /app/\n', project)).toContain('dockerignore-secrets');
    // verify's context check.
    expect(isSensitiveContextFile('server.pem')).toBe('PEM private key');
  });
});

describe('knowledge: secret environment-variable names', () => {
  it('names credentials and database URLs, and leaves settings about secrets alone', () => {
    for (const n of [
      'OPENAI_API_KEY',
      'HF_TOKEN',
      'SECRET_KEY',
      'DB_PASS',
      'DB_PWD',
      'SENTRY_DSN',
      'AWS_SECRET_ACCESS_KEY',
      'DBPASSWORD',
      'APIKEY',
      'github_token',
      'GPG_PASSPHRASE',
    ])
      expect(secretEnvName(n), n).toBe('credential');
    for (const n of ['DATABASE_URL', 'SQLALCHEMY_DATABASE_URI', 'MONGODB_URI', 'APP_DB_URL'])
      expect(secretEnvName(n), n).toBe('database-url');
    for (const n of [
      'PWD',
      'GPG_KEY',
      'AWS_ACCESS_KEY_ID',
      'PUBLIC_KEY',
      'MONKEY',
      'KEYBOARD',
      'BYPASS',
      'AUTHOR',
      'TOKENIZERS_PARALLELISM',
      'JWT_TOKEN_TTL',
      'SECRET_KEY_FILE',
      'AUTH_ENABLED',
      'REDIS_URL',
      'PORT',
    ])
      expect(secretEnvName(n), n).toBeUndefined();
  });
});
