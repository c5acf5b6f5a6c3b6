import { readFile } from 'node:fs/promises';
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
 * Starts compiling the shell parser's WebAssembly and returns at once, so that reading, decoding
 * and validating its 1.5 MB happen on V8's background threads while the rest of the linter loads.
 * Importing this module is cheap on purpose: the CLI calls it before it loads anything else.
 *
 * Functions are still compiled at their first call, on the calling thread, with the baseline
 * compiler only (see `initShellParser`). Compiling them all ahead (--no-wasm-lazy-compilation) would
 * save a one-file run a few more milliseconds, but on Node 24 an asynchronous compile with that flag
 * never settles.
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
  const files = [
    require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
    path.join(path.dirname(require.resolve('tree-sitter-bash/package.json')), 'tree-sitter-bash.wasm'),
  ];
  // Read off the main thread too: 1.5 MB took a synchronous read 7 ms here.
  compiling = Promise.all(files.map(async (file) => wasm.compile(await readFile(file)))).then(
    ([runtime, bash]) => ({ runtime, bash }),
  );
  return compiling;
}

/** Hands this thread modules another thread compiled (wasm code is shared, not compiled again). */
export function useCompiledShellWasm(modules: ShellWasm): void {
  compiling ??= Promise.resolve(modules);
}
