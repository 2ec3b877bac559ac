import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { icalWorkerBundle, MAIN_EXTERNALS, mainBundle, preloadBundle } from '../../build/bundle-config.mjs';
import type { parseIcsOffThread } from '../../electron/core/bookings/parse-off-thread';
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
    const result = await build({ ...mainBundle, write: false, metafile: true, logLevel: 'silent', sourcemap: false });
    const meta = result.metafile;
    const external = new Set<string>();
    for (const output of Object.values(meta.outputs)) for (const i of output.imports) if (i.external) external.add(i.path);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const unexpected = [...external].filter((p) => !builtins.has(p) && !MAIN_EXTERNALS.includes(p));
    expect(unexpected).toEqual([]);
    // The product's own dependencies are inside the bundle, not resolved from node_modules at run time.
    const inputs = Object.keys(meta.inputs).join('\n');
    for (const dep of ['zod', 'csv-parse']) expect(inputs, dep).toContain(`node_modules/${dep}/`);
    // Feeds are read on their worker thread only (its own bundle, below): never on the main thread.
    expect(inputs).not.toContain('node_modules/ical.js/');
    // The test clock (a desk that starts at a chosen instant) never reaches the installed app.
    expect(inputs).toContain('electron/core/time/clock.ts');
    expect(inputs).not.toContain('test-clock');
    expect(inputs).not.toMatch(/(^|\n)test\//);
  }, 60_000);

  it('the packaged app carries the native modules it leaves external (package.json dependencies)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
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
    const result = await build({ ...preloadBundle, write: false, metafile: true, logLevel: 'silent', sourcemap: false });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.includes('node_modules') || i.endsWith('contract.ts') || i.endsWith('events.ts'))).toEqual([]);
    const text = result.outputFiles[0]!.text;
    expect(text.length).toBeLessThan(8_000);
    const lists = [...text.matchAll(/var (CHANNEL_NAMES|EVENT_NAMES) = (\[[^\]]*\]);/g)].map((m) => [m[1], JSON.parse(m[2]!) as string[]]);
    expect(Object.fromEntries(lists)).toEqual({ CHANNEL_NAMES: [...CHANNEL_NAMES], EVENT_NAMES: [...EVENT_NAMES] });
  }, 60_000);
});

describe("the feed parser's worker thread in the bundle", () => {
  it('is built beside main.mjs, unpacked from the asar, and the bundled main finds and runs it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'desk-bundle-'));
    try {
      // The worker as the build writes it, and the off-thread parser bundled the way main.mjs
      // carries it (same folder, ESM): the bundled code must find ical-worker.mjs by itself.
      const worker = await build({
        ...icalWorkerBundle,
        outfile: join(out, 'ical-worker.mjs'),
        logLevel: 'silent',
        sourcemap: false,
        metafile: true,
      });
      expect(Object.keys(worker.metafile.inputs).join('\n')).toContain('node_modules/ical.js/');
      await build({
        ...mainBundle,
        entryPoints: ['electron/core/bookings/parse-off-thread.ts'],
        outfile: join(out, 'main.mjs'),
        logLevel: 'silent',
        sourcemap: false,
      });
      const builder = readFileSync('electron-builder.yml', 'utf8');
      expect(builder).toMatch(/asarUnpack:[\s\S]*- dist-electron\/ical-worker\.mjs/);
      writeFileSync(
        join(out, 'cal.ics'),
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTART;VALUE=DATE:20270110\r\nDTEND;VALUE=DATE:20270112\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      );
      const bundled = (await import(pathToFileURL(join(out, 'main.mjs')).href)) as { parseIcsOffThread: typeof parseIcsOffThread };
      const parsed = await bundled.parseIcsOffThread({
        text: readFileSync(join(out, 'cal.ics'), 'utf8'),
        ctx: { timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' },
        maxEvents: 10,
      });
      expect(parsed.events.map((e) => e.uid)).toEqual(['a@x']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
