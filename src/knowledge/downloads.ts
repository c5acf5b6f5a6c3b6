// Downloads in a build: the programs that fetch URLs, what a downloaded file is (an archive, a
// package, a script, a binary: something the build then unpacks, installs or runs), and the
// commands that verify one (a checksum compared with a known value, a signature). Sources: curl(1),
// wget(1), coreutils' sha*sum --check, gpg --verify/gpgv, cosign verify-blob, minisign -V, and
// Docker's `ADD --checksum` (Dockerfile reference).

/** Programs that fetch a URL. */
export const downloaders: ReadonlySet<string> = new Set(['curl', 'wget']);

/** A URL the build fetches: http, https or ftp. */
export const isFetchableUrl = (text: string): boolean => /^(https?|ftp):\/\//i.test(text);

/** A URL path that names something the build unpacks, installs or runs. */
const artifactPath =
  /\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2|tar\.zst|zip|gz|xz|bz2|zst|deb|rpm|apk|whl|jar|war|sh|bash|run|bin|appimage|exe|msi)$/i;

/**
 * True when a URL fetches an artifact: a file by its extension, or anything from a release
 * download path (`/releases/download/v1.2/tool-linux-amd64`), which is how binaries are published.
 */
export function isArtifactUrl(url: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+([^?#]*)/i.exec(url);
  if (!m) return false;
  const path = m[1];
  return artifactPath.test(path) || /\/releases\/download\//.test(path);
}

/** Checksum programs whose `-c`/`--check` compares files with known digests. */
export const checksumPrograms: ReadonlySet<string> = new Set([
  'sha256sum',
  'sha512sum',
  'sha384sum',
  'sha224sum',
  'sha1sum',
  'b2sum',
  'shasum',
]);

/** Programs, with the subcommand or flag that makes them verify a signature. */
export const signatureVerifiers: readonly { program: string; verifies: readonly string[] }[] = [
  { program: 'gpg', verifies: ['--verify'] },
  { program: 'gpgv', verifies: [] },
  { program: 'cosign', verifies: ['verify', 'verify-blob'] },
  { program: 'minisign', verifies: ['-V'] },
  { program: 'sigstore', verifies: ['verify'] },
];

/** Interpreters that run a script fed on standard input (`curl … | sh`). */
export const stdinInterpreters: ReadonlySet<string> = new Set([
  'sh',
  'bash',
  'dash',
  'ash',
  'zsh',
  'ksh',
  'python',
  'python3',
  'perl',
  'ruby',
  'node',
]);
