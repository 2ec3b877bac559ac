/**
 * Seeded hostile values for the fuzzers (no packages): wrong types, boundaries, huge and odd
 * strings, prototype-pollution keys, nesting. Same seed, same inputs, so a failure replays.
 */
import { mulberry32 } from '../../bench/stats';
import { TEST_INSTANT_MS } from '../support/time';

export type Rand = () => number;
export const seeded = (seed: number): Rand => mulberry32(seed);
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const STRINGS = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  '9'.repeat(25),
  '0000',
  '12a4',
  'Ana García',
  'Ø',
  '\u0000',
  '\uD800',
  '👩‍👩‍👧',
  '<script>',
  "'; DROP TABLE bookings;--",
  'x'.repeat(5_000),
  'http://127.0.0.1:1/feed.ics',
  'ftp://x',
  'webcal://127.0.0.1:1/a.ics',
  '2027-02-30',
  '25:99',
];
const NUMBERS = [
  0,
  -1,
  1,
  2,
  3,
  7,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  1.5,
  Number.MAX_SAFE_INTEGER,
  8_640_000_000_000_001,
  1e21,
  TEST_INSTANT_MS,
  TEST_INSTANT_MS + 86_400_000,
];
const KEYS = [
  'bookingId',
  'cardNumber',
  'digits',
  'query',
  'limit',
  'roomId',
  'guestName',
  'arrivalMs',
  'departureMs',
  'status',
  'confirmOverlap',
  'lockId',
  'raw',
  'feedId',
  'url',
  'name',
  'bytesBase64',
  'mapping',
  'encoding',
  '__proto__',
  'constructor',
  'prototype',
];

export function value(r: Rand, depth = 0): unknown {
  const k = r();
  if (k < 0.25) return pick(r, NUMBERS);
  if (k < 0.5) return pick(r, STRINGS);
  if (k < 0.58) return r() < 0.5;
  if (k < 0.64) return null;
  if (k < 0.68) return undefined;
  if (depth > 2) return pick(r, STRINGS);
  if (k < 0.8) return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
  return object(r, depth + 1);
}

export function object(r: Rand, depth = 0): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(r() * 5); i > 0; i--)
    Object.defineProperty(o, pick(r, KEYS), { value: value(r, depth), enumerable: true, configurable: true, writable: true });
  return o;
}

/** A good payload with one field changed, dropped, or joined by a stranger. */
export function mutate(r: Rand, good: Record<string, unknown>): unknown {
  const o = { ...good };
  const keys = Object.keys(o);
  const k = r();
  if (k < 0.5 && keys.length > 0) o[pick(r, keys)] = value(r);
  else if (k < 0.7 && keys.length > 0) delete o[pick(r, keys)];
  else if (k < 0.85) o[pick(r, KEYS)] = value(r);
  else return value(r);
  return o;
}

/** Byte-level damage for importer input: flips, cuts, inserted garbage, duplicated slices. */
export function damage(r: Rand, bytes: Uint8Array): Uint8Array {
  const b = [...bytes];
  for (let i = 1 + Math.floor(r() * 6); i > 0; i--) {
    const at = Math.floor(r() * (b.length + 1));
    const k = r();
    if (k < 0.3 && b.length > 0) b[Math.min(at, b.length - 1)] = Math.floor(r() * 256);
    else if (k < 0.5) b.splice(at);
    else if (k < 0.7) b.splice(at, 0, ...Array.from({ length: 1 + Math.floor(r() * 40) }, () => Math.floor(r() * 256)));
    else if (k < 0.85) b.splice(at, 0, ...b.slice(Math.floor(r() * b.length), Math.floor(r() * b.length)));
    else b.splice(at, Math.floor(r() * 30));
  }
  return Uint8Array.from(b);
}
