import type { Framework, Server } from '../contract/schema.js';
import { frameworkNamed, serverNamed } from '../knowledge/servers.js';
import { type Fact, fact } from './fact.js';
import type { Hints } from './hints.js';
import { type AppCandidate, entrypointOf } from './python/app-object.js';
import type { PyModule } from './python/modules.js';

/** Framework packages in the order they win: FastAPI and Litestar build on Starlette. */
export const FRAMEWORK_PACKAGES: Framework[] = ['fastapi', 'litestar', 'django', 'flask', 'starlette'];
export function frameworkFromPackages(packages: Fact<string>[]): Fact<Framework> | undefined {
  for (const f of FRAMEWORK_PACKAGES) {
    const p = packages.find((x) => x.value === f);
    if (p) return fact(f, p.file, p.line, `depends on ${f}`);
  }
  return undefined;
}

export function frameworkFromImports(modules: PyModule[]): Fact<Framework> | undefined {
  for (const f of FRAMEWORK_PACKAGES) {
    for (const m of modules) {
      const s = m.statements.find((x) => new RegExp(`^(from|import)\\s+${f}\\b`).test(x.code));
      if (s) return fact(f, m.file, s.line, `imports ${f}`);
    }
  }
  return undefined;
}

/** The first of the framework's servers (src/knowledge/servers.ts) the project depends on. */
export function serverFromPackages(
  packages: Fact<string>[],
  framework: Framework | undefined,
): Fact<Server> | undefined {
  for (const s of frameworkNamed(framework ?? 'fastapi')!.servers) {
    const p = packages.find((x) => x.value === s);
    if (p) return fact(s, p.file, p.line, `depends on ${s}`);
  }
  return undefined;
}

/** The app object: the one a start command names when the sources agree, else the best candidate. */
export function chooseApp(
  candidates: AppCandidate[],
  hints: Hints,
  server: Server | undefined,
  warnings: string[],
): {
  entrypoint?: Fact<string>;
  candidate?: AppCandidate;
  candidates: Fact<string>[];
  tied?: Fact<string>[];
} {
  // What a worker class or --interface says, else what the server serves by default.
  const asgiServer = hints.interfaces[0]
    ? hints.interfaces[0].value === 'asgi'
    : server !== undefined && serverNamed(server)?.defaultInterface !== 'wsgi';
  const ranked = [...candidates].sort((a, b) => {
    const django = (c: AppCandidate) =>
      c.framework === 'django' && /asgi$/.test(c.module.name) === asgiServer ? 2 : 0;
    return b.score + django(b) - (a.score + django(a));
  });
  const factOf = (c: AppCandidate, value = entrypointOf(c)) => fact(value, c.module.file, c.line, c.note);
  const all = ranked.map((c) => factOf(c));
  const fromCandidate = (c: AppCandidate, value = entrypointOf(c)) => ({
    entrypoint: factOf(c, value),
    candidate: c,
    candidates: all,
  });
  const hint = hints.entrypoints[0];
  if (hint) {
    const exact = ranked.find((c) => entrypointOf(c) === hint.value);
    if (exact) return fromCandidate(exact);
    // The command may run from another directory (WORKDIR /app/src): `main:app` for src/pkg/main.py.
    const [mod, obj] = hint.value.split(':');
    const suffix = ranked.find(
      (c) =>
        c.object.replace(/\(\)$/, '') === obj.replace(/\(\)$/, '') && `.${c.module.name}`.endsWith(`.${mod}`),
    );
    if (suffix) return fromCandidate(suffix, hint.value);
    // Or it names the file from further up (`fastapi run src/pkg/main.py`): the package path wins.
    const longer = ranked.find(
      (c) => c.object === obj && c.module.name !== mod && `.${mod}`.endsWith(`.${c.module.name}`),
    );
    if (longer) return fromCandidate(longer);
    if (ranked.length === 0) return { entrypoint: hint, candidates: [hint] };
    warnings.push(
      `${hint.file}:${hint.line} runs ${hint.value}, but no such object was found in the sources; using ${entrypointOf(ranked[0])}`,
    );
  }
  // Objects that look alike and no command naming one (a monorepo's services): init cannot decide.
  if (!hint && ranked.length > 1 && ranked[0].score === ranked[1].score) {
    const tied = ranked.filter((c) => c.score === ranked[0].score).map((c) => factOf(c));
    return { candidates: all, tied };
  }
  return ranked[0] ? fromCandidate(ranked[0]) : { candidates: all };
}
