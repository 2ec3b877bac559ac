import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { MAIN_EXTERNALS, mainBundle, preloadBundle } from '../../build/bundle-config.mjs';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/ipc/channels';

/**
 * The main bundle is built exactly as `npm run build:electron` builds it (in memory) and every
 * import left outside it is listed: only Node's built-ins, Electron and the two native modules may
 * be resolved at run time. Anything else would be looked up inside app.asar, where ESM package
 * resolution has broken before (electron/electron#41241, #45896).
 */
describe('the Electron main bundle', () => {
  it('keeps only electron, better-sqlite3 and node-hid (and node: built-ins) external', async () => {
    expect(MAIN_EXTERNALS).toEqual(['electron', 'better-sqlite3', 'node-hid']);
    const result = await build({ ...(mainBundle as object), write: false, metafile: true, logLevel: 'silent', sourcemap: false });
    const meta = result.metafile;
    const external = new Set<string>();
    for (const output of Object.values(meta.outputs)) for (const i of output.imports) if (i.external) external.add(i.path);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const unexpected = [...external].filter((p) => !builtins.has(p) && !(MAIN_EXTERNALS as string[]).includes(p));
    expect(unexpected).toEqual([]);
    // The product's own dependencies are inside the bundle, not resolved from node_modules at run time.
    const inputs = Object.keys(meta.inputs).join('\n');
    for (const dep of ['zod', 'csv-parse', 'ical.js']) expect(inputs, dep).toContain(`node_modules/${dep}/`);
    // The test clock (a desk that starts at a chosen instant) never reaches the installed app.
    expect(inputs).toContain('electron/core/time/clock.ts');
    expect(inputs).not.toContain('test-clock');
    expect(inputs).not.toMatch(/(^|\n)test\//);
  }, 60_000);

  it('the packaged app carries the native modules it leaves external (package.json dependencies)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    for (const m of ['better-sqlite3', 'node-hid']) expect(pkg.dependencies[m], m).toBeDefined();
    expect(pkg.devDependencies['electron']).toBeDefined();
  });
});

/**
 * The sandboxed preload allows the contract's channels and events only, and gets their names as
 * literals computed from the contract at build time: none of zod or the schemas is bundled with it.
 */
describe('the Electron preload bundle', () => {
  it('lists exactly the contract channels and events, without zod or the schemas', async () => {
    const result = await build({ ...(preloadBundle as object), write: false, metafile: true, logLevel: 'silent', sourcemap: false });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.includes('node_modules') || i.endsWith('contract.ts') || i.endsWith('events.ts'))).toEqual([]);
    const text = result.outputFiles[0]!.text;
    expect(text.length).toBeLessThan(8_000);
    const lists = [...text.matchAll(/var (CHANNEL_NAMES|EVENT_NAMES) = (\[[^\]]*\]);/g)].map((m) => [m[1], JSON.parse(m[2]!) as string[]]);
    expect(Object.fromEntries(lists)).toEqual({ CHANNEL_NAMES: [...CHANNEL_NAMES], EVENT_NAMES: [...EVENT_NAMES] });
  }, 60_000);
});
