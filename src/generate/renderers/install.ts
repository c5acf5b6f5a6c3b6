import type { ResolvedContract } from '../../contract/resolved.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { instruction } from './dockerfile-parts.js';

/**
 * Dependency installation into the virtualenv, per installer. Dependency files are copied alone
 * first so a code change never re-runs this layer; the installer's cache lives in a BuildKit cache
 * mount, not in the image. `ARG PIP_INDEX_URL` lets an air-gapped build point at a local index.
 */
export const UV_VERSION = '0.8.22';
export const POETRY_VERSION = '2.1.4';

export interface InstallSteps {
  /** Lines placed before the dependency files are copied (tools, env). */
  setup: string[];
  /** Dependency files to COPY before installing. */
  files: string[];
  install: string[];
  /** True when the project's own source must be present to install (no lock-only path). */
  needsSource: boolean;
}

/** A BuildKit cache mount on the installer's cache directory (src/knowledge/package-managers.ts). */
const cacheMount = (installer: string) =>
  `--mount=type=cache,target=${packageManager(installer).cacheDirs[0]}`;
const PIP_CACHE = cacheMount('pip');

/** `python` is the interpreter that creates the venv (`python3` on Ubuntu-based CUDA images). */
export function installSteps(c: ResolvedContract, venv: string, python = 'python'): InstallSteps {
  const files = c.image.dependencyFiles;
  switch (c.image.installer) {
    case 'uv':
      return uvSteps(files, venv, python);
    case 'poetry':
      return poetrySteps(files, venv, python);
    default:
      return pipSteps(c, files, venv, python);
  }
}

function pipSteps(c: ResolvedContract, files: string[], venv: string, python: string): InstallSteps {
  // The base image's pip installs into a venv made without pip, so the runtime stage carries no
  // installer (about 10 MB less, and nothing to pip-install with at run time). CUDA bases have no
  // system pip, so there the venv keeps its own.
  const systemPip = python === 'python';
  const pip = systemPip ? `pip --python ${venv}/bin/python` : 'pip';
  const setup = [
    'ARG PIP_INDEX_URL',
    // PYTHONDONTWRITEBYTECODE keeps the tools' own .pyc (venv, pip) out of the layer; pip still
    // compiles the packages it installs, which keeps start-up fast.
    instruction(
      'ENV',
      'PIP_DISABLE_PIP_VERSION_CHECK=1',
      'PYTHONDONTWRITEBYTECODE=1',
      `PATH=${venv}/bin:$PATH`,
      `VIRTUAL_ENV=${venv}`,
    ),
    `RUN ${python} -m venv${systemPip ? ' --without-pip' : ''} ${venv}`,
  ];
  const requirements = files.filter((f) => f.endsWith('.txt'));
  if (requirements.length > 0) {
    return {
      setup,
      files,
      install: [
        instruction('RUN', PIP_CACHE, `${pip} install ${requirements.map((r) => `-r ${r}`).join(' ')}`),
      ],
      needsSource: false,
    };
  }
  // pyproject.toml only: install its declared dependencies (tomllib, Python 3.11+) without the
  // project itself, so the layer depends on pyproject.toml alone. Older Pythons install the project.
  const [major, minor] = c.image.python.split('.').map(Number);
  if (files.includes('pyproject.toml') && (major > 3 || minor >= 11)) {
    const extract =
      "python -c \"import tomllib; print('\\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project'].get('dependencies', [])))\" > /tmp/requirements.txt";
    return {
      setup,
      files,
      install: [instruction('RUN', PIP_CACHE, extract, `&& ${pip} install -r /tmp/requirements.txt`)],
      needsSource: false,
    };
  }
  return { setup, files, install: [instruction('RUN', PIP_CACHE, `${pip} install .`)], needsSource: true };
}

function uvSteps(files: string[], venv: string, python: string): InstallSteps {
  const uv = '/opt/uv/bin/uv';
  const setup = [
    'ARG PIP_INDEX_URL',
    instruction(
      'ENV',
      'PIP_DISABLE_PIP_VERSION_CHECK=1',
      'UV_COMPILE_BYTECODE=1',
      'UV_LINK_MODE=copy',
      'UV_PYTHON_DOWNLOADS=never',
      `UV_PROJECT_ENVIRONMENT=${venv}`,
      `PATH=${venv}/bin:$PATH`,
      `VIRTUAL_ENV=${venv}`,
    ),
    // uv lives in its own venv in the builder only; the runtime stage never sees it.
    instruction(
      'RUN',
      PIP_CACHE,
      `${python} -m venv /opt/uv`,
      `&& /opt/uv/bin/pip install uv==${UV_VERSION}`,
    ),
  ];
  const cache = cacheMount('uv');
  // uv reads its own variable; map the pip one so a single build argument serves both.
  const index = '${PIP_INDEX_URL:+--default-index "$PIP_INDEX_URL"}';
  const requirements = files.filter((f) => f.endsWith('.txt'));
  if (requirements.length > 0 && !files.includes('uv.lock')) {
    return {
      setup,
      files,
      install: [
        instruction(
          'RUN',
          cache,
          `${uv} venv --python ${python} ${venv}`,
          `&& ${uv} pip install ${index} --python ${venv}/bin/python ${requirements.map((r) => `-r ${r}`).join(' ')}`,
        ),
      ],
      needsSource: false,
    };
  }
  return {
    setup,
    files,
    install: [
      instruction(
        'RUN',
        cache,
        `${uv} sync --python ${python} --frozen --no-dev --no-install-project ${index}`,
      ),
    ],
    needsSource: false,
  };
}

function poetrySteps(files: string[], venv: string, python: string): InstallSteps {
  const poetry = '/opt/poetry';
  return {
    setup: [
      'ARG PIP_INDEX_URL',
      instruction('ENV', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `PATH=${venv}/bin:$PATH`, `VIRTUAL_ENV=${venv}`),
      // Poetry lives in its own venv in the builder; it installs into the activated /opt/venv.
      instruction(
        'RUN',
        PIP_CACHE,
        `${python} -m venv ${poetry} ${venv}`,
        `&& ${poetry}/bin/pip install poetry==${POETRY_VERSION}`,
      ),
    ],
    files,
    install: [
      instruction(
        'RUN',
        cacheMount('poetry'),
        `${poetry}/bin/poetry install --only main --no-root --no-interaction --no-ansi`,
      ),
    ],
    needsSource: false,
  };
}
