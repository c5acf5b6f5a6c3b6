import { secretEnvName } from '../knowledge/secrets.js';
import { type Fact, fact } from './fact.js';
import { findEnvReads } from './python/env-vars.js';
import type { PyModule } from './python/modules.js';

export interface EnvironmentFacts {
  secrets: Fact<string>[];
  variables: Fact<{ name: string; default?: string }>[];
  dependencies: Fact<{ name: string; kind: 'postgres' | 'mysql' | 'redis'; env?: string }>[];
}

/** Variables the process itself has, never the service's configuration. */
const IGNORED_ENV = new Set([
  'HOME',
  'PATH',
  'PWD',
  'USER',
  'HOSTNAME',
  'SHELL',
  'TERM',
  'PYTHONPATH',
  'DJANGO_SETTINGS_MODULE',
]);

/** Secrets, variables with defaults, and the databases the code reaches through them. */
export function detectEnvironment(modules: PyModule[], packages: Fact<string>[]): EnvironmentFacts {
  const facts: EnvironmentFacts = { secrets: [], variables: [], dependencies: [] };
  const reads = findEnvReads(modules);
  const seen = new Set<string>();
  for (const r of reads) {
    if (seen.has(r.name) || IGNORED_ENV.has(r.name)) continue;
    seen.add(r.name);
    // A URL the service cannot start without usually carries credentials or names a private endpoint.
    const requiredUrl =
      /_(URL|URI|DSN)$/.test(r.name) &&
      reads.some((x) => x.name === r.name && x.required) &&
      !reads.some((x) => x.name === r.name && x.default !== undefined);
    if (secretEnvName(r.name) || requiredUrl) facts.secrets.push(fact(r.name, r.file, r.line));
    else {
      const dflt = reads.find((x) => x.name === r.name && x.default !== undefined);
      facts.variables.push(
        fact(
          dflt ? { name: r.name, default: dflt.default } : { name: r.name },
          dflt?.file ?? r.file,
          dflt?.line ?? r.line,
        ),
      );
    }
  }
  const has = (...names: string[]) => packages.find((p) => names.includes(p.value));
  const db = reads.find((r) => r.name === 'DATABASE_URL');
  const pg = has('psycopg', 'psycopg2', 'psycopg2-binary', 'psycopg-binary', 'asyncpg', 'pg8000');
  const mysql = has('mysqlclient', 'pymysql', 'aiomysql', 'asyncmy');
  const djangoPg = modules
    .flatMap((m) => m.statements.map((s) => ({ m, s })))
    .find(({ s }) => s.strings.some((x) => x === 'django.db.backends.postgresql'));
  if (pg || djangoPg || (db && /^postgres/.test(db.default ?? ''))) {
    const djangoLine = djangoPg?.s.stringLines[djangoPg.s.strings.indexOf('django.db.backends.postgresql')];
    const why = pg ? `depends on ${pg.value}` : djangoPg ? 'Django ENGINE postgresql' : 'postgres:// default';
    const at = db ?? (djangoPg ? { file: djangoPg.m.file, line: djangoLine ?? djangoPg.s.line } : pg!);
    facts.dependencies.push(
      fact(
        { name: 'postgres', kind: 'postgres', ...(db ? { env: 'DATABASE_URL' } : {}) },
        at.file,
        at.line,
        db ? `DATABASE_URL; ${why}` : why,
      ),
    );
  } else if (mysql && db) {
    facts.dependencies.push(
      fact(
        { name: 'mysql', kind: 'mysql', env: 'DATABASE_URL' },
        db.file,
        db.line,
        `DATABASE_URL; depends on ${mysql.value}`,
      ),
    );
  }
  const redis = reads.find((r) => /^REDIS_(URL|HOST)$/.test(r.name));
  if (redis && has('redis', 'aioredis'))
    facts.dependencies.push(
      fact(
        { name: 'redis', kind: 'redis', env: redis.name },
        redis.file,
        redis.line,
        `${redis.name}; Redis client`,
      ),
    );
  return facts;
}
