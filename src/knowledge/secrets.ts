// Secret and key material: the file names that hold secrets by convention, and the token shapes
// that are credentials whatever they are called. For every step that must keep them out of a build
// context or an image (lint, verify, generate). Sources: the files trivy's and dockle's secret checks
// name, Docker's .dockerignore guidance (.env, .git, keys), the credential files of pip (.pypirc),
// npm (.npmrc), curl and git (.netrc, .git-credentials), AWS, GCP and Docker, and the token formats
// the providers publish (OpenAI, Hugging Face, AWS, GitHub, Slack, Anthropic, Google).

/** A kind of secret file and how to recognise its path (relative or absolute, `/`-separated). */
export interface SecretFileKind {
  kind: string;
  /** The .dockerignore pattern that excludes it. */
  pattern: string;
  /**
   * True when only the extension says it (`*.key`): system packages and libraries ship such files
   * as fixtures and snakeoil keys, so image scans look for these in the application's own layers only.
   */
  byExtension: boolean;
  test: (path: string) => boolean;
}

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Templates meant to be committed and copied: `.env.example`, `settings.key.sample`. */
export const isSecretTemplate = (path: string): boolean =>
  /\.(example|sample|template|dist)$/.test(base(path));

/**
 * A PEM file named as a certificate (`ca.pem`, `cacert.pem`, `fullchain.pem`, `server-cert.pem`)
 * holds public data; any other `.pem` (`server.pem`, `privkey.pem`) is taken for a private key.
 */
export const isCertificateName = (name: string): boolean =>
  /(^|[-_.])(ca|cacert|cert|certs|certificate|chain|fullchain|bundle|root|trust|public|pub)([-_.]|$)/i.test(
    name.replace(/\.pem$/i, ''),
  );

export const secretFileKinds: readonly SecretFileKind[] = [
  { kind: '.git folder', pattern: '.git', byExtension: false, test: (p) => /(^|\/)\.git(\/|$)/.test(p) },
  {
    kind: '.env file',
    pattern: '.env*',
    byExtension: false,
    test: (p) => /^\.env(\.[\w.-]+)?$/.test(base(p)),
  },
  {
    kind: 'SSH private key',
    pattern: 'id_rsa*',
    byExtension: false,
    test: (p) => /^id_(rsa|dsa|ecdsa|ed25519)$/.test(base(p)),
  },
  { kind: 'key file', pattern: '*.key', byExtension: true, test: (p) => /\.key$/i.test(base(p)) },
  {
    kind: 'PEM private key',
    pattern: '*.pem',
    byExtension: true,
    test: (p) => /\.pem$/i.test(base(p)) && !isCertificateName(base(p)),
  },
  {
    kind: 'PKCS#12 keystore',
    pattern: '*.p12',
    byExtension: true,
    test: (p) => /\.(p12|pfx)$/i.test(base(p)),
  },
  {
    kind: 'credentials file',
    pattern: '.netrc',
    byExtension: false,
    test: (p) =>
      /^(\.netrc|\.pypirc|\.npmrc|\.git-credentials|credentials|credentials\.json)$/.test(base(p)) ||
      /(^|\/)\.docker\/config\.json$/.test(p),
  },
];

/** The kind of secret a path holds, or undefined (templates never count). */
export function secretFileKind(path: string): SecretFileKind | undefined {
  if (isSecretTemplate(path)) return undefined;
  return secretFileKinds.find((k) => k.test(path));
}

/**
 * What every .dockerignore of a service must exclude whatever the context holds today: a
 * developer's `.env` and the git history arrive with the next checkout. Each with a path that
 * stands for it when asking a .dockerignore whether it is excluded.
 */
export const alwaysExclude: readonly { pattern: string; probe: string }[] = [
  { pattern: '.env*', probe: '.env' },
  { pattern: '.git', probe: '.git/HEAD' },
];

/** The secrets group of a generated .dockerignore (`.env.example` stays: it documents the variables). */
export const dockerignoreSecretPatterns: readonly string[] = [
  '**/.env',
  '**/.env.*',
  '!**/.env.example',
  '**/*.pem',
  '**/*.key',
  '**/*.p12',
  '**/*.pfx',
  '**/id_rsa*',
  'secrets',
];

/** Token shapes that are credentials whatever they are called. */
export const tokenPatterns: readonly { name: string; re: RegExp }[] = [
  { name: 'an OpenAI key', re: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}/ },
  { name: 'a Hugging Face token', re: /\bhf_[A-Za-z0-9]{30,}/ },
  { name: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  {
    name: 'a GitHub token',
    re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{22,}/,
  },
  { name: 'a Slack token', re: /\bxox[baprs]-[A-Za-z0-9-]{10,}/ },
  { name: 'an Anthropic key', re: /\bsk-ant-[A-Za-z0-9_-]{20,}/ },
  { name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'a private key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/ },
];

// Environment-variable names that hold secrets. The word list is BuildKit's SecretsUsedInArgOrEnv
// (apikey, auth, credential(s), key, password, pword, passwd, secret, token) plus the short forms
// that twelve-factor apps use (PASS, PWD, PASSPHRASE) and Sentry-style DSNs, which embed a key.
const secretWords = new Set([
  'apikey',
  'auth',
  'credential',
  'credentials',
  'dsn',
  'key',
  'pass',
  'passphrase',
  'passwd',
  'password',
  'pword',
  'pwd',
  'secret',
  'token',
]);
// Words that say the value is about a secret, not the secret: BuildKit allows PUBLIC; a key's id,
// the file or path holding a secret and settings about auth (AUTH_ENABLED, TOKEN_TTL) are not secret.
const aboutWords = new Set(
  (
    'public id file path dir url uri name type version enabled disabled mode method algorithm host ' +
    'port header scheme endpoint timeout ttl expire expires expiry lifetime length size prefix region ' +
    'format count limit max min provider backend'
  ).split(' '),
);
// Whole names that match the words but are not secrets: the shell's working directory, and the
// release-signing key fingerprint that the official python images set (public by design).
const notSecretNames = new Set(['PWD', 'OLDPWD', 'GPG_KEY']);
// Every secret word and suffix, and the URL words of a database URL, contain one of these.
const mayBeSecret = /key|pass|pwd|pword|secret|token|auth|credential|dsn|ur[li]/i;
// Run together without `_`: DBPASSWORD, MYTOKEN, APIKEY.
const secretSuffix = /(password|passwd|secret|token|apikey)$/i;
// Connection strings of databases carry a user and password (postgres://user:pass@host/db).
const databaseUrl =
  /^(?:\w+_)?(?:database|db|postgres|postgresql|pg|mysql|mariadb|mongo|mongodb|sqlalchemy_database)_(?:url|uri)$/i;

/**
 * Whether an environment-variable name holds a secret: `credential` for keys, tokens and passwords
 * (`OPENAI_API_KEY`, `DB_PASS`), `database-url` for a database connection string (`DATABASE_URL`),
 * which carries its password. Lint flags credentials in ARG/ENV; init, import and verify treat both
 * as run-time secrets.
 */
export function secretEnvName(name: string): 'credential' | 'database-url' | undefined {
  // Most names hold none of the words: one test settles them (lint reads every ARG and ENV).
  if (!mayBeSecret.test(name)) return undefined;
  if (notSecretNames.has(name.toUpperCase())) return undefined;
  if (databaseUrl.test(name)) return 'database-url';
  const words = name.toLowerCase().split(/_+/);
  if (words.some((w) => aboutWords.has(w))) return undefined;
  if (words.some((w) => secretWords.has(w)) || secretSuffix.test(name)) return 'credential';
  return undefined;
}
