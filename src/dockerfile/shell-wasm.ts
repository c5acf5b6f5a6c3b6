import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';

/** tree-sitter's runtime and the bash grammar, compiled. */
export interface ShellWasm {
  runtime: WasmModule;
  bash: WasmModule;
}

// TypeScript declares WebAssembly only in its DOM library; these are the parts dockspec uses.
export type WasmModule = object & { readonly __wasmModule?: never };
export interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  Instance: new (module: WasmModule, imports: object) => object;
}
export const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiling: Promise<ShellWasm> | undefined;

/**
 * Starts compiling the shell parser's WebAssembly on V8's background threads and returns at once.
 * Left to itself V8 compiles each wasm function on the main thread at its first call, which made
 * the first RUN line of a process take 30 ms (13 ms of it the grammar's 160 kB lexer). Started
 * early, the compile overlaps the loading of the rest of the linter. Importing this module is
 * cheap on purpose: the CLI calls it before it loads anything else.
 *
 * The code is baseline (Liftoff) only, as `initShellParser` explains.
 */
export function compileShellWasm(options: { optimizeWasm?: boolean } = {}): Promise<ShellWasm> {
  if (compiling) return compiling;
  if (!options.optimizeWasm) {
    // At run time V8 does not apply a flag's implications: on Node 24, --liftoff-only alone still
    // tiered the grammar's lexer up to TurboFan, and each run waited 1.7 s for it at exit.
    for (const flag of ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering'])
      v8.setFlagsFromString(flag);
  }
  const require = createRequire(import.meta.url);
  const runtime = readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'));
  const bash = readFileSync(
    path.join(path.dirname(require.resolve('tree-sitter-bash/package.json')), 'tree-sitter-bash.wasm'),
  );
  // Whole modules now, in the background; lazy compilation again once they are done.
  v8.setFlagsFromString('--no-wasm-lazy-compilation');
  compiling = Promise.all([wasm.compile(runtime), wasm.compile(bash)]).then(([r, b]) => ({
    runtime: r,
    bash: b,
  }));
  compiling.finally(() => v8.setFlagsFromString('--wasm-lazy-compilation')).catch(() => {});
  return compiling;
}

/** Hands this thread modules another thread compiled (wasm code is shared, not compiled again). */
export function useCompiledShellWasm(modules: ShellWasm): void {
  compiling ??= Promise.resolve(modules);
}
