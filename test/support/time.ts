import { createDeskTime, type DeskTime } from '../../electron/core/time/desk-time';
import { testClock, type TestClock } from '../../electron/preview/test-clock';

/**
 * The instant tests run at unless they choose another: a Wednesday morning in Madrid, before the
 * demo property's 11:00 check-out, so "today's" arrivals, guests in house and departures all exist.
 * Tests never read the machine's date: CI runs the suite under libfaketime at awkward instants.
 */
export const TEST_INSTANT = '2026-06-10T09:30:00+02:00';
export const TEST_INSTANT_MS = Date.parse(TEST_INSTANT);

export { testClock, type TestClock };

/** A DeskTime on a test clock, for tests of the Sifely client alone. */
export function testTime(clock: TestClock = testClock(TEST_INSTANT)): DeskTime {
  return createDeskTime(clock);
}
