/**
 * `npm run bench`: every benchmark of docs/product.md "Performance targets", each run several times, printing
 * the detailed tables and then one summary (median and p95 beside the target) as markdown, also
 * written to bench/results.md for the README. BENCH_ONLY=checkin,ui,... picks a subset (`arrivals`, the
 * day of 200 automatic codes, runs only when named);
 * RUSH_CHECKINS=20 runs the full 10-minute rush hour instead of the scaled slice.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { runArrivalsDeliveryBench } from './arrivals-delivery.bench';
import { runCheckinBench, runDoorsParallelBench } from './checkin.bench';
import { buildRenderer, runBundleBench, runCoreBench } from './core.bench';
import { runDeliveryBench } from './delivery.bench';
import { runFeedBenchBundled } from './feed-import.bench';
import { runOutageRevokeBench, runRushHourBench } from './rush-hour.bench';
import { runSearchBench } from './search.bench';
import { markdownTable, printTable, summaryFromMeasured, type SummaryRow } from './stats';
import { runUiBench } from './ui.bench';

const only = process.env['BENCH_ONLY']?.split(',');
const want = (name: string): boolean => !only || only.includes(name);
const rows: SummaryRow[] = [];
const t0 = performance.now();
const step = async (name: string, f: () => Promise<SummaryRow[]> | SummaryRow[]): Promise<void> => {
  if (!want(name)) return;
  const s = performance.now();
  console.log(`\n== ${name}`);
  let r: SummaryRow[];
  try {
    r = await f();
  } catch (e) {
    // One broken benchmark must not hide the others: it shows as a failed row with its reason.
    console.error(e);
    r = [
      {
        what: `${name} benchmark`,
        target: '—',
        median: '—',
        p95: '—',
        pass: false,
        note: `did not run to the end: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      },
    ];
  }
  console.log(markdownTable(r));
  console.log(`(${((performance.now() - s) / 1000).toFixed(0)} s)`);
  rows.push(...r);
};

await step('checkin', () => runCheckinBench(40));
await step('delivery', () => runDeliveryBench(40));
const built = want('ui') || want('bundle') ? buildRenderer() : null;
try {
  await step('ui', () => runUiBench(built!.path, 30));
  await step('bundle', () => runBundleBench(built!.path));
} finally {
  built?.remove();
}
await step('search', () => {
  const r = runSearchBench(100_000);
  printTable('Search among 100 000 bookings (target: p95 < 5 ms)', r);
  return [
    summaryFromMeasured(
      'Search among 100 000 bookings (name / ref / room prefix)',
      'p95 < 5 ms',
      r.filter((x) => !x.name.startsWith('today')),
    ),
  ];
});
await step('feed', async () => {
  const r = await runFeedBenchBundled(5_000);
  printTable('iCal feed import, 5 000 events (target: < 500 ms)', r);
  return [
    summaryFromMeasured(
      'Import of an iCal feed with 5 000 events',
      '< 500 ms',
      r,
      `worst of: new events, same again, every 10th moved (n=${r[0]!.samples} each, on a 20 000-booking desk)`,
    ),
  ];
});
await step('core', () => runCoreBench(100_000));
await step('doors', () => runDoorsParallelBench(8));
await step('rush', () => runRushHourBench());
await step('outage', () => runOutageRevokeBench());
// Whole simulated days (minutes each) run only when named: BENCH_ONLY=arrivals.
if (only?.includes('arrivals')) await step('arrivals', async () => (await runArrivalsDeliveryBench()).rows);

const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; \`npm run bench\` (${((performance.now() - t0) / 60_000).toFixed(1)} min).`;
const table = `${header}\n\n${markdownTable(rows)}\n`;
console.log(`\n== Summary\n\n${table}`);
if (!only) writeFileSync(join(import.meta.dirname, 'results.md'), table);
process.exit(rows.some((r) => r.pass === false) ? 1 : 0);
