// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS, one file: a
// sandboxed preload can only require 'electron'), and the feed parser's worker thread, into dist-electron/ for `npm start` and packaging.
// The options live in bundle-config.mjs (what stays external, and why).
import { build } from 'esbuild';
import { icalWorkerBundle, mainBundle, preloadBundle } from './bundle-config.mjs';

await build(mainBundle);
await build(icalWorkerBundle);
await build(preloadBundle);
