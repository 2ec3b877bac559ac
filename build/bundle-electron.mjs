// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS, one file: a
// sandboxed preload can only require 'electron') into dist-electron/ for `npm start` and packaging.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'info' };

await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist-electron/main.mjs',
  format: 'esm',
  // Native and Electron modules stay outside the bundle; electron-builder unpacks the natives.
  packages: 'external',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

await build({
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist-electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
