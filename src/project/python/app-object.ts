import type { Framework } from '../../contract/schema.js';
import { blockBody, type PyModule } from './modules.js';

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
  const factories = new Map<string, Framework | undefined>(); // `module:def` → framework
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
      if (def) {
        const body = blockBody(module.statements, i);
        const made = body
          .map((b) => /=\s*(?:[\w.]+\.)?(\w+)\s*\(/.exec(b.code)?.[1])
          .find((n) => n && n in APP_CLASSES);
        if (made && body.some((b) => /^return\b/.test(b.code))) {
          factories.set(`${module.name}:${def[1]}`, APP_CLASSES[made]);
          out.push(
            candidate(
              module,
              `${def[1]}()`,
              APP_CLASSES[made],
              s.line,
              `def ${def[1]}() returns ${made}(...)`,
              -3,
            ),
          );
        }
      }
    });
  }
  // `app = create_app()` at module level: the object a server imports, built by a factory.
  for (const module of modules) {
    for (const s of module.statements) {
      const c = s.indent === 0 ? CALL.exec(s.code) : null;
      if (!c) continue;
      const ref = module.imports.get(c[2]);
      const key = ref?.name ? `${ref.module}:${ref.name}` : `${module.name}:${c[2]}`;
      if (factories.has(key))
        out.push(candidate(module, c[1], factories.get(key), s.line, `${c[1]} = ${c[2]}()`, 1));
    }
  }
  return out.sort((a, b) => b.score - a.score || a.module.file.localeCompare(b.module.file));
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
