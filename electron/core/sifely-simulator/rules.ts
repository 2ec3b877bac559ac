import { createHash } from 'node:crypto';

/**
 * Business rules of the simulated cloud (§15.1), kept free of HTTP so they can be tested alone.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Custom passcode digits (§10.11): 4–9 digits (-3006); not all-same / straight ascending / descending (-2032). */
export function passcodeProblem(digits: string): -3006 | -2032 | null {
  if (!/^\d{4,9}$/.test(digits)) return -3006;
  const d = [...digits].map(Number);
  const steps = d.slice(1).map((x, i) => x - d[i]!);
  if (steps.every((s) => s === 0) || steps.every((s) => s === 1) || steps.every((s) => s === -1)) return -2032;
  return null;
}

/** Whole hour in the lock's local time (§6: the lock applies offline codes in its own zone). */
export const truncateHour = (ms: number, offsetMs: number): number => Math.floor((ms + offsetMs) / HOUR) * HOUR - offsetMs;

/**
 * Offline-code span rule (§10.10): up to one year, or longer only when the end falls on the same
 * day-of-month and hour as the start, N months later.
 */
export function offlineSpanOk(startMs: number, endMs: number, offsetMs: number): boolean {
  if (endMs - startMs <= 366 * DAY) return true;
  const s = new Date(startMs + offsetMs);
  const e = new Date(endMs + offsetMs);
  return s.getUTCDate() === e.getUTCDate() && s.getUTCHours() === e.getUTCHours();
}

/**
 * The lock's offline algorithm stand-in: the same lock, type and whole-hour window always give the
 * same digits (§15.1: deterministic), 8 digits like most real random codes (§10.10).
 */
export function offlineDigits(lockSecret: string, lockId: number, type: number, startMs: number, endMs: number): string {
  const h = createHash('sha256').update(`${lockSecret}|${lockId}|${type}|${startMs}|${endMs}`).digest();
  const n = h.readUInt32BE(0) % 90_000_000;
  return String(10_000_000 + n);
}

/**
 * `addForReversedCardNumber` (§12): the cloud reverses the byte order of the UID before storing.
 * 3661413478 (DA3CBC66) → 1723612378 (66BC3CDA). Works on strings so 7-byte UIDs stay exact.
 */
export function reverseCardNumber(decimal: string): string {
  let hex = BigInt(decimal).toString(16);
  const bytes = Math.max(4, Math.ceil(hex.length / 2));
  hex = hex.padStart(bytes * 2, '0');
  const reversed = (hex.match(/../g) ?? []).reverse().join('');
  return BigInt(`0x${reversed}`).toString(10);
}

/** Weekdays of cyclic offline types (§9.1), 1 = Monday … 7 = Sunday. */
export function cyclicDays(type: number): number[] | null {
  if (type === 5) return [6, 7];
  if (type === 6) return [1, 2, 3, 4, 5, 6, 7];
  if (type === 7) return [1, 2, 3, 4, 5];
  if (type >= 8 && type <= 14) return [type - 7];
  return null;
}

/** Deterministic PRNG for fault rates and busy answers, so a seeded run repeats exactly. */
export { seededRandom } from '../../../shared/random';
