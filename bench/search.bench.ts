/**
 * Search among 100 000 bookings (docs/product.md "Performance targets": p95 < 5 ms for name / ref / room prefix), and
 * today's lists. Run: npx tsx bench/search.bench.ts [count]
 */
import { localDayBounds } from '../shared/time/zoned';
import { generateBenchStore } from './bookings-data';
import { measure, mulberry32, printTable, type Measured } from './stats';

export function runSearchBench(count = 100_000): Measured[] {
  const t0 = performance.now();
  const store = generateBenchStore(count);
  console.log(`generated ${count} bookings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const rand = mulberry32(7);
  const sample = <T>(xs: readonly T[], n: number): T[] => Array.from({ length: n }, () => xs[Math.floor(rand() * xs.length)]!);
  const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
  const N = 400;
  const surnames = sample(store.names, N).map((n) => n.split(' ').at(-1)!);
  const rows: Measured[] = [
    measure(
      'name prefix, 3 letters ("gar")',
      surnames.map((s) => s.slice(0, 3).toLowerCase()),
      (q) => store.bookings.search(q),
      5,
    ),
    measure(
      'surname, folded upper case ("NOVAK")',
      surnames.map((s) => fold(s).toUpperCase()),
      (q) => store.bookings.search(q),
      5,
    ),
    measure(
      'first + surname prefix ("ana gar")',
      sample(store.names, N).map((n) => `${n.split(' ')[0]} ${n.split(' ').at(-1)!.slice(0, 3)}`),
      (q) => store.bookings.search(q),
      5,
    ),
    measure('single letter ("m")', sample(['a', 'm', 's', 'k', 'j'], N), (q) => store.bookings.search(q), 5),
    measure(
      'ref prefix, 6 chars',
      sample(store.refs, N).map((r) => r.slice(0, 6)),
      (q) => store.bookings.search(q),
      5,
    ),
    measure('ref, exact', sample(store.refs, N), (q) => store.bookings.search(q), 5),
    measure('room, exact ("214")', sample(store.roomNames, N), (q) => store.bookings.search(q), 5),
    measure('room prefix ("2")', sample(['1', '2', '3', '4'], N), (q) => store.bookings.search(q), 5),
    measure(
      "today's arrivals / in-house / departures",
      Array.from({ length: 200 }, () => localDayBounds(store.nowMs, 'Europe/Madrid')),
      (d) => store.bookings.today(d),
      5,
    ),
  ];
  store.close();
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  printTable(`Search among ${count} bookings (target: p95 < 5 ms)`, runSearchBench(count));
}
