import type { ResolvedContract } from '../../src/contract/resolved.js';

/**
 * A Dockerfile in the structure `docker init` writes for Python (docs.docker.com's Python guide and
 * generated files in the wild; see shared/reference/generators.md §1), filled from the contract.
 * Two deviations, both needed here: no `# syntax=` line (it pulls an image from Docker Hub) and
 * `ARG PIP_INDEX_URL` so the air-gapped build can reach the local index.
 */
export function dockerInitDockerfile(c: ResolvedContract): string {
  const requirements = c.image.dependencyFiles.find((f) => f.endsWith('.txt')) ?? 'requirements.txt';
  const entry = c.app.entrypoint.replace(/\(\)$/, '');
  return `ARG PYTHON_VERSION=${c.image.python}
FROM python:\${PYTHON_VERSION}-slim as base
ENV PYTHONDONTWRITEBYTECODE=1
ENV PYTHONUNBUFFERED=1
WORKDIR /app
ARG UID=10001
RUN adduser \\
    --disabled-password \\
    --gecos "" \\
    --home "/nonexistent" \\
    --shell "/sbin/nologin" \\
    --no-create-home \\
    --uid "\${UID}" \\
    appuser
ARG PIP_INDEX_URL
RUN --mount=type=cache,target=/root/.cache/pip \\
    --mount=type=bind,source=${requirements},target=requirements.txt \\
    python -m pip install -r requirements.txt
USER appuser
COPY . .
EXPOSE ${c.app.port}
CMD ${c.app.server === 'gunicorn' ? `gunicorn '${entry}' --bind=0.0.0.0:${c.app.port}` : `uvicorn '${entry}' --host=0.0.0.0 --port=${c.app.port}`}
`;
}

export const dockerInitIgnore = `**/.DS_Store
**/__pycache__
**/.venv
**/.classpath
**/.dockerignore
**/.env
**/.git
**/.gitignore
**/.project
**/.settings
**/.toolstarget
**/.vs
**/.vscode
**/*.*proj.user
**/*.dbmdl
**/*.jfm
**/bin
**/charts
**/docker-compose*
**/compose.y*ml
**/Dockerfile*
**/node_modules
**/npm-debug.log
**/obj
**/secrets.dev.yaml
**/values.dev.yaml
LICENSE
README.md
`;
