// File names that hold secrets by convention, for every step that must keep them out of a build
// context or an image. Sources: the files trivy's and dockle's secret checks name, Docker's
// .dockerignore guidance (.env, .git, keys) and the credential files of pip (.pypirc), npm (.npmrc),
// curl/git (.netrc, .git-credentials), AWS and Docker.

/** A kind of secret file and how to recognise its path (relative, `/`-separated). */
export interface SecretFileKind {
  kind: string;
  /** The .dockerignore pattern that excludes it. */
  pattern: string;
  test: (path: string) => boolean;
}

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Templates meant to be committed and copied: `.env.example`, `settings.key.sample`. */
export const isSecretTemplate = (path: string): boolean =>
  /\.(example|sample|template|dist)$/.test(base(path));

export const secretFileKinds: readonly SecretFileKind[] = [
  { kind: '.env file', pattern: '.env*', test: (p) => /^\.env(\.[\w.-]+)?$/.test(base(p)) },
  { kind: 'private key', pattern: 'id_rsa*', test: (p) => /^id_(rsa|dsa|ecdsa|ed25519)$/.test(base(p)) },
  { kind: 'key file', pattern: '*.key', test: (p) => /\.key$/.test(base(p)) },
  { kind: 'PEM key or certificate', pattern: '*.pem', test: (p) => /\.pem$/.test(base(p)) },
  { kind: 'PKCS#12 keystore', pattern: '*.p12', test: (p) => /\.(p12|pfx)$/.test(base(p)) },
  {
    kind: 'credentials file',
    pattern: '.netrc',
    test: (p) =>
      /^(\.netrc|\.pypirc|\.npmrc|\.git-credentials|credentials\.json)$/.test(base(p)) ||
      /(^|\/)\.aws\/credentials$/.test(p) ||
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
