import { MAX_STAY_MS } from '../../../shared/domain/booking';
import { msg, type Message } from '../../../shared/messages';

const DAY = 86_400_000;
/**
 * The search index keys a booking by its departure and id in one 64-bit integer (migration 0090,
 * earlier 0023, where a departure past 2^42 ms, year 2109, overflowed it and the whole import
 * failed with "datatype mismatch"). Kept below 2^42 with a margin: the key's range is sized for it.
 */
export const LATEST_STORABLE_MS = 2 ** 42 - 366 * DAY;
/** A booking further ahead than this is a typo (a year 2062), not a reservation. */
export const FURTHEST_ARRIVAL_MS = 2 * 366 * DAY;

/** Instants the store (and every date formatter) can hold: from 1970 to LATEST_STORABLE_MS. */
export function storable(s: { arrivalMs: number; departureMs: number }): boolean {
  return (
    Number.isSafeInteger(s.arrivalMs) && Number.isSafeInteger(s.departureMs) && s.arrivalMs >= 0 && s.departureMs <= LATEST_STORABLE_MS
  );
}

/**
 * The limits every source's stays meet, whatever the source (walk-in, stay change, CSV, iCal),
 * as a reason for the row or event; null when the stay is acceptable.
 */
export function stayLimitProblem(s: { arrivalMs: number; departureMs: number }, nowMs: number): Message | null {
  if (!storable(s)) return msg('bookings.limit.unstorable');
  if (s.departureMs <= s.arrivalMs) return msg('bookings.row.departureNotAfter');
  if (s.departureMs - s.arrivalMs > MAX_STAY_MS)
    return msg('bookings.limit.tooLong', { days: Math.round((s.departureMs - s.arrivalMs) / DAY) });
  if (s.arrivalMs - nowMs > FURTHEST_ARRIVAL_MS) return msg('bookings.limit.tooFar');
  return null;
}

/** Names a CSV source may not take: the desk's own, the feeds', the demo's (rule 5). */
export function isReservedSource(source: string): boolean {
  const s = source.trim().toLowerCase();
  return s === '' || s === 'desk' || s === 'demo' || s.startsWith('feed:');
}
