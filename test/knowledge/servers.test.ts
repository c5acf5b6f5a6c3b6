import { describe, expect, it } from 'vitest';
import {
  appModules,
  appPrograms,
  asgiFrameworks,
  contractServers,
  frameworkForServer,
  frameworkNamed,
  pythonServers,
  serverByProgram,
  wsgiFrameworks,
} from '../../src/knowledge/servers.js';

describe('knowledge: Python servers and frameworks', () => {
  it('finds a server by console script, module or name', () => {
    expect(serverByProgram('waitress-serve')?.name).toBe('waitress');
    expect(serverByProgram('waitress')?.name).toBe('waitress');
    expect(serverByProgram('uvicorn')?.port.default).toBe(8000);
    expect(serverByProgram('python')).toBeUndefined();
  });

  it('keeps each server consistent: host/port flags take values, a contract server is in the table', () => {
    for (const s of pythonServers) {
      for (const f of [...s.host.flags, ...s.port.flags, ...(s.workers ?? []), ...(s.workerClass ?? [])])
        expect(s.valueFlags, `${s.name} ${f}`).toContain(f);
      expect(s.interfaces).toContain(s.defaultInterface);
    }
    for (const name of contractServers) expect(serverByProgram(name)?.name).toBe(name);
  });

  it('says which interface each framework speaks and which server it defaults to', () => {
    expect([...asgiFrameworks].sort()).toEqual(['fastapi', 'litestar', 'starlette']);
    expect([...wsgiFrameworks].sort()).toEqual(['django', 'flask']);
    expect(frameworkNamed('django')?.interfaces).toEqual(['wsgi', 'asgi']);
    expect(frameworkForServer('gunicorn')).toBe('flask');
    expect(frameworkForServer('granian')).toBe('fastapi');
    expect(frameworkNamed('flask')?.servers[0]).toBe('gunicorn');
  });

  it('lists the programs that run the app and the modules they run as', () => {
    for (const p of ['uvicorn', 'gunicorn', 'waitress-serve', 'fastapi', 'celery'])
      expect(appPrograms).toContain(p);
    expect(appModules.get('waitress-serve')).toBe('waitress');
    expect(appModules.get('fastapi')).toBeUndefined();
  });
});
