/**
 * Validity windows as the locks will really apply them. The slip and the screen show these, never
 * the booking's wish (product.md "Time").
 */
const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * Offline codes are whole hours (§6, §10.10): start at the hour at or before the wanted start, end
 * at the hour at or after the wanted end. The start is also never later than the current hour:
 * the guest is about to use it, and the 24-hour first-use rule counts from the start.
 */
export function offlineWindow(startMs: number, endMs: number, nowMs: number): { startMs: number; endMs: number } {
  const start = Math.floor(Math.min(startMs, nowMs) / HOUR) * HOUR;
  const end = Math.ceil(endMs / HOUR) * HOUR;
  return { startMs: start, endMs: Math.max(end, start + HOUR) };
}

/**
 * A credential issued at the desk works from now (to the minute) if the guest is early, and always
 * ends at the booked departure, so a failed revoke still expires.
 */
export function stayWindow(arrivalMs: number, departureMs: number, nowMs: number): { startMs: number; endMs: number } {
  return { startMs: Math.min(arrivalMs, Math.floor(nowMs / MINUTE) * MINUTE), endMs: departureMs };
}
