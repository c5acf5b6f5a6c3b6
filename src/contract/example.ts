/**
 * A complete contract stating every section, used in docs/contract.md and loaded by the tests
 * (so the documented example is always valid).
 */
export const fullExample = `# yaml-language-server: $schema=./node_modules/dockspec/schema/dockspec.schema.json
version: 1
service: demeter-api
description: FastAPI backend of DemeterAI
target: kubernetes

app:
  framework: fastapi
  entrypoint: app.main:app
  server: uvicorn
  port: 8000
  workers: 2
  health:
    liveness: /health
    readiness: /health/ready
    expectStatus: 200
    expectBody: { status: healthy }
    readinessUnavailableStatus: 503

image:
  base: python:3.12-slim
  python: "3.12"
  installer: pip
  dependencyFiles: [pyproject.toml]
  stages: multi
  user: { name: appuser, uid: 10001, gid: 10001, home: /home/appuser }
  workdir: /app
  copy:
    - { source: app/ }
    - { source: alembic/ }
    - { source: alembic.ini }
  systemPackages:
    runtime: [libpq5, curl]
    build: [build-essential, libpq-dev]
  buildArgs:
    PYTHON_VERSION: "3.12"
    APP_ENV: production
    ENABLE_GPU: false
  dockerignore: [uploads/, processed_images/, .env.*, "!.env.example"]
  gpu:
    base: nvidia/cuda:12.1.0-runtime-ubuntu22.04
    cuda: "12.1"
    dockerfile: Dockerfile.gpu
    env: { NVIDIA_VISIBLE_DEVICES: all, NVIDIA_DRIVER_CAPABILITIES: "compute,utility" }

healthcheck:
  interval: 30s
  timeout: 3s
  startPeriod: 40s
  retries: 3
  tool: curl

env:
  secrets:
    - name: OPENAI_API_KEY
      description: OpenAI API key
      source: Kubernetes Secret
    - DATABASE_URL
  variables:
    - { name: LOG_LEVEL, default: info }
    - { name: WORKERS, default: 2 }
  build:
    - { name: APP_ENV, default: production }

cors:
  origins: [https://app.example.com, http://localhost:3000]
  originRegex: https://demeter-[a-z0-9-]+\\.vercel\\.app
  credentials: true
  methods: [GET, POST, DELETE, OPTIONS]
  headers: ["*"]

writablePaths: [/tmp, $HOME/.cache]

dependencies:
  - name: postgres
    kind: postgres
    env: DATABASE_URL
    readiness: true
    image: postgres:16

budgets:
  imageSize: 500MB
  gpuImageSize: 1.5GB
  layers: 30
  buildCold: 5m
  buildCached: 30s
  startup: 40s
  healthLatency: 3s
  shutdown: 10s

lint:
  ignore: [DL3008]
  failureThreshold: warning
`;
