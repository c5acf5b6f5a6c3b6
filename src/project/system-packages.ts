import { nativeLibraries } from '../knowledge/native-libraries.js';
import type { DependencyFacts } from './dependencies.js';
import { type Fact, fact } from './fact.js';

export interface SystemPackages {
  runtime: Fact<string>[];
  build: Fact<string>[];
}

/**
 * The Debian packages the declared dependencies need (src/knowledge/native-libraries.ts), each
 * with the dependency line that asks for it: `psycopg>=3.2` without [binary] needs libpq5 at run time.
 */
export function systemPackagesFor(deps: DependencyFacts): SystemPackages {
  const out: SystemPackages = { runtime: [], build: [] };
  const add = (list: Fact<string>[], names: readonly string[], from: Fact<string>, why: string) => {
    for (const name of names)
      if (!list.some((f) => f.value === name)) list.push(fact(name, from.file, from.line, why));
  };
  for (const lib of nativeLibraries) {
    const dep = deps.packages.find((p) => p.value === lib.package);
    if (!dep) continue;
    const extras = deps.extras.get(lib.package) ?? [];
    if (extras.some((e) => lib.selfContainedExtras?.includes(e))) continue;
    add(out.runtime, lib.runtime, dep, lib.why);
    add(out.build, lib.build ?? [], dep, lib.why);
    if (lib.compiledExtra && extras.includes(lib.compiledExtra.extra))
      add(
        out.build,
        lib.compiledExtra.build,
        dep,
        `${lib.package}[${lib.compiledExtra.extra}] compiles against it`,
      );
  }
  return out;
}
