import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initProject } from '../../src/init/init.js';
import { initJson } from '../../src/init/report.js';
import { detectProject, type ProjectFacts } from '../../src/project/detect.js';
import type { Fact } from '../../src/project/fact.js';
import { projectWriter } from '../helpers/project-dir.js';

// Project layouts written for these tests, each modelled on a kind of public repository (named in
// its comment). Every layout states the facts init must find: framework, entrypoint, server, port,
// workers, liveness and readiness, with the file:line the port and workers come from.

const project = projectWriter('layout');

const at = (f: Fact<unknown> | undefined) => (f ? `${f.value} @ ${f.file}:${f.line}` : undefined);

interface Expected {
  framework: string;
  entrypoint: string;
  server: string;
  port: string;
  workers?: string;
  liveness?: string;
  readiness?: string;
}

function summary(f: ProjectFacts): Expected {
  return {
    framework: f.framework?.value ?? '-',
    entrypoint: f.entrypoint?.value ?? '-',
    server: f.server?.value ?? '-',
    port: at(f.port) ?? '-',
    ...(f.workers ? { workers: at(f.workers) } : {}),
    ...(f.health.liveness ? { liveness: f.health.liveness.value } : {}),
    ...(f.health.readiness ? { readiness: f.health.readiness.value } : {}),
  };
}

const fastapiMain = (routes: string) => `from fastapi import FastAPI\n\napp = FastAPI()\n\n${routes}`;

const layouts: [string, Record<string, string>, Expected][] = [
  [
    // A Flask app on Fly.io: application factory, blueprint with url_prefix, gunicorn given a config
    // file in a conf/ folder, fly.toml with http_service and a check.
    'Fly.io: Flask factory, blueprint prefix, gunicorn -c conf/gunicorn.py',
    {
      'requirements.txt': 'flask==3.0.3\ngunicorn==22.0.0\n',
      'app/__init__.py':
        'from flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n    from .ops import bp\n    app.register_blueprint(bp, url_prefix="/ops")\n    return app\n',
      'app/ops.py':
        'from flask import Blueprint\n\nbp = Blueprint("ops", __name__)\n\n\n@bp.get("/healthz")\ndef healthz():\n    return "ok"\n\n\n@bp.get("/readyz")\ndef readyz():\n    return "ok"\n',
      'conf/gunicorn.py':
        '# gunicorn settings for Fly machines\nbind = "0.0.0.0:8080"\nworkers = 2\ntimeout = 60\n',
      Procfile: 'web: gunicorn -c conf/gunicorn.py "app:create_app()"\n',
      'fly.toml':
        'app = "notes-api"\nprimary_region = "ams"\n\n[http_service]\n  internal_port = 8080\n  force_https = true\n\n  [[http_service.checks]]\n    method = "GET"\n    path = "/ops/healthz"\n',
    },
    {
      framework: 'flask',
      entrypoint: 'app:create_app()',
      server: 'gunicorn',
      port: '8080 @ conf/gunicorn.py:2',
      workers: '2 @ conf/gunicorn.py:3',
      liveness: '/ops/healthz',
      readiness: '/ops/readyz',
    },
  ],
  [
    // A FastAPI service deployed on Railway: railway.json with a start command and a health check path.
    'Railway: railway.json startCommand and healthcheckPath',
    {
      'requirements.txt': 'fastapi==0.115.0\nuvicorn[standard]==0.30.6\n',
      'main.py': fastapiMain(
        '@app.get("/health")\ndef health():\n    return {"status": "ok"}\n\n\n@app.get("/health/ready")\ndef ready():\n    return {"status": "ok"}\n',
      ),
      'railway.json':
        '{\n  "$schema": "https://railway.com/railway.schema.json",\n  "build": { "builder": "NIXPACKS" },\n  "deploy": {\n    "startCommand": "uvicorn main:app --host 0.0.0.0 --port 8000 --workers 2",\n    "healthcheckPath": "/health/ready"\n  }\n}\n',
    },
    {
      framework: 'fastapi',
      entrypoint: 'main:app',
      server: 'uvicorn',
      port: '8000 @ railway.json:5',
      workers: '2 @ railway.json:5',
      liveness: '/health',
      readiness: '/health/ready',
    },
  ],
  [
    // A Django project on Render: render.yaml Blueprint with startCommand, PORT and a health check.
    'Render: render.yaml web service, Django under gunicorn',
    {
      'requirements.txt': 'Django==5.0.6\ngunicorn==22.0.0\n',
      'manage.py':
        'import os\nimport sys\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings")\n',
      'site_config/__init__.py': '',
      'site_config/settings.py': 'ROOT_URLCONF = "site_config.urls"\nINSTALLED_APPS = ["probes"]\n',
      'site_config/wsgi.py':
        'import os\n\nfrom django.core.wsgi import get_wsgi_application\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings")\napplication = get_wsgi_application()\n',
      'site_config/urls.py':
        'from django.urls import include, path\n\nurlpatterns = [\n    path("internal/", include("probes.urls")),\n]\n',
      'probes/__init__.py': '',
      'probes/urls.py':
        'from django.urls import path\n\nfrom . import views\n\nurlpatterns = [\n    path("healthz/", views.healthz),\n    path("ready/", views.ready),\n]\n',
      'probes/views.py':
        'from django.http import JsonResponse\n\n\ndef healthz(request):\n    return JsonResponse({"ok": True})\n\n\ndef ready(request):\n    return JsonResponse({"ok": True})\n',
      'render.yaml':
        'services:\n  - type: web\n    name: shop\n    runtime: python\n    buildCommand: pip install -r requirements.txt\n    startCommand: gunicorn site_config.wsgi:application --workers 3\n    healthCheckPath: /internal/healthz/\n    envVars:\n      - key: PORT\n        value: 10000\n',
    },
    {
      framework: 'django',
      entrypoint: 'site_config.wsgi:application',
      server: 'gunicorn',
      port: '10000 @ render.yaml:10',
      workers: '3 @ render.yaml:6',
      liveness: '/internal/healthz/',
      readiness: '/internal/ready/',
    },
  ],
  [
    // A src/ layout package whose start command lives in poethepoet tasks, with a dev task beside it.
    'pyproject [tool.poe.tasks]: serve before dev, src/ layout',
    {
      'pyproject.toml':
        '[project]\nname = "inventory"\nversion = "0.3.0"\nrequires-python = ">=3.12"\ndependencies = ["fastapi>=0.115", "uvicorn>=0.30"]\n\n[tool.poe.tasks]\ndev = "uvicorn inventory.api:app --reload --port 5001"\nserve = "uvicorn inventory.api:app --host 0.0.0.0 --port 8100"\n',
      'src/inventory/__init__.py': '',
      'src/inventory/api.py': fastapiMain('@app.get("/livez")\ndef livez():\n    return {"ok": True}\n'),
    },
    {
      framework: 'fastapi',
      entrypoint: 'inventory.api:app',
      server: 'uvicorn',
      port: '8100 @ pyproject.toml:9',
      liveness: '/livez',
    },
  ],
  [
    // An ASGI service run by hypercorn with its TOML configuration file.
    'hypercorn --config hypercorn.toml',
    {
      'requirements.txt': 'fastapi==0.115.0\nhypercorn==0.17.3\n',
      'service/__init__.py': '',
      'service/app.py': fastapiMain('@app.get("/ping")\ndef ping():\n    return "pong"\n'),
      'hypercorn.toml': '# hypercorn settings\nbind = ["0.0.0.0:7000"]\nworkers = 4\naccesslog = "-"\n',
      Dockerfile:
        'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["hypercorn", "--config", "hypercorn.toml", "service.app:app"]\n',
    },
    {
      framework: 'fastapi',
      entrypoint: 'service.app:app',
      server: 'hypercorn',
      port: '7000 @ hypercorn.toml:2',
      workers: '4 @ hypercorn.toml:3',
      liveness: '/ping',
    },
  ],
  [
    // granian serving a FastAPI app, port and workers as flags in the Dockerfile.
    'granian flags in CMD',
    {
      'requirements.txt': 'fastapi==0.115.0\ngranian==1.6.0\n',
      'api/__init__.py': '',
      'api/main.py': fastapiMain('@app.get("/status")\ndef status():\n    return {"up": True}\n'),
      Dockerfile:
        'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD ["granian", "--interface", "asgi", "--host", "0.0.0.0", "--port", "9100", "--workers", "2", "api.main:app"]\n',
    },
    {
      framework: 'fastapi',
      entrypoint: 'api.main:app',
      server: 'granian',
      port: '9100 @ Dockerfile:5',
      workers: '2 @ Dockerfile:5',
      liveness: '/status',
    },
  ],
  [
    // A script started with `python -m app`: uvicorn.run in __main__ with the port, a Procfile for Heroku.
    'uvicorn.run in __main__, Procfile runs the module',
    {
      'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\n',
      'app/__init__.py': '',
      'app/server.py': fastapiMain('@app.get("/heartbeat")\ndef beat():\n    return {"ok": True}\n'),
      'app/__main__.py':
        'import uvicorn\n\nif __name__ == "__main__":\n    uvicorn.run("app.server:app", host="0.0.0.0", port=8300)\n',
      Procfile: 'web: python -m app\n',
    },
    {
      framework: 'fastapi',
      entrypoint: 'app.server:app',
      server: 'uvicorn',
      port: '8300 @ app/__main__.py:4',
      liveness: '/heartbeat',
    },
  ],
  [
    // FastAPI with routers three levels deep: prefixes from APIRouter(prefix=…) and include_router.
    'FastAPI routers nested three deep',
    {
      'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\n',
      'app/__init__.py': '',
      'app/main.py':
        'from fastapi import FastAPI\n\nfrom app.api import api\n\napp = FastAPI()\napp.include_router(api, prefix="/api")\n',
      'app/api.py':
        'from fastapi import APIRouter\n\nfrom app.probes import probes\n\napi = APIRouter()\napi.include_router(probes, prefix="/v2")\n',
      'app/probes.py':
        'from fastapi import APIRouter\n\nprobes = APIRouter(prefix="/probe")\n\n\n@probes.get("/live")\ndef live():\n    return {}\n\n\n@probes.get("/ready")\ndef ready():\n    return {}\n',
      Dockerfile:
        'FROM python:3.12-slim\nCOPY . /app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n',
    },
    {
      framework: 'fastapi',
      entrypoint: 'app.main:app',
      server: 'uvicorn',
      port: '8000 @ Dockerfile:3',
      liveness: '/api/v2/probe/live',
      readiness: '/api/v2/probe/ready',
    },
  ],
  [
    // A Django project with several apps, the health app included two levels down, gunicorn.conf.py beside manage.py.
    'Django: several apps, include() two levels, gunicorn.conf.py',
    {
      'requirements.txt': 'Django==5.0.6\ngunicorn==22.0.0\n',
      'manage.py': 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")\n',
      'gunicorn.conf.py': 'wsgi_app = "core.wsgi:application"\nbind = "0.0.0.0:8001"\nworkers = 5\n',
      'core/__init__.py': '',
      'core/settings.py':
        'ROOT_URLCONF = "core.urls"\nINSTALLED_APPS = ["billing", "platform_api", "health"]\n',
      'core/wsgi.py':
        'from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n',
      'core/urls.py':
        'from django.urls import include, path\n\nurlpatterns = [\n    path("billing/", include("billing.urls")),\n    path("platform/", include("platform_api.urls")),\n]\n',
      'billing/__init__.py': '',
      'billing/urls.py': 'from django.urls import path\n\nurlpatterns = []\n',
      'platform_api/__init__.py': '',
      'platform_api/urls.py':
        'from django.urls import include, path\n\nurlpatterns = [\n    path("ops/", include("health.urls")),\n]\n',
      'health/__init__.py': '',
      'health/urls.py':
        'from django.urls import path\n\nfrom . import views\n\nurlpatterns = [\n    path("live/", views.live),\n    path("readiness/", views.readiness),\n]\n',
      'health/views.py':
        'from django.http import HttpResponse\n\n\ndef live(request):\n    return HttpResponse("ok")\n\n\ndef readiness(request):\n    return HttpResponse("ok")\n',
    },
    {
      framework: 'django',
      entrypoint: 'core.wsgi:application',
      server: 'gunicorn',
      port: '8001 @ gunicorn.conf.py:2',
      workers: '5 @ gunicorn.conf.py:3',
      liveness: '/platform/ops/live/',
      readiness: '/platform/ops/readiness/',
    },
  ],
  [
    // Starlette with Mount() nesting and Route(), run by uvicorn from compose.
    'Starlette Mount nesting, compose command',
    {
      'requirements.txt': 'starlette==0.38.2\nuvicorn==0.30.6\n',
      'web/__init__.py': '',
      'web/app.py':
        'from starlette.applications import Starlette\nfrom starlette.responses import JSONResponse\nfrom starlette.routing import Mount, Route\n\n\nasync def health(request):\n    return JSONResponse({"ok": True})\n\n\nasync def ready(request):\n    return JSONResponse({"ok": True})\n\n\napp = Starlette(routes=[\n    Mount("/sys", routes=[\n        Route("/health", health),\n        Route("/ready", ready),\n    ]),\n])\n',
      'compose.yaml':
        'services:\n  web:\n    build: .\n    command: uvicorn web.app:app --host 0.0.0.0 --port 8500 --workers 3\n    ports:\n      - "8500:8500"\n',
    },
    {
      framework: 'starlette',
      entrypoint: 'web.app:app',
      server: 'uvicorn',
      port: '8500 @ compose.yaml:4',
      workers: '3 @ compose.yaml:4',
      liveness: '/sys/health',
      readiness: '/sys/ready',
    },
  ],
  [
    // Django served as ASGI by gunicorn with uvicorn's worker class, set in gunicorn.conf.py (Channels-era projects).
    'Django under gunicorn with worker_class UvicornWorker: asgi.py',
    {
      'requirements.txt': 'Django==5.0.6\ngunicorn==22.0.0\nuvicorn==0.30.6\n',
      'manage.py': 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")\n',
      'gunicorn.conf.py':
        'bind = "0.0.0.0:8000"\nworkers = 2\nworker_class = "uvicorn.workers.UvicornWorker"\ntimeout = 30\n',
      'proj/__init__.py': '',
      'proj/settings.py': 'ROOT_URLCONF = "proj.urls"\n',
      'proj/wsgi.py':
        'from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n',
      'proj/asgi.py':
        'from django.core.asgi import get_asgi_application\n\napplication = get_asgi_application()\n',
      'proj/urls.py':
        'from django.http import HttpResponse\nfrom django.urls import path\n\nurlpatterns = [\n    path("healthz", lambda r: HttpResponse("ok")),\n]\n',
    },
    {
      framework: 'django',
      entrypoint: 'proj.asgi:application',
      server: 'gunicorn',
      port: '8000 @ gunicorn.conf.py:1',
      workers: '2 @ gunicorn.conf.py:2',
      liveness: '/healthz',
    },
  ],
];

describe('init detection on real project layouts', () => {
  it.each(layouts)('%s', async (_name, files, expected) => {
    const facts = await detectProject(project(files));
    expect(summary(facts)).toEqual(expected);
  });
});

describe('what init cannot decide', () => {
  // A monorepo with two services side by side, each its own FastAPI app, and nothing at the root
  // that runs one of them (modelled on repositories with services/api and services/worker).
  const monorepo = {
    'services/api/requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\n',
    'services/api/main.py': fastapiMain('@app.get("/health")\ndef health():\n    return {}\n'),
    'services/worker/requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\n',
    'services/worker/main.py': fastapiMain('@app.get("/health")\ndef health():\n    return {}\n'),
  };

  it('two app objects alike at a monorepo root: no entrypoint, both candidates in the contract comment', async () => {
    const dir = project(monorepo);
    const facts = await detectProject(dir);
    expect(facts.entrypoint).toBeUndefined();
    expect(facts.undecided.entrypoint?.map(at)).toEqual([
      'services.api.main:app @ services/api/main.py:3',
      'services.worker.main:app @ services/worker/main.py:3',
    ]);
    const { contractText, undetected } = await initProject(dir);
    expect(contractText).toContain(
      '# app.entrypoint: cannot decide between services.api.main:app (services/api/main.py:3), services.worker.main:app (services/worker/main.py:3); set one',
    );
    expect(contractText).not.toMatch(/^\s+entrypoint:/m);
    expect(undetected.join('\n')).toContain('several app objects alike');
    // In the service's own folder there is one app, and nothing to decide.
    const api = await detectProject(path.join(dir, 'services/api'));
    expect(at(api.entrypoint)).toBe('main:app @ main.py:3');
    expect(api.undecided).toEqual({});
  });

  it('two readiness routes alike: neither is written as detected; every candidate is in --format json', async () => {
    const dir = project({
      'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\n',
      'main.py': fastapiMain(
        '@app.get("/healthz")\ndef healthz():\n    return {}\n\n\n@app.get("/api/ready")\ndef api_ready():\n    return {}\n\n\n@app.get("/ops/ready")\ndef ops_ready():\n    return {}\n',
      ),
      Dockerfile: 'FROM python:3.12-slim\nEXPOSE 8080\nCMD ["uvicorn", "main:app", "--port", "8000"]\n',
    });
    const r = await initProject(dir);
    expect(r.facts.health.readiness).toBeUndefined();
    expect(r.contractText).toContain(
      '# app.health.readiness: cannot decide between /api/ready (main.py:10), /ops/ready (main.py:15)',
    );
    const json = JSON.parse(initJson(r));
    expect(json.facts.candidates.port.map((p: Fact<number>) => `${p.value} @ ${p.file}:${p.line}`)).toEqual([
      '8000 @ Dockerfile:3',
      '8080 @ Dockerfile:2',
    ]);
    expect(json.facts.health.candidates.readiness.map((p: Fact<string>) => p.value)).toEqual([
      '/api/ready',
      '/ops/ready',
    ]);
    expect(json.facts.health.candidates.liveness.map((p: Fact<string>) => p.value)).toEqual(['/healthz']);
  });
});
