// Runs the suite as if the machine's clock stood at chosen instants, in chosen time zones, with
// Debian's libfaketime (package `faketime`). Every test fixes the instant it runs at, so the suite
// must pass at any of these; one that does not has read the machine's clock somewhere.
//
//   npm run test:anytime -- "2027-03-14T01:59:30-05:00|America/New_York" …   (unit + integration)
//   npm run test:anytime -- --e2e "2026-12-03T21:00:00Z|Asia/Tokyo"           (and end-to-end)
//
// npm test (test/run-all.mjs) runs CI_INSTANTS below whenever libfaketime is installed.
import { existsSync } from 'node:fs';

/** Instants chosen to hurt, each with the PC's zone (never the property's own, Europe/Madrid, in two of them). */
export const CI_INSTANTS = [
  // Spring forward in New York: 02:00 does not exist that night.
  '2027-03-14T01:59:30-05:00|America/New_York',
  // Fall back in Madrid (the property's zone): 02:00–03:00 happens twice.
  '2026-10-25T02:59:30+02:00|Europe/Madrid',
  // A single-digit day, an evening after the property's 11:00 check-out (22:00 in Madrid), on a PC
  // in another zone where it is already the next morning: the instant CI first failed at.
  '2026-12-03T21:00:00Z|Asia/Tokyo',
  // The last minutes of a year (already next year in UTC and in Madrid).
  '2026-12-31T23:58:00-05:00|America/New_York',
];
/** The instant the end-to-end suite also runs at. */
export const CI_E2E_INSTANT = CI_INSTANTS[2];

const LIBS = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1'];
export const libfaketime = () => LIBS.find((l) => existsSync(l)) ?? null;

/**
 * The environment that makes a process (and its children: vitest workers, crash-test desks,
 * Chromium) see `instant` as now, ticking from there, in zone `tz`. Only the wall clock moves:
 * the monotonic clock stays the machine's, as it would when a person sets a PC's date.
 */
export function fakedEnv(spec) {
  const [instant, tz] = spec.split('|');
  const at = Date.parse(instant ?? '');
  if (!Number.isFinite(at) || !tz) throw new Error(`not "<ISO instant>|<IANA zone>": ${spec}`);
  const lib = libfaketime();
  if (!lib) throw new Error('libfaketime is not installed (Debian package faketime)');
  const offsetS = Math.round((at - Date.now()) / 1000);
  return { LD_PRELOAD: lib, FAKETIME: `${offsetS >= 0 ? '+' : ''}${offsetS}s`, DONT_FAKE_MONOTONIC: '1', TZ: tz };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { spawnSync } = await import('node:child_process');
  const args = process.argv.slice(2);
  const e2e = args.includes('--e2e');
  const instants = args.filter((a) => a !== '--e2e');
  let failed = 0;
  for (const spec of instants.length ? instants : CI_INSTANTS) {
    const env = { ...process.env, ...fakedEnv(spec) };
    console.log(`\n=== at ${spec}`);
    const steps = [['npx', ['vitest', 'run']], ...(e2e ? [['npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts']]] : [])];
    for (const [cmd, a] of steps) if (spawnSync(cmd, a, { stdio: 'inherit', env }).status !== 0) failed++;
  }
  process.exit(failed ? 1 : 0);
}
