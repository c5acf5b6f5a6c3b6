// Build step after tsc (`npm run build`): fewer, larger modules where start-up time matters.
// Sources keep one module per rule and per command; at run time Node 20 spends about half a
// millisecond resolving and linking each ES module, which for ~300 modules was a third of a
// one-file `dockspec lint` run.
//
// 1. dist/lint/rules/index.js becomes one file holding every rule, for the library's users.
//    Imports from outside the rules folder stay imports of the same dist modules.
// 2. dist/cli/bin.js becomes the CLI bundled with code splitting: the entry holds the command
//    definitions, and each command's lazily imported library is a chunk under dist/cli/chunks/.
//    Packages stay external. The lint worker thread still runs dist/lint/worker.js.
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

const cliDir = path.join(dist, 'cli');
rmSync(path.join(cliDir, 'chunks'), { recursive: true, force: true });
await esbuild.build({
  ...common,
  entryPoints: { bin: path.join(cliDir, 'bin.js') },
  outdir: cliDir,
  allowOverwrite: true,
  splitting: true,
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
});
