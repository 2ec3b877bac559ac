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
export function measure<T>(name: string, inputs: readonly T[], fn: (input: T) => unknown, targetMs: number, targetOn: 'p95' | 'median' = 'p95'): Measured {
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
  console.log(`${'case'.padEnd(44)} ${'n'.padStart(5)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)} ${'target'.padStart(10)}  result`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(44)} ${String(r.samples).padStart(5)} ${r.medianMs.toFixed(3).padStart(10)} ${r.p95Ms.toFixed(3).padStart(9)} ${`< ${r.targetMs}`.padStart(10)}  ${r.pass ? 'PASS' : 'FAIL'}`,
    );
}

/** Small, fast, seeded PRNG so every run measures the same data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
