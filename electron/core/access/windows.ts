/**
 * Validity windows as the locks will really apply them. The slip and the screen show these, never
 * the booking's wish (docs/product.md "Time").
 */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const MINUTE = 60_000;

const floorHour = (ms: number): number => Math.floor(ms / HOUR) * HOUR;
/** The end of an offline code: the whole hour at or after the wanted end (§6, §10.10). */
export const offlineEnd = (endMs: number): number => Math.ceil(endMs / HOUR) * HOUR;

/**
 * An offline period code (§10.10, `keyboardPwdType` 3) is whole hours, and must be typed on the
 * lock for the first time within 24 h of its start or the lock refuses it for good (§9.1). So it
 * never starts at a past arrival (a guest who came yesterday, or an extension on day 3, would get a
 * code that is dead on arrival): a guest already in house gets the current whole hour (they are
 * at the desk and use it now); a guest still to come gets the hour of their arrival, so their
 * first entry falls inside the first 24 hours. Every reissue recomputes it.
 *
 * Whole hours are taken in UTC, which is the whole hour of every zone with a whole-hour offset; the
 * client then cuts to the lock's own hour (§6), and the desk keeps the window the client sent.
 */
export function offlineWindow(arrivalMs: number, endMs: number, nowMs: number): { startMs: number; endMs: number } {
  const start = floorHour(arrivalMs <= nowMs ? nowMs : arrivalMs);
  return { startMs: start, endMs: Math.max(offlineEnd(endMs), start + HOUR) };
}

/**
 * Whether an offline code starting at `codeStartMs` still works for a guest whose first entry is at
 * `arrivalMs`: it must have started, and the 24-hour first-use deadline must not have passed.
 */
export const offlineCoversArrival = (codeStartMs: number, arrivalMs: number): boolean =>
  codeStartMs <= arrivalMs && arrivalMs < codeStartMs + DAY;

/**
 * A credential issued at the desk works from now (to the minute) if the guest is early and the room
 * is free now (room-holds.ts freeForEarlyStart); otherwise from the arrival, so it never opens the
 * room while another guest's stay holds it. It always ends at the booked departure, so a failed
 * revoke still expires.
 */
export function stayWindow(
  arrivalMs: number,
  departureMs: number,
  nowMs: number,
  roomFreeNow: boolean,
): { startMs: number; endMs: number } {
  const nowMinute = Math.floor(nowMs / MINUTE) * MINUTE;
  return { startMs: roomFreeNow ? Math.min(arrivalMs, nowMinute) : arrivalMs, endMs: departureMs };
}
