// The esbuild options of the Electron bundles, apart from running them, so
// test/unit/shell-bundle.test.ts builds exactly what `npm run build:electron` builds.
import { build } from 'esbuild';

/**
 * Only what cannot be bundled stays outside the main bundle: Electron itself and the two native
 * modules (electron-builder unpacks their .node files from the asar). Everything else is inlined,
 * so nothing else is resolved from inside app.asar at run time, where ESM package resolution has
 * broken before ("Cannot find package", electron/electron#41241, #45896).
 */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'node-hid'];

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'info' };

export const mainBundle = {
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist-electron/main.mjs',
  format: 'esm',
  external: MAIN_EXTERNALS,
  // Bundled CommonJS packages call require(); an ESM bundle has none of its own.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

/**
 * The preload checks channel and event names, which shared/ipc/names.ts reads off the contract's
 * tables. Bundling that would bring zod and every schema into the sandboxed preload, so its bundle
 * gets the two lists as literals instead, computed here from the very same module.
 */
const contractNames = {
  name: 'contract-names',
  setup(b) {
    b.onLoad({ filter: /shared[\\/]ipc[\\/]names\.ts$/ }, async (args) => {
      const out = await build({
        entryPoints: [args.path],
        bundle: true,
        write: false,
        format: 'cjs',
        platform: 'node',
        logLevel: 'silent',
      });
      const mod = { exports: {} };
      new Function('module', 'exports', out.outputFiles[0].text)(mod, mod.exports);
      const { CHANNEL_NAMES, EVENT_NAMES } = mod.exports;
      return {
        contents: `export const CHANNEL_NAMES = ${JSON.stringify(CHANNEL_NAMES)};\nexport const EVENT_NAMES = ${JSON.stringify(EVENT_NAMES)};\n`,
        loader: 'js',
      };
    });
  },
};

/**
 * The feed parser's worker thread (electron/core/bookings/parse-off-thread.ts), its own file beside
 * main.mjs: a worker runs a file, not a function of the main bundle. Unpacked from app.asar
 * (electron-builder.yml), since a worker thread reads its file with plain Node.
 */
export const icalWorkerBundle = {
  ...common,
  entryPoints: ['electron/core/bookings/ical-worker.ts'],
  outfile: 'dist-electron/ical-worker.mjs',
  format: 'esm',
  external: MAIN_EXTERNALS,
};

export const preloadBundle = {
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist-electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
  plugins: [contractNames],
};
