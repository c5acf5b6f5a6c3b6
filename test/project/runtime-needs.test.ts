import { describe, expect, it } from 'vitest';
import { initProject } from '../../src/init/init.js';
import { detectProject } from '../../src/project/detect.js';
import type { Fact } from '../../src/project/fact.js';
import { projectWriter } from '../helpers/project-dir.js';

// What a project needs from the image beyond its Python packages: Debian libraries its dependencies
// load or compile against, and the folders it writes. Layouts written for these tests.

const project = projectWriter('needs');
const at = (f: Fact<unknown>) => `${f.value} @ ${f.file}:${f.line}`;
const app = 'from fastapi import FastAPI\n\napp = FastAPI()\n';

describe('Debian packages the dependencies need', () => {
  it.each([
    ['psycopg>=3.2,<4', ['libpq5 @ requirements.txt:2'], []],
    ['psycopg[binary]>=3.2', [], []],
    [
      'psycopg[c,pool]==3.2.3',
      ['libpq5 @ requirements.txt:2'],
      ['build-essential @ requirements.txt:2', 'libpq-dev @ requirements.txt:2'],
    ],
    ['psycopg2-binary==2.9.9', [], []],
    [
      'psycopg2==2.9.9',
      ['libpq5 @ requirements.txt:2'],
      ['build-essential @ requirements.txt:2', 'libpq-dev @ requirements.txt:2'],
    ],
    [
      'mysqlclient==2.2.4',
      ['libmariadb3 @ requirements.txt:2'],
      [
        'build-essential @ requirements.txt:2',
        'pkg-config @ requirements.txt:2',
        'default-libmysqlclient-dev @ requirements.txt:2',
      ],
    ],
  ])('%s', async (requirement, runtime, build) => {
    const f = await detectProject(
      project({ 'requirements.txt': `fastapi\n${requirement}\n`, 'main.py': app }),
    );
    expect(f.systemPackages.runtime.map(at)).toEqual(runtime);
    expect(f.systemPackages.build.map(at)).toEqual(build);
  });

  it('reads Poetry extras, and writes the packages into the contract with the reason', async () => {
    const dir = project({
      'pyproject.toml':
        '[tool.poetry]\nname = "orders"\n\n[tool.poetry.dependencies]\npython = "^3.12"\nfastapi = "^0.115"\npsycopg = { version = "^3.2", extras = ["binary"] }\nmysqlclient = "^2.2"\n',
      'main.py': app,
    });
    const r = await initProject(dir);
    expect(r.facts.systemPackages.runtime.map((x) => x.value)).toEqual(['libmariadb3']);
    expect(r.contractText).toContain(
      '- libmariadb3 # pyproject.toml:8 (mysqlclient compiles against the MySQL/MariaDB client library)',
    );
  });
});

describe('folders the service writes', () => {
  it('come from the defaults of variables named for data, caches and uploads, $HOME paths included', async () => {
    const f = await detectProject(
      project({
        'requirements.txt': 'fastapi\n',
        'main.py': app,
        'settings.py': [
          'import os',
          'from pathlib import Path',
          '',
          'home = os.environ.get("HOME") or "/tmp"',
          'DATA_DIR = Path(os.environ.get("DATA_DIR") or Path(home) / "data")',
          'CACHE_DIR = os.getenv("CACHE_DIR", Path.home() / ".cache")',
          'UPLOAD_DIR = os.environ.get("UPLOAD_DIR", os.path.expanduser("~/uploads"))',
          'DB_PATH = os.environ.get("DB_PATH", "/var/lib/orders/orders.db")',
          'TEMPLATES_DIR = os.environ.get("TEMPLATES_DIR", "/app/templates")',
          '',
        ].join('\n'),
      }),
    );
    expect(f.writablePaths.map(at)).toEqual([
      '$HOME/data @ settings.py:5',
      '$HOME/.cache @ settings.py:6',
      '$HOME/uploads @ settings.py:7',
      '/var/lib/orders @ settings.py:8',
    ]);
  });
});
