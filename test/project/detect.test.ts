import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectProject } from '../../src/project/detect.js';
import type { Fact } from '../../src/project/fact.js';

const fixture = (name: string) => new URL(`../fixtures/projects/${name}`, import.meta.url).pathname;
/** `value @ file:line`, so one assertion checks a value and where it came from. */
const at = (f: Fact<unknown> | undefined) =>
  f ? `${JSON.stringify(f.value)} @ ${f.file}:${f.line}` : undefined;

describe('detectProject', () => {
  it('FastAPI with routers in a package: prefixes from APIRouter and include_router resolved', async () => {
    const f = await detectProject(fixture('fastapi-routers'));
    expect(at(f.framework)).toBe('"fastapi" @ app/main.py:20');
    expect(at(f.entrypoint)).toBe('"app.main:app" @ app/main.py:20');
    expect(at(f.server)).toBe('"uvicorn" @ Dockerfile:7');
    expect(at(f.port)).toBe('8000 @ Dockerfile:7');
    expect(at(f.python)).toBe('"3.12" @ .python-version:1');
    expect(at(f.installer)).toBe('"pip" @ requirements.txt:1');
    expect(f.dependencyFiles.map((d) => d.value)).toEqual(['requirements.txt']);
    expect(at(f.health.liveness)).toBe('"/health" @ app/routers/health.py:8');
    expect(at(f.health.readiness)).toBe('"/health/ready" @ app/routers/health.py:13');
    expect(at(f.health.expectBody)).toBe('{"status":"healthy"} @ app/routers/health.py:8');
    expect(f.health.readinessUnavailableStatus?.value).toBe(503);
    // Prefixes: include_router(prefix="/api/v1") + APIRouter(prefix="/items"); POST routes are not GETs.
    expect(f.routes.map((r) => r.path).sort()).toEqual([
      '/admin/stats',
      '/api/v1/items/',
      '/api/v1/items/health',
      '/health',
      '/health/ready',
      '/v2/health',
    ]);
    // The mounted sub-app serves under /v2 and is never the entrypoint; its health path is an alias.
    expect(f.health.aliases.map(at)).toEqual(['"/v2/health" @ app/v2.py:6']);
    const nested = f.routes.find((r) => r.path === '/api/v1/items/health');
    expect(nested?.via).toEqual(['prefix "/api/v1" from app/main.py:34', 'router prefix "/items"']);
    expect(f.secrets.map(at)).toEqual([
      '"DATABASE_URL" @ app/config.py:7',
      '"OPENAI_API_KEY" @ app/config.py:8',
    ]);
    expect(f.variables.map((v) => v.value)).toContainEqual({ name: 'LOG_LEVEL', default: 'info' });
    expect(f.dependencies.map((d) => d.value)).toEqual([
      { name: 'postgres', kind: 'postgres', env: 'DATABASE_URL' },
    ]);
    expect(f.cors?.value).toEqual({
      origins: ['http://localhost:3000', 'https://app.example.com'],
      originRegex: 'https://.*\\.vercel\\.app',
      credentials: true,
    });
    expect(f.warnings).toEqual([]);
  });

  it('src/ layout: the module path starts below src/', async () => {
    const f = await detectProject(fixture('src-layout'));
    expect(at(f.entrypoint)).toBe('"my_service.api.main:app" @ src/my_service/api/main.py:6');
    expect(f.appRoot).toBe('src');
    expect(f.warnings).toEqual([
      'my_service.api.main:app imports from src/: the image must put src/ on PYTHONPATH (or install the package)',
    ]);
    expect(at(f.name)).toBe('"my-service" @ pyproject.toml:2');
    expect(at(f.python)).toBe('"3.11" @ pyproject.toml:5');
    expect(at(f.port)).toBe('8080 @ src/my_service/api/main.py:20');
    expect(at(f.health.liveness)).toBe('"/healthz" @ src/my_service/api/main.py:9');
    expect(at(f.health.readiness)).toBe('"/readyz" @ src/my_service/api/main.py:14');
    expect(at(f.installer)).toBe('"pip" @ pyproject.toml:1');
  });

  it('Flask + gunicorn: factory, blueprint prefix from register_blueprint, Procfile', async () => {
    const f = await detectProject(fixture('flask-gunicorn'));
    expect(at(f.framework)).toBe('"flask" @ app/__init__.py:9');
    expect(at(f.entrypoint)).toBe('"app:create_app()" @ app/__init__.py:9');
    expect(at(f.server)).toBe('"gunicorn" @ Procfile:1');
    expect(at(f.port)).toBe('5000 @ Procfile:1');
    expect(at(f.workers)).toBe('3 @ Procfile:1');
    expect(at(f.python)).toBe('"3.10" @ runtime.txt:1');
    // url_prefix at registration replaces the blueprint's own "/ignored".
    expect(at(f.health.liveness)).toBe('"/api/health" @ app/health.py:6');
    expect(f.health.expectBody?.value).toEqual({ status: 'ok' });
    expect(f.secrets.map(at)).toEqual(['"FLASK_SECRET_KEY" @ app/__init__.py:11']);
    expect(f.cors?.value.origins).toEqual(['https://example.org']);
  });

  it('Django: wsgi application, urlpatterns with include(), compose port', async () => {
    const f = await detectProject(fixture('django-app'));
    expect(at(f.framework)).toBe('"django" @ mysite/wsgi.py:7');
    expect(at(f.entrypoint)).toBe('"mysite.wsgi:application" @ mysite/wsgi.py:7');
    expect(at(f.server)).toBe('"gunicorn" @ compose.yaml:4');
    expect(at(f.port)).toBe('8000 @ compose.yaml:4');
    expect(at(f.target)).toBe('"compose" @ compose.yaml:1');
    expect(at(f.health.liveness)).toBe('"/health/" @ mysite/urls.py:6');
    expect(at(f.health.readiness)).toBe('"/api/ready/" @ api/urls.py:6');
    expect(f.secrets.map(at)).toEqual([
      '"DJANGO_SECRET_KEY" @ mysite/settings.py:3',
      '"POSTGRES_PASSWORD" @ mysite/settings.py:12',
    ]);
    expect(at(f.dependencies[0])).toBe('{"name":"postgres","kind":"postgres"} @ mysite/settings.py:10');
    expect(f.cors?.value).toEqual({ origins: ['https://www.example.com'], credentials: true });
  });

  it('Hugging Face Space: README front matter gives target, port and name', async () => {
    const f = await detectProject(fixture('hf-space'));
    expect(at(f.target)).toBe('"huggingface-space" @ README.md:6');
    expect(at(f.port)).toBe('7860 @ README.md:7');
    expect(at(f.name)).toBe('"rag-backend" @ README.md:2');
    expect(at(f.entrypoint)).toBe('"scripts.api:app" @ scripts/api.py:22');
    expect(at(f.python)).toBe('"3.11" @ Dockerfile:1');
    expect(at(f.healthcheck)).toBe(
      '{"interval":"30s","timeout":"10s","startPeriod":"5s","retries":3} @ Dockerfile:10',
    );
    expect(at(f.health.liveness)).toBe('"/health" @ scripts/api.py:32');
    // Names checked at start-up are secrets, URLs included.
    expect(f.secrets.map((s) => s.value)).toEqual([
      'COHERE_API_KEY',
      'QDRANT_URL',
      'QDRANT_API_KEY',
      'DATABASE_URL',
      'OPENAI_API_KEY',
    ]);
  });

  it('Poetry + Litestar: poetry.lock decides the installer, ^3.12 the Python version', async () => {
    const f = await detectProject(fixture('poetry-litestar'));
    expect(at(f.installer)).toBe('"poetry" @ poetry.lock:1');
    expect(f.dependencyFiles.map((d) => d.value)).toEqual(['pyproject.toml', 'poetry.lock']);
    expect(at(f.python)).toBe('"3.12" @ pyproject.toml:8');
    expect(at(f.framework)).toBe('"litestar" @ orders/app.py:13');
    expect(at(f.server)).toBe('"hypercorn" @ pyproject.toml:10');
    expect(at(f.entrypoint)).toBe('"orders.app:app" @ orders/app.py:13');
    expect(at(f.health.liveness)).toBe('"/livez" @ orders/app.py:8');
    expect(f.dependencies.map((d) => d.value)).toEqual([{ name: 'redis', kind: 'redis', env: 'REDIS_URL' }]);
  });

  it('uv + Starlette: uv.lock decides the installer and Python, Route() gives the health paths', async () => {
    const f = await detectProject(fixture('uv-starlette'));
    expect(at(f.installer)).toBe('"uv" @ uv.lock:1');
    expect(f.dependencyFiles.map((d) => d.value)).toEqual(['pyproject.toml', 'uv.lock']);
    expect(at(f.python)).toBe('"3.13" @ uv.lock:2');
    expect(at(f.framework)).toBe('"starlette" @ server.py:19');
    expect(at(f.server)).toBe('"granian" @ pyproject.toml:4');
    expect(at(f.health.liveness)).toBe('"/health" @ server.py:21');
    expect(at(f.health.readiness)).toBe('"/ready" @ server.py:22');
    expect(f.secrets.map((s) => s.value)).toEqual(['API_TOKEN']);
    expect(f.variables.map((v) => v.value)).toEqual([{ name: 'LOG_LEVEL', default: 'info' }]);
  });
});

describe('detectProject: prefixes held in settings', () => {
  it('reads settings.API_V1_STR from a settings class and leaves out routes under unreadable prefixes', async () => {
    const f = await detectProject(fixture('fastapi-settings-prefix'));
    expect(at(f.health.liveness)).toBe('"/api/v1/utils/health-check/" @ app/api/routes/utils.py:6');
    expect(f.routes.map((r) => r.path).sort()).toEqual(['/api/v1/items/', '/api/v1/utils/health-check/']);
    expect(f.warnings).toEqual([
      'app/main.py:8: prefix settings.UNKNOWN_THING not resolved; routes below it are left out',
    ]);
    expect(f.secrets.map((s) => s.value)).toEqual(['SECRET_KEY', 'FIRST_SUPERUSER_PASSWORD']);
  });
});

describe('detectProject: more layouts', () => {
  it('Kubernetes manifests: target, containerPort, the container command and the probe paths', async () => {
    const f = await detectProject(fixture('k8s-manifests'));
    expect(at(f.target)).toBe('"kubernetes" @ k8s/deployment.yaml:11');
    expect(at(f.port)).toBe('8080 @ k8s/deployment.yaml:20');
    expect(at(f.server)).toBe('"gunicorn" @ k8s/deployment.yaml:20');
    expect(at(f.entrypoint)).toBe('"main:api" @ main.py:3');
    // /health and /healthz both exist: the one the livenessProbe uses wins.
    expect(at(f.health.liveness)).toBe('"/healthz" @ main.py:11');
    expect(at(f.health.readiness)).toBe('"/readyz" @ main.py:16');
  });

  it('Pipfile: dependency files, python_version, Flask app.get routes', async () => {
    const f = await detectProject(fixture('pipfile-flask'));
    expect(f.dependencyFiles.map((d) => d.value)).toEqual(['Pipfile', 'Pipfile.lock']);
    expect(at(f.python)).toBe('"3.11" @ Pipfile:14');
    expect(at(f.framework)).toBe('"flask" @ wsgi.py:3');
    expect(at(f.health.liveness)).toBe('"/ping" @ wsgi.py:6');
    expect(f.server).toBeUndefined();
  });

  it('Django under an ASGI server picks asgi.py, and requirements/ folders count', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-django-'));
    try {
      cpSync(fixture('django-app'), dir, { recursive: true });
      rmSync(path.join(dir, 'compose.yaml'));
      rmSync(path.join(dir, 'requirements.txt'));
      mkdirSync(path.join(dir, 'requirements'));
      writeFileSync(path.join(dir, 'requirements', 'base.txt'), 'Django>=5\n');
      writeFileSync(path.join(dir, 'requirements', 'production.txt'), '-r base.txt\nuvicorn==0.30\n');
      writeFileSync(path.join(dir, 'requirements', 'dev.txt'), 'gunicorn\n');
      const f = await detectProject(dir);
      expect(at(f.server)).toBe('"uvicorn" @ requirements/production.txt:2');
      expect(at(f.entrypoint)).toBe('"mysite.asgi:application" @ mysite/asgi.py:7');
      expect(f.dependencyFiles.map((d) => d.value)).toEqual([
        'requirements/production.txt',
        'requirements/base.txt',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('detectProject: health routes under nested prefixes', () => {
  it('a router with prefix /health holding /live and /ready, included under /ops: /ops/health/live and /ops/health/ready', async () => {
    // Modelled on FastAPI services that group operational routes under an ops router.
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-nested-'));
    try {
      mkdirSync(path.join(dir, 'app'));
      writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi==0.115.0\nuvicorn==0.30.6\n');
      writeFileSync(path.join(dir, 'app', '__init__.py'), '');
      writeFileSync(
        path.join(dir, 'app', 'main.py'),
        'from fastapi import FastAPI\n\nfrom app.ops import router as ops_router\n\napp = FastAPI()\napp.include_router(ops_router, prefix="/ops")\n\n\n@app.get("/todos")\ndef todos():\n    return []\n',
      );
      writeFileSync(
        path.join(dir, 'app', 'ops.py'),
        'from fastapi import APIRouter\n\nfrom app.health import router as health_router\n\nrouter = APIRouter()\nrouter.include_router(health_router, prefix="/health")\n',
      );
      writeFileSync(
        path.join(dir, 'app', 'health.py'),
        'from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get("/live")\ndef live():\n    return {"status": "ok"}\n\n\n@router.get("/ready")\ndef ready():\n    return {"status": "ready"}\n',
      );
      const f = await detectProject(dir);
      expect(f.health.liveness?.value).toBe('/ops/health/live');
      expect(f.health.readiness?.value).toBe('/ops/health/ready');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('detectProject: Django status route', () => {
  it('path("status/", …) is the liveness route, and api/ready/ under include() the readiness route', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-django-status-'));
    try {
      cpSync(fixture('django-app'), dir, { recursive: true });
      const urls = path.join(dir, 'mysite', 'urls.py');
      writeFileSync(urls, readFileSync(urls, 'utf8').replace('path("health/"', 'path("status/"'));
      const f = await detectProject(dir);
      expect(at(f.health.liveness)).toBe('"/status/" @ mysite/urls.py:6');
      expect(f.health.readiness?.value).toBe('/api/ready/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('detectProject: gunicorn configuration file', () => {
  it('takes the port and workers from gunicorn.conf.py, with its lines, when no command states them', async () => {
    // Modelled on Flask services that keep gunicorn settings in gunicorn.conf.py.
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-gunicorn-'));
    try {
      writeFileSync(path.join(dir, 'requirements.txt'), 'flask==3.0.3\ngunicorn==22.0.0\n');
      writeFileSync(
        path.join(dir, 'app.py'),
        'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get("/healthz")\ndef healthz():\n    return {"ok": True}\n',
      );
      writeFileSync(
        path.join(dir, 'gunicorn.conf.py'),
        'import multiprocessing\n\nbind = "0.0.0.0:5000"\nworkers = 3  # two per core on the target node\ntimeout = 30\n',
      );
      const f = await detectProject(dir);
      expect(at(f.server)).toBe('"gunicorn" @ gunicorn.conf.py:1');
      expect(at(f.port)).toBe('5000 @ gunicorn.conf.py:3');
      expect(at(f.workers)).toBe('3 @ gunicorn.conf.py:4');
      expect(f.health.liveness?.value).toBe('/healthz');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('detectProject: server settings from ENV', () => {
  it('ENV UVICORN_PORT and WEB_CONCURRENCY give the port and workers a bare CMD leaves to the environment', async () => {
    // Modelled on Dockerfiles that configure uvicorn through its environment variables.
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-env-'));
    try {
      writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi==0.115.0\nuvicorn==0.30.6\n');
      writeFileSync(path.join(dir, 'main.py'), 'from fastapi import FastAPI\n\napp = FastAPI()\n');
      writeFileSync(
        path.join(dir, 'Dockerfile'),
        'FROM python:3.12-slim\nENV UVICORN_HOST=0.0.0.0 \\\n    UVICORN_PORT=8080 WEB_CONCURRENCY="2"\nCMD ["uvicorn", "main:app"]\n',
      );
      const f = await detectProject(dir);
      expect(at(f.port)).toBe('8080 @ Dockerfile:2');
      expect(at(f.workers)).toBe('2 @ Dockerfile:2');
      // gunicorn's extra flags in GUNICORN_CMD_ARGS.
      writeFileSync(
        path.join(dir, 'Dockerfile'),
        'FROM python:3.12-slim\nENV GUNICORN_CMD_ARGS="--bind=0.0.0.0:9000 --workers 4"\nCMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "main:app"]\n',
      );
      const g = await detectProject(dir);
      expect(at(g.port)).toBe('9000 @ Dockerfile:2');
      expect(at(g.workers)).toBe('4 @ Dockerfile:2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('detectProject: start commands', () => {
  it('`fastapi run src/…/main.py` in a Dockerfile resolves to the package path, with its port', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-cli-'));
    try {
      cpSync(fixture('src-layout'), dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'Dockerfile'),
        'FROM python:3.11-slim\nCMD ["fastapi", "run", "src/my_service/api/main.py", "--port", "80"]\n',
      );
      const f = await detectProject(dir);
      expect(at(f.server)).toBe('"uvicorn" @ Dockerfile:2');
      expect(at(f.entrypoint)).toBe('"my_service.api.main:app" @ src/my_service/api/main.py:6');
      expect(at(f.port)).toBe('80 @ Dockerfile:2');
      expect(f.warnings).toContain(
        'ports disagree: 80 (Dockerfile:2), 8080 (src/my_service/api/main.py:20); using 80',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('detectProject: imports', () => {
  it('follows a router re-exported by a package __init__', async () => {
    const f = await detectProject(fixture('fastapi-reexport'));
    expect(at(f.entrypoint)).toBe('"main:app" @ main.py:5');
    expect(at(f.health.liveness)).toBe('"/v1/api/health" @ pkg/api.py:6');
    expect(f.health.expectBody?.value).toEqual({ ok: true });
  });
});

describe('broken dependency files', () => {
  it('a pyproject.toml that does not parse is reported with its line, not passed over as absent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-broken-toml-'));
    try {
      writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\ndependencies = ["fastapi"\n');
      writeFileSync(path.join(dir, 'Pipfile'), '[packages\nflask = "*"\n');
      const f = await detectProject(dir);
      expect(f.warnings.find((w) => w.startsWith('pyproject.toml:'))).toMatch(
        /^pyproject\.toml:\d+:\d+ is not valid TOML .*fix it/,
      );
      expect(f.warnings.find((w) => w.startsWith('Pipfile:'))).toMatch(/^Pipfile:1:\d+ is not valid TOML/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mount() calls that are not web apps', () => {
  it('a requests Session.mount is passed over; an unresolved prefix is shown as written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-mount-'));
    try {
      mkdirSync(path.join(dir, 'app'));
      writeFileSync(path.join(dir, 'requirements.txt'), 'fastapi\nrequests\n');
      writeFileSync(
        path.join(dir, 'app', 'main.py'),
        [
          'from fastapi import APIRouter, FastAPI',
          'import requests',
          'app = FastAPI()',
          'router = APIRouter(prefix=build_prefix("v1") + "/x")',
          'session = requests.Session()',
          'session.mount("https://" + host, adapter)',
          '@app.get("/health")',
          'def health():',
          '    return {"ok": True}',
          '',
        ].join('\n'),
      );
      const f = await detectProject(dir);
      expect(f.warnings.filter((w) => w.includes('session.mount') || w.includes('main.py:6'))).toEqual([]);
      const prefix = f.warnings.find((w) => w.includes('main.py:4'));
      expect(prefix).toContain('build_prefix("v1") + "/x"');
      expect(f.warnings.join('\n')).not.toContain('§');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Hugging Face front matter that cannot be used', () => {
  it('says which README line is wrong instead of falling back to defaults in silence', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-hf-readme-'));
    try {
      writeFileSync(path.join(dir, 'README.md'), '---\nsdk: docker\napp_port: abc\n: : :\n---\n# Space\n');
      const f = await detectProject(dir);
      expect(f.warnings.find((w) => w.includes('app_port'))).toMatch(
        /^README\.md:3: app_port "abc" is not a port/,
      );
      expect(f.warnings.filter((w) => w.includes('front matter'))).toHaveLength(1);
      expect(f.warnings.find((w) => w.includes('front matter'))).toMatch(
        /^README\.md:\d+: the front matter is not valid YAML/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
