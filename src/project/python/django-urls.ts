import type { PyModule } from './modules.js';
import type { Route } from './route.js';
import { joinPath } from './url-path.js';

const DJANGO_PATH = /\b(re_path|path|url)\s*\(\s*§(\d+)§\s*,\s*(include\s*\()?/g;

/** Django urlpatterns, with `include("pkg.urls")` prefixes resolved from the root URLconf down. */
export function djangoRoutes(modules: PyModule[]): Route[] {
  const urlModules = modules.filter((m) => /(^|\.)urls$/.test(m.name));
  const entries = new Map<string, { path: string; include?: string; line: number }[]>();
  for (const m of urlModules) {
    const list: { path: string; include?: string; line: number }[] = [];
    for (const s of m.statements) {
      for (const p of s.code.matchAll(DJANGO_PATH)) {
        let path = s.strings[Number(p[2])];
        const line = s.stringLines[Number(p[2])];
        if (p[1] !== 'path') path = path.replace(/^\^/, '').replace(/\$$/, '');
        let include: string | undefined;
        if (p[3]) include = /^\s*§(\d+)§/.exec(s.code.slice((p.index ?? 0) + p[0].length))?.[1];
        list.push({
          path,
          include: include === undefined ? undefined : s.strings[Number(include)],
          line,
        });
      }
    }
    entries.set(m.name, list);
  }
  const included = new Set(
    [...entries.values()].flatMap((l) => l.flatMap((e) => (e.include ? [e.include] : []))),
  );
  const routes: Route[] = [];
  const walk = (name: string, prefix: string, via: string[], depth: number) => {
    const m = urlModules.find((u) => u.name === name || u.name.endsWith(`.${name}`));
    if (!m || depth > 5) return;
    for (const e of entries.get(m.name) ?? []) {
      const full = joinPath('/', prefix, e.path);
      if (e.include)
        walk(e.include, joinPath(prefix, e.path), [...via, `include at ${m.file}:${e.line}`], depth + 1);
      else routes.push({ path: full, file: m.file, line: e.line, via, mentions503: false });
    }
  };
  for (const m of urlModules) if (!included.has(m.name)) walk(m.name, '', [], 0);
  return routes;
}
