import type { Framework } from '../../contract/schema.js';
import { blockBody, type PyModule } from './modules.js';
import { callArgs, splitArgs } from './scan.js';

/** A place where the ASGI/WSGI application is constructed. */
export interface AppCandidate {
  module: PyModule;
  /** `app`, or `create_app()` for a factory. */
  object: string;
  framework?: Framework;
  line: number;
  /** The code that made it a candidate, for comments. */
  note: string;
  score: number;
}

/** Constructors of application objects; routers and blueprints are not apps. */
export const APP_CLASSES: Record<string, Framework> = {
  FastAPI: 'fastapi',
  Flask: 'flask',
  APIFlask: 'flask',
  Starlette: 'starlette',
  Litestar: 'litestar',
};

const CONSTRUCT = new RegExp(
  `^(\\w+)\\s*(?::[^=]+)?=\\s*(?:[\\w.]+\\.)?(${Object.keys(APP_CLASSES).join('|')})\\s*\\(`,
);
const DJANGO = /^(\w+)\s*(?::[^=]+)?=\s*(?:[\w.]+\.)?(get_wsgi_application|get_asgi_application)\s*\(/;
const DEF = /^(?:async\s+)?def\s+(\w+)\s*\(/;
const CALL = /^(\w+)\s*(?::[^=]+)?=\s*(\w+)\s*\(/;
const PREFERRED_FILES = /(^|\/)(main|app|api|server|asgi|wsgi|application|__init__)\.py$/;

/** Every plausible application object in the sources, best first. */
export function findAppCandidates(modules: PyModule[]): AppCandidate[] {
  const out: AppCandidate[] = [];
  interface Def {
    module: PyModule;
    name: string;
    line: number;
    calls: string[];
    made?: string;
    /** Whether it can be called without arguments, as servers call factories. */
    callable: boolean;
  }
  const defs = new Map<string, Def>();
  for (const module of modules) {
    module.statements.forEach((s, i) => {
      if (s.indent !== 0) return;
      const c = CONSTRUCT.exec(s.code);
      if (c) {
        out.push(candidate(module, c[1], APP_CLASSES[c[2]], s.line, `${c[1]} = ${c[2]}(...)`, 0));
        return;
      }
      const d = DJANGO.exec(s.code);
      if (d) {
        out.push(candidate(module, d[1], 'django', s.line, `${d[1]} = ${d[2]}()`, 0));
        return;
      }
      const def = DEF.exec(s.code);
      if (!def) return;
      const body = blockBody(module.statements, i);
      const made = body
        .map((b) => /=\s*(?:[\w.]+\.)?(\w+)\s*\(/.exec(b.code)?.[1])
        .find((n) => n && n in APP_CLASSES);
      const params = splitArgs(callArgs(s.code, s.code.indexOf('(')) ?? '').positional;
      const callable = params.every((p) => p.startsWith('*') || /=/.test(p) || p === '/');
      const calls = body.flatMap((b) =>
        [...b.code.matchAll(/(?<![\w.])(\w+)\s*\(/g)].map((m) => resolveName(module, m[1])),
      );
      const returns = body.some((b) => /^return\b/.test(b.code));
      defs.set(`${module.name}:${def[1]}`, {
        module,
        name: def[1],
        line: s.line,
        calls,
        made: made && returns ? made : undefined,
        callable,
      });
    });
  }
  // Factories construct an app and return it; builders (`def _build(): return create_app(settings)`)
  // call a factory. Both make `app = f()` at module level an application object.
  const factories = new Map<string, Framework | undefined>();
  for (const [key, d] of defs) if (d.made) factories.set(key, APP_CLASSES[d.made]);
  for (let pass = 0; pass < 3; pass++) {
    for (const [key, d] of defs) {
      const via = d.calls.find((c) => factories.has(c));
      if (!factories.has(key) && via) factories.set(key, factories.get(via));
    }
  }
  for (const [key, d] of defs) {
    if (!factories.has(key) || !d.callable) continue;
    const note = d.made ? `def ${d.name}() returns ${d.made}(...)` : `def ${d.name}() builds the app`;
    out.push(candidate(d.module, `${d.name}()`, factories.get(key), d.line, note, -3));
  }
  for (const module of modules) {
    for (const s of module.statements) {
      const c = s.indent === 0 ? CALL.exec(s.code) : null;
      const key = c ? resolveName(module, c[2]) : undefined;
      if (c && key && factories.has(key))
        out.push(candidate(module, c[1], factories.get(key), s.line, `${c[1]} = ${c[2]}()`, 1));
    }
  }
  // An app mounted under another (`app.mount("/v2", v2)`) is served through it, never on its own.
  const mounted = new Set<string>();
  for (const module of modules)
    for (const s of module.statements) {
      const m = /\.mount\s*\(\s*§\d+§\s*,\s*(\w+)\s*[,)]/.exec(s.code);
      if (m) mounted.add(resolveName(module, m[1]));
    }
  for (const c of out) if (mounted.has(`${c.module.name}:${c.object}`)) c.score -= 10;
  return out.sort((a, b) => b.score - a.score || a.module.file.localeCompare(b.module.file));
}

/** `module:name` a bare name refers to in a module: its own definition or what it imports. */
function resolveName(module: PyModule, name: string): string {
  const ref = module.imports.get(name);
  return ref?.name ? `${ref.module}:${ref.name}` : `${module.name}:${name}`;
}

function candidate(
  module: PyModule,
  object: string,
  framework: Framework | undefined,
  line: number,
  note: string,
  bonus: number,
): AppCandidate {
  let score = 10 + bonus;
  if (PREFERRED_FILES.test(module.file)) score += 2;
  if (/^(app|application|api)$/.test(object)) score += 1;
  score -= module.name.split('.').length - 1; // shallower modules are more likely the entrypoint
  if (framework === 'django' && /asgi$/.test(module.name)) score -= 1; // WSGI unless an ASGI server says otherwise
  return { module, object, framework, line, note, score };
}

/** `module:object` as servers take it. */
export function entrypointOf(c: AppCandidate): string {
  return `${c.module.name}:${c.object}`;
}
