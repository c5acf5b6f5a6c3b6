// Python packages that need Debian packages in the image: a shared library they load at run time,
// and the headers and compiler they build against when no wheel carries the library. Sources: the
// packages' installation pages (psycopg 3 "pure Python" vs "binary" installation, psycopg2's build
// prerequisites, mysqlclient's Linux instructions) and Debian's package names (bookworm, trixie).

export interface NativeLibrary {
  /** The Python distribution, normalised (PEP 503). */
  package: string;
  /** Extras that bring their own copy of the library (`psycopg[binary]`): then nothing is needed. */
  selfContainedExtras?: readonly string[];
  /** Debian packages the running service needs. */
  runtime: readonly string[];
  /** Debian packages the build stage needs to compile it. */
  build?: readonly string[];
  /** An extra that compiles an optional speed-up against the library (`psycopg[c]`), and what that needs. */
  compiledExtra?: { extra: string; build: readonly string[] };
  why: string;
}

export const nativeLibraries: readonly NativeLibrary[] = [
  {
    package: 'psycopg',
    selfContainedExtras: ['binary'],
    runtime: ['libpq5'],
    compiledExtra: { extra: 'c', build: ['build-essential', 'libpq-dev'] },
    why: 'psycopg without [binary] loads the system libpq at import',
  },
  {
    package: 'psycopg2',
    runtime: ['libpq5'],
    build: ['build-essential', 'libpq-dev'],
    why: 'psycopg2 ships no wheels: it compiles against libpq (psycopg2-binary does not)',
  },
  {
    package: 'mysqlclient',
    runtime: ['libmariadb3'],
    build: ['build-essential', 'pkg-config', 'default-libmysqlclient-dev'],
    why: 'mysqlclient compiles against the MySQL/MariaDB client library',
  },
];
