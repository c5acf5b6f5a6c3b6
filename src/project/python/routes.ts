import { APP_CLASSES } from './app-object.js';
import { djangoRoutes } from './django-urls.js';
import { blockBody, type PyModule } from './modules.js';
import type { Route } from './route.js';
import { callArgs, literal, type Statement, splitArgs, stringList } from './scan.js';
import { joinPath } from './url-path.js';

export type { Route } from './route.js';

interface RouterObject {
  key: string;
  /** Undefined when it is an expression init cannot read. */
  prefix: string | undefined;
  isApp: boolean;
}

interface Include {
  parent: string;
  child: string;
  /** Undefined when it is an expression init cannot read. */
  prefix: string | undefined;
  /** Flask's register_blueprint(url_prefix=) replaces the blueprint's own prefix instead of adding to it. */
  replaces: boolean;
  file: string;
  line: number;
}

const ROUTER_CLASSES = /^(\w+)\s*(?::[^=]+)?=\s*(?:[\w.]+\.)?(APIRouter|Blueprint|Router)\s*\(/;
const DECORATOR = /^@([\w.]+)\.(get|head|route|api_route)\s*\(/;
const BARE_DECORATOR = /^@(get|head)\s*\(/; // Litestar
const ADD_ROUTE = /^([\w.]+)\.(add_api_route|add_route|add_url_rule)\s*\(/;
const INCLUDE = /^([\w.]+)\.(include_router|register_blueprint|mount)\s*\(/;
/** Starlette's `Route("/path", …)` and `Mount("/prefix", routes=[…])`, with their path literal. */
const STARLETTE_CALL = /\b(Route|Mount)\s*\(\s*§(\d+)§/y;

/**
 * Starlette routes in one statement, each under the Mount() calls that enclose it:
 * `Mount("/sys", routes=[Route("/health", h)])` serves /sys/health.
 */
function starletteRoutes(s: Statement): { path: string; index: number }[] {
  const out: { path: string; index: number }[] = [];
  // One entry per open parenthesis: the Mount prefix it opened, if any.
  const open: (string | undefined)[] = [];
  for (let i = 0; i < s.code.length; i++) {
    const c = s.code[i];
    if (c === ')') open.pop();
    else if (c === '(') open.push(undefined);
    else if ((c === 'R' || c === 'M') && !/\w/.test(s.code[i - 1] ?? '')) {
      STARLETTE_CALL.lastIndex = i;
      const m = STARLETTE_CALL.exec(s.code);
      if (!m) continue;
      const path = s.strings[Number(m[2])];
      const prefixes = open.filter((p): p is string => p !== undefined);
      if (m[1] === 'Route') out.push({ path: joinPath(...prefixes, path), index: Number(m[2]) });
      // The call's own parenthesis, carrying the Mount's prefix to what it encloses.
      open.push(m[1] === 'Mount' ? path : undefined);
      i = s.code.indexOf('(', i);
    }
  }
  return out;
}

/** GET routes with full paths, and warnings about prefixes that could not be read. */
export function findRoutes(modules: PyModule[]): { routes: Route[]; warnings: string[] } {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const objects = new Map<string, RouterObject>();
  const includes: Include[] = [];

  // Resolves `router`, `health.router` or an imported name to an object key `module:name`.
  const resolve = (module: PyModule, expr: string, hops = 0): string => {
    const [head, ...rest] = expr.split('.');
    const ref = module.imports.get(head);
    if (!ref) return `${module.name}:${expr}`;
    let mod = ref.module;
    let name = ref.name;
    if (name && byName.has(`${mod}.${name}`)) {
      mod = `${mod}.${name}`;
      name = undefined;
    }
    const tail = [...(name ? [name] : []), ...rest];
    if (tail.length === 0) return `${mod}:`;
    if (tail.length > 1 && byName.has(`${mod}.${tail[0]}`))
      return `${mod}.${tail[0]}:${tail.slice(1).join('.')}`;
    // Follow re-exports (`from .health import router` in a package __init__).
    const target = byName.get(mod);
    if (
      target &&
      hops < 3 &&
      tail.length === 1 &&
      target.imports.has(tail[0]) &&
      !objects.has(`${mod}:${tail[0]}`)
    )
      return resolve(target, tail[0], hops + 1);
    return `${mod}:${tail.join('.')}`;
  };

  // Prefixes are often constants (`API_PREFIX = "/api"`, settings.API_V1_STR: str = "/api/v1").
  const constants = new Map<string, Set<string>>();
  for (const module of modules)
    for (const s of module.statements) {
      const c = /^(\w+)\s*(?::[^=]+)?=\s*§(\d+)§$/.exec(s.code);
      if (c) constants.set(c[1], (constants.get(c[1]) ?? new Set()).add(s.strings[Number(c[2])]));
    }
  const unresolved: string[] = [];
  const prefixOf = (s: Statement, text: string | undefined, where: string): string | undefined => {
    if (text === undefined) return '';
    const lit = literal(s, text);
    if (lit !== undefined) return lit;
    const values = constants.get(text.trim().split('.').pop() ?? '');
    if (values?.size === 1) return [...values][0];
    // Show the expression as written: string literals are held out of s.code as §n§ placeholders.
    const shown = text.trim().replace(/§(\d+)§/g, (_, n: string) => JSON.stringify(s.strings[Number(n)]));
    unresolved.push(`${where}: prefix ${shown} not resolved; routes below it are left out`);
    return undefined;
  };

  for (const module of modules) {
    for (const s of module.statements) {
      const r = ROUTER_CLASSES.exec(s.code);
      const a = new RegExp(
        `^(\\w+)\\s*(?::[^=]+)?=\\s*(?:[\\w.]+\\.)?(${Object.keys(APP_CLASSES).join('|')})\\s*\\(`,
      ).exec(s.code);
      const m = r ?? a;
      if (!m) continue;
      const args = splitArgs(callArgs(s.code, s.code.indexOf('(', m[0].length - 1)) ?? '');
      const prefix = prefixOf(
        s,
        args.keywords.get('prefix') ?? args.keywords.get('url_prefix'),
        `${module.file}:${s.line}`,
      );
      objects.set(`${module.name}:${m[1]}`, { key: `${module.name}:${m[1]}`, prefix, isApp: !r });
    }
  }
  for (const module of modules) {
    for (const s of module.statements) {
      const m = INCLUDE.exec(s.code);
      if (!m) continue;
      const args = splitArgs(callArgs(s.code, m[0].length - 1) ?? '');
      // app.mount("/v2", other_app): the path comes first, then the mounted app.
      const mount = m[2] === 'mount';
      const child = mount ? (args.positional[1] ?? args.keywords.get('app')) : args.positional[0];
      if (!child) continue;
      // `session.mount("https://", HTTPAdapter())` (requests) is no web app: a mount counts only
      // when one side is an app or router this project creates.
      if (mount && !objects.has(resolve(module, m[1])) && !objects.has(resolve(module, child))) continue;
      includes.push({
        parent: resolve(module, m[1]),
        child: resolve(module, child),
        prefix: prefixOf(
          s,
          mount
            ? (args.positional[0] ?? args.keywords.get('path'))
            : (args.keywords.get('prefix') ?? args.keywords.get('url_prefix')),
          `${module.file}:${s.line}`,
        ),
        replaces: m[2] === 'register_blueprint' && args.keywords.has('url_prefix'),
        file: module.file,
        line: s.line,
      });
    }
  }

  // Every full prefix under which an object is served, with the include lines that produced it.
  const mounts = (key: string, seen: Set<string>): { prefix: string; via: string[] }[] => {
    const own = objects.get(key);
    const parents = includes.filter((i) => i.child === key);
    const ownVia = (replaced: boolean) =>
      own?.prefix && !own.isApp && !replaced ? [`router prefix "${own.prefix}"`] : [];
    if (own && own.prefix === undefined) return [];
    if (parents.length === 0 || seen.has(key)) return [{ prefix: own?.prefix ?? '', via: ownVia(false) }];
    const out: { prefix: string; via: string[] }[] = [];
    for (const inc of parents) {
      for (const up of mounts(inc.parent, new Set([...seen, key]))) {
        if (inc.prefix === undefined) continue;
        const included = inc.prefix ? [`prefix "${inc.prefix}" from ${inc.file}:${inc.line}`] : [];
        const via = [...up.via, ...included, ...ownVia(inc.replaces)];
        out.push({ prefix: joinPath(up.prefix, inc.prefix, inc.replaces ? '' : (own?.prefix ?? '')), via });
      }
    }
    return out;
  };

  const routes: Route[] = [];
  for (const module of modules) {
    module.statements.forEach((s, i) => {
      const d = DECORATOR.exec(s.code) ?? BARE_DECORATOR.exec(s.code);
      if (!d) return;
      const bare = d.length === 2;
      const args = splitArgs(callArgs(s.code, d[0].length - 1) ?? '');
      const path = literal(s, args.positional[0] ?? args.keywords.get('path') ?? args.keywords.get('rule'));
      if (path === undefined) return;
      const methods = args.keywords.get('methods');
      if (methods && !(stringList(s, methods) ?? ['GET']).some((x) => /^get$/i.test(x))) return;
      const handler = handlerInfo(module.statements, i + 1);
      const key = bare ? '' : resolve(module, d[1]);
      const prefixes = bare ? [{ prefix: '', via: [] }] : mounts(key, new Set());
      for (const p of prefixes) {
        const full = joinPath(p.prefix, path);
        routes.push({ path: full, file: module.file, line: s.line, via: p.via, ...handler });
      }
    });
    for (const s of module.statements) {
      // app.add_api_route("/health", health, methods=["GET"]), add_route, Flask's add_url_rule.
      const added = ADD_ROUTE.exec(s.code);
      if (added) {
        const args = splitArgs(callArgs(s.code, added[0].length - 1) ?? '');
        const path = literal(s, args.positional[0] ?? args.keywords.get('path') ?? args.keywords.get('rule'));
        const methods = args.keywords.get('methods');
        const isGet = !methods || (stringList(s, methods) ?? ['GET']).some((x) => /^get$/i.test(x));
        const handlerName =
          args.positional[added[2] === 'add_url_rule' ? 2 : 1] ??
          args.keywords.get('view_func') ??
          args.keywords.get('endpoint');
        const def = module.statements.findIndex((d) =>
          new RegExp(`^(async\\s+)?def\\s+${handlerName}\\b`).test(d.code),
        );
        const handler =
          handlerName && def >= 0 ? handlerInfo(module.statements, def) : { mentions503: false };
        if (path !== undefined && isGet)
          for (const p of mounts(resolve(module, added[1]), new Set()))
            routes.push({
              path: joinPath(p.prefix, path),
              file: module.file,
              line: s.line,
              via: p.via,
              ...handler,
            });
      }
      for (const r of starletteRoutes(s)) {
        routes.push({
          path: r.path,
          file: module.file,
          line: s.stringLines[r.index],
          via: [],
          mentions503: false,
        });
      }
    }
  }
  routes.push(...djangoRoutes(modules));
  return { routes, warnings: unresolved };
}

/** The literal dict a handler returns and whether it mentions 503, from the def after decorator `i`. */
function handlerInfo(
  statements: Statement[],
  i: number,
): { body?: Record<string, unknown>; mentions503: boolean } {
  let j = i;
  while (j < statements.length && statements[j].code.startsWith('@')) j++;
  if (j >= statements.length || !/^(async\s+)?def\b/.test(statements[j].code)) return { mentions503: false };
  const body = blockBody(statements, j);
  const mentions503 = body.some((b) => /\b503\b|HTTP_503|SERVICE_UNAVAILABLE/.test(b.code));
  // The function's own last return is the healthy answer; earlier ones are often error branches.
  const returns = body.filter((b) => /^return\b/.test(b.code));
  const top = returns.filter((b) => b.indent === body[0]?.indent);
  const ret = top[top.length - 1] ?? returns[0];
  const body0 = ret ? literalDict(ret) : undefined;
  return body0 ? { body: body0, mentions503 } : { mentions503 };
}

/** The literal entries of the first dict in a statement (`{"status": "ok", "n": len(x)}` → {status: ok}). */
function literalDict(s: Statement): Record<string, unknown> | undefined {
  const open = s.code.indexOf('{');
  const inner = open >= 0 ? callArgs(s.code, open) : undefined;
  if (inner === undefined) return undefined;
  const dict: Record<string, unknown> = {};
  for (const pair of splitArgs(inner).positional) {
    const kv = /^§(\d+)§\s*:\s*(§(\d+)§|True|False|None|-?\d+(?:\.\d+)?)$/.exec(pair);
    if (!kv) continue; // computed values cannot be known; the literal ones still must appear
    const raw = kv[2];
    dict[s.strings[Number(kv[1])]] =
      kv[3] !== undefined
        ? s.strings[Number(kv[3])]
        : raw === 'True'
          ? true
          : raw === 'False'
            ? false
            : raw === 'None'
              ? null
              : Number(raw);
  }
  return Object.keys(dict).length ? dict : undefined;
}
