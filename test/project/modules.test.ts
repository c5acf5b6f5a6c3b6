import { describe, expect, it } from 'vitest';
import { moduleNameOf } from '../../src/project/python/modules.js';

const tree =
  (...files: string[]) =>
  (p: string) =>
    files.includes(p);

describe('moduleNameOf', () => {
  it('roots a src/ layout at src/', () => {
    const has = tree('src/myapp/__init__.py', 'src/myapp/main.py');
    expect(moduleNameOf('src/myapp/main.py', has)).toEqual({ name: 'myapp.main', root: 'src' });
  });

  it('roots a regular package at the parent of its outermost package', () => {
    const has = tree('backend/app/__init__.py', 'backend/app/api/__init__.py');
    expect(moduleNameOf('backend/app/api/routes.py', has)).toEqual({
      name: 'app.api.routes',
      root: 'backend',
    });
  });

  it('treats directories without __init__.py as namespace packages from the project root', () => {
    expect(moduleNameOf('scripts/api.py', tree())).toEqual({ name: 'scripts.api', root: '' });
    expect(moduleNameOf('main.py', tree())).toEqual({ name: 'main', root: '' });
  });

  it('names a package by its __init__.py', () => {
    expect(moduleNameOf('app/__init__.py', tree('app/__init__.py'))).toEqual({ name: 'app', root: '' });
  });

  it('keeps src. when src itself is a package', () => {
    const has = tree('src/__init__.py', 'src/app/__init__.py');
    expect(moduleNameOf('src/app/main.py', has)).toEqual({ name: 'src.app.main', root: '' });
  });
});
