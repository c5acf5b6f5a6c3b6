// Build step after tsc (`npm run build`): fewer, larger modules where start-up time matters.
// Sources keep one module per rule and per command; at run time Node 20 spends about half a
// millisecond resolving and linking each ES module, which for ~300 modules was a third of a
// one-file `dockspec lint` run.
//
// 1. dist/lint/rules/index.js becomes one file holding every rule, for the library's users.
//    Imports from outside the rules folder stay imports of the same dist modules.
// 2. dist/cli/bin.js becomes the CLI bundled with code splitting: the entry holds the command
//    definitions, and each command's lazily imported library is a chunk under dist/cli/chunks/.
//    The plain-JavaScript packages a `dockspec lint` run loads are bundled in too: resolving a
//    package's exports, wrapping CommonJS for ESM and loading each file one by one cost a one-file
//    run about 25 ms. Packages that find files beside themselves (the tree-sitter wasm), carry
//    native add-ons (dockerode's ssh2) or only serve verify and import stay external. The
//    library (dist/index.js) and the lint worker thread (dist/lint/worker.js) are not bundled.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' };

const rulesDir = path.join(dist, 'lint/rules');
const rulesIndex = path.join(rulesDir, 'index.js');
await esbuild.build({
  ...common,
  entryPoints: [rulesIndex],
  outfile: rulesIndex,
  allowOverwrite: true,
  plugins: [
    {
      name: 'keep-outside-imports',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point') return undefined;
          if (!args.path.startsWith('.')) return { path: args.path, external: true };
          const target = path.resolve(args.resolveDir, args.path);
          if (target.startsWith(rulesDir + path.sep)) return undefined;
          // Re-pointed from the bundle's folder, which is the rules folder itself.
          const rel = path.relative(rulesDir, target).split(path.sep).join('/');
          return { path: `./${rel}`, external: true };
        });
      },
    },
  ],
});

const bundledPackages = new Set([
  '@balena/dockerignore',
  'commander',
  'dockerfile-ast',
  'fastest-levenshtein',
  'smol-toml',
  'vscode-languageserver-textdocument',
  'vscode-languageserver-types',
  'yaml',
  'zod',
]);
const packageName = (specifier) =>
  specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const insidePackage = (file, name) => file.includes(`${path.sep}node_modules${path.sep}${name}${path.sep}`);

const cliDir = path.join(dist, 'cli');
rmSync(path.join(cliDir, 'chunks'), { recursive: true, force: true });
await esbuild.build({
  ...common,
  entryPoints: { bin: path.join(cliDir, 'bin.js') },
  outdir: cliDir,
  allowOverwrite: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Prefer a package's ES module build where it ships one (vscode-languageserver-types does).
  mainFields: ['module', 'main'],
  // Bundled CommonJS packages call require() for Node built-ins, which ES modules lack.
  banner: { js: "import { createRequire as __dockspecRequire } from 'node:module';\nconst require = __dockspecRequire(import.meta.url);" },
  plugins: [
    {
      // zod re-exports every locale (370 kB, half the contract chunk) as `z.locales`. dockspec
      // writes its own messages and zod registers English itself, so the CLI gets English only.
      name: 'zod-english-only',
      setup(build) {
        build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
          insidePackage(args.importer, 'zod') ? { path: 'zod-locales-en', namespace: 'dockspec' } : undefined,
        );
        build.onLoad({ filter: /^zod-locales-en$/, namespace: 'dockspec' }, () => ({
          contents: "export { default as en } from 'zod/v4/locales/en.js';",
          resolveDir: root,
        }));
      },
    },
    {
      // commander requires node:child_process (and with it net and dgram, ~5 ms) at load, for
      // stand-alone executable subcommands, which dockspec does not have: load it on first use.
      name: 'commander-lazy-child-process',
      setup(build) {
        build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          insidePackage(args.importer, 'commander')
            ? { path: 'lazy-child-process', namespace: 'dockspec' }
            : undefined,
        );
        build.onLoad({ filter: /^lazy-child-process$/, namespace: 'dockspec' }, () => ({
          contents:
            "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
          resolveDir: root,
        }));
      },
    },
    {
      name: 'bundle-only-listed-packages',
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, (args) =>
          bundledPackages.has(packageName(args.path)) ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
