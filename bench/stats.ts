/** Timing helpers shared by the benchmarks: run, collect, print median and p95 beside the target. */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

export interface Measured {
  name: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
  targetMs: number;
  pass: boolean;
}

/** Times `fn` once per input after a warm-up; `targetOn` says which statistic the target bounds. */
export function measure<T>(
  name: string,
  inputs: readonly T[],
  fn: (input: T) => unknown,
  targetMs: number,
  targetOn: 'p95' | 'median' = 'p95',
): Measured {
  for (const x of inputs.slice(0, Math.min(20, inputs.length))) fn(x);
  const times: number[] = [];
  for (const x of inputs) {
    const t0 = performance.now();
    fn(x);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const medianMs = percentile(times, 50);
  const p95Ms = percentile(times, 95);
  return { name, samples: times.length, medianMs, p95Ms, targetMs, pass: (targetOn === 'p95' ? p95Ms : medianMs) < targetMs };
}

export function printTable(title: string, rows: readonly Measured[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'case'.padEnd(44)} ${'n'.padStart(5)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)} ${'target'.padStart(10)}  result`,
  );
  for (const r of rows)
    console.log(
      `${r.name.padEnd(44)} ${String(r.samples).padStart(5)} ${r.medianMs.toFixed(3).padStart(10)} ${r.p95Ms.toFixed(3).padStart(9)} ${`< ${r.targetMs}`.padStart(10)}  ${r.pass ? 'PASS' : 'FAIL'}`,
    );
}

/** Seeded PRNG so every run measures the same data (one implementation for the whole project). */
export { seededRandom as mulberry32 } from '../shared/random';

/** Median and p95 of raw samples (any unit). */
export function summarize(samples: readonly number[]): { n: number; median: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? NaN };
}

/** One line of the summary table the README quotes: a docs/product.md target and what was measured. */
export interface SummaryRow {
  what: string;
  target: string;
  median: string;
  p95: string;
  pass: boolean | null;
  note?: string;
}

export const ms = (x: number): string => (x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);

export function summaryFromMeasured(what: string, target: string, rows: readonly Measured[], note?: string): SummaryRow {
  const worst = [...rows].sort((a, b) => b.p95Ms - a.p95Ms)[0]!;
  const med = [...rows].sort((a, b) => b.medianMs - a.medianMs)[0]!;
  return {
    what,
    target,
    median: ms(med.medianMs),
    p95: ms(worst.p95Ms),
    pass: rows.every((r) => r.pass),
    note: note ?? `worst of ${rows.length} cases: ${worst.name}`,
  };
}

export function markdownTable(rows: readonly SummaryRow[]): string {
  const lines = ['| What | Target | Median | p95 | Result | Notes |', '|---|---|---|---|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.what} | ${r.target} | ${r.median} | ${r.p95} | ${r.pass === null ? '—' : r.pass ? 'met' : '**missed**'} | ${r.note ?? ''} |`,
    );
  return lines.join('\n');
}
