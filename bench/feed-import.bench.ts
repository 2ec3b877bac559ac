/**
 * Import of an iCal feed with 5 000 events (docs/product.md "Performance targets": < 500 ms), through the same code a
 * refresh runs (parse with ical.js → plan → one transaction with booking events), on a real WAL
 * file with synchronous=FULL. Run: npx tsx bench/feed-import.bench.ts [events]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { icalWorkerBundle, MAIN_EXTERNALS, mainBundle } from '../build/bundle-config.mjs';
import { importFeedText } from '../electron/core/bookings/feeds';
import { createFeedsRepo } from '../electron/core/db/repos/feeds.repo';
import { createPropertyRepo } from '../electron/core/db/repos/property.repo';
import { generateBenchStore } from './bookings-data';
import { mulberry32, percentile, printTable, type Measured } from './stats';

/** A seeded Airbnb-style feed: all-day events, one room, `shift` days later for every 10th event. */
export function generateIcs(events: number, opts: { seed?: number; shift?: number } = {}): string {
  const rand = mulberry32(opts.seed ?? 1);
  const lines = ['BEGIN:VCALENDAR', 'PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN', 'CALSCALE:GREGORIAN', 'VERSION:2.0'];
  const day0 = Date.UTC(2027, 6, 1);
  const ymd = (ms: number): string => new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
  for (let i = 0; i < events; i++) {
    const moved = opts.shift && i % 10 === 0 ? opts.shift : 0;
    const start = day0 + (i * 2 + moved) * 86_400_000;
    const nights = 1 + Math.floor(rand() * 2);
    lines.push(
      'BEGIN:VEVENT',
      `DTEND;VALUE=DATE:${ymd(start + nights * 86_400_000)}`,
      `DTSTART;VALUE=DATE:${ymd(start)}`,
      `UID:${i.toString(16).padStart(12, '0')}-${Math.floor(rand() * 2 ** 48).toString(16)}@airbnb.com`,
      `DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/details/HM${i}\\nPhone Number (Last 4 Digits): ${1000 + (i % 9000)}`,
      'SUMMARY:Reserved',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

export async function runFeedBench(events = 5_000, runs = 7): Promise<Measured[]> {
  const first = generateIcs(events);
  const moved = generateIcs(events, { shift: 1 });
  const times = { create: [] as number[], same: [] as number[], moved: [] as number[] };
  for (let r = 0; r < runs; r++) {
    // A desk that already holds 20 000 bookings, as a feed refresh meets it in real life.
    const store = generateBenchStore(20_000, { seed: 100 + r, rooms: 20 });
    const property = createPropertyRepo(store.db);
    const feeds = createFeedsRepo(store.db, () => store.nowMs);
    const feedId = feeds.add(1, 'Airbnb', 'https://example.invalid/cal.ics');
    const deps = { db: store.db, bookings: store.bookings, feeds, property: () => property.get()!, now: () => store.nowMs };
    const time = async (text: string): Promise<number> => {
      const t0 = performance.now();
      await importFeedText(deps, feedId, text);
      return performance.now() - t0;
    };
    times.create.push(await time(first));
    times.same.push(await time(first));
    times.moved.push(await time(moved));
    store.close();
  }
  const row = (name: string, xs: number[]): Measured => {
    const s = [...xs].sort((a, b) => a - b);
    return { name, samples: s.length, medianMs: percentile(s, 50), p95Ms: percentile(s, 95), targetMs: 500, pass: percentile(s, 95) < 500 };
  };
  return [
    row(`${events} new events → bookings`, times.create),
    row(`same ${events} again (no change)`, times.same),
    row(`${events} events, every 10th moved`, times.moved),
  ];
}

/**
 * The same benchmark as the installed desk runs it: the core bundled and the parser's worker as its
 * own bundle beside it (build/bundle-config.mjs), in a fresh `node` process (bench/child/feed-child.ts).
 */
export async function runFeedBenchBundled(events = 5_000): Promise<Measured[]> {
  const dir = join(import.meta.dirname, '../node_modules/.cache/desk-bench-feed');
  mkdirSync(dir, { recursive: true });
  const quiet = { logLevel: 'silent' as const, sourcemap: false };
  await build({ ...icalWorkerBundle, ...quiet, outfile: join(dir, 'ical-worker.mjs') });
  await build({
    entryPoints: [join(import.meta.dirname, 'child/feed-child.ts')],
    outfile: join(dir, 'feed-child.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    // esbuild is this file's own build tool, never called in the child.
    external: [...MAIN_EXTERNALS, 'esbuild'],
    banner: mainBundle.banner,
    target: 'node20',
    ...quiet,
  });
  const r = spawnSync(process.execPath, [join(dir, 'feed-child.mjs'), String(events)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`feed bench child exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measured[];
}

// Bundled into the child this module shares its URL with the bundle, so the file name is checked too.
if (import.meta.url === `file://${process.argv[1]}` && import.meta.url.endsWith('.bench.ts')) {
  const events = Number(process.argv[2] ?? 5_000);
  printTable(`iCal feed import, ${events} events (target: < 500 ms)`, await runFeedBenchBundled(events));
}
