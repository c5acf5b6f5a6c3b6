import { describe, expect, it } from 'vitest';
import { commandWords, parseServerCommand, portFrom, shellWords } from '../../src/project/command.js';

describe('parseServerCommand', () => {
  it('reads uvicorn from an exec-form CMD', () => {
    const words = commandWords('["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]');
    expect(parseServerCommand(words)).toEqual({
      server: 'uvicorn',
      entrypoint: 'app.main:app',
      port: 8000,
      portText: '--port 8000',
    });
  });

  it('reads gunicorn binds, workers and factories through sh -c and python -m', () => {
    const words = commandWords(
      '["sh", "-c", "exec python -m gunicorn \'app:create_app()\' -b 0.0.0.0:${PORT:-5000} -w 4"]',
    );
    expect(parseServerCommand(words)).toMatchObject({
      server: 'gunicorn',
      entrypoint: 'app:create_app()',
      port: 5000,
      workers: 4,
    });
  });

  it('marks uvicorn --factory entrypoints as factories', () => {
    expect(parseServerCommand(shellWords('uvicorn --factory pkg.app:build --port=9000'))).toMatchObject({
      entrypoint: 'pkg.app:build()',
      port: 9000,
    });
  });

  it('does not take gunicorn -k worker classes for the app', () => {
    const cmd = parseServerCommand(
      shellWords('gunicorn -k uvicorn.workers.UvicornWorker main:app --bind :8080'),
    );
    expect(cmd).toMatchObject({ server: 'gunicorn', entrypoint: 'main:app', port: 8080 });
  });

  it('reads Django runserver ports and nothing from unrelated commands', () => {
    expect(parseServerCommand(shellWords('python manage.py runserver 0.0.0.0:8001'))).toMatchObject({
      django: true,
      port: 8001,
    });
    expect(parseServerCommand(shellWords('celery -A app worker'))).toEqual({});
  });

  it('reads ports from $PORT defaults and rejects impossible ones', () => {
    expect(portFrom('${PORT:-7860}')).toBe(7860);
    expect(portFrom('$PORT')).toBeUndefined();
    expect(portFrom('99999')).toBeUndefined();
  });
});

describe('parseServerCommand: FastAPI CLI', () => {
  it('reads `fastapi run FILE` as uvicorn serving app in that module', () => {
    expect(parseServerCommand(commandWords('["fastapi", "run", "app/main.py", "--port", "80"]'))).toEqual({
      server: 'uvicorn',
      entrypoint: 'app.main:app',
      port: 80,
      portText: '--port 80',
    });
    expect(parseServerCommand(shellWords('fastapi run src/svc/app.py --app api'))).toMatchObject({
      entrypoint: 'src.svc.app:api',
      port: 8000,
    });
    // Without a file the CLI searches several places; the sources decide.
    expect(parseServerCommand(shellWords('fastapi dev')).entrypoint).toBeUndefined();
  });
});
