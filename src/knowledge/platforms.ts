// Where hosting platforms and task runners keep a Python service's start command, port and health
// check path. Sources: Fly.io's fly.toml reference (http_service, services, processes, checks),
// Railway's config-as-code reference (deploy.startCommand, deploy.healthcheckPath), Render's
// Blueprint spec (services[].startCommand, healthCheckPath, envVars), and the task tables of poethepoet,
// PDM, taskipy, Rye and Hatch in pyproject.toml.

/** Fly.io's app configuration. */
export const FLY_FILE = 'fly.toml';

/** Railway's config-as-code files, JSON first as Railway reads it. */
export const RAILWAY_FILES = ['railway.json', 'railway.toml'] as const;

/** Render's Blueprint files. */
export const RENDER_FILES = ['render.yaml', 'render.yml'] as const;

/**
 * pyproject.toml tables of named commands (`serve = "uvicorn app.main:app --port 8080"`, or a table
 * with `cmd`/`shell`), by the tool that runs them.
 */
export const taskTables: readonly { tool: string; path: readonly string[] }[] = [
  { tool: 'poe', path: ['tool', 'poe', 'tasks'] },
  { tool: 'pdm', path: ['tool', 'pdm', 'scripts'] },
  { tool: 'taskipy', path: ['tool', 'taskipy', 'tasks'] },
  { tool: 'rye', path: ['tool', 'rye', 'scripts'] },
  { tool: 'hatch', path: ['tool', 'hatch', 'envs', 'default', 'scripts'] },
];

/** Task names for a development server, read after the others (`--reload`, another port). */
export const DEV_TASK = /^(dev|develop|debug|watch|local)([-_:].*)?$/;
