import { afterEach, describe, expect, it } from 'vitest';
import { FEED_LIMITS, importFeedText } from '../../electron/core/bookings/feeds';
import { parseIcsOffThread } from '../../electron/core/bookings/parse-off-thread';
import { createPropertyRepo } from '../../electron/core/db/repos/property.repo';
import { setLogLevel } from '../../electron/core/log';
import { TEST_INSTANT_MS } from '../support/time';
import { openBookingsHarness, type BookingsHarness } from './bookings-harness';

setLogLevel('error');

const DAY = 86_400_000;
const ymd = (ms: number): string => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');

/** A calendar of `n` two-night stays (about 90 bytes an event: 100 000 fit the 10 MB feed limit). */
function calendar(n: number): string {
  const parts = ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n'];
  for (let i = 0; i < n; i++) {
    const from = TEST_INSTANT_MS + (1 + (i % 600)) * DAY;
    parts.push(`BEGIN:VEVENT\r\nUID:e${i}\r\nDTSTART;VALUE=DATE:${ymd(from)}\r\nDTEND;VALUE=DATE:${ymd(from + 2 * DAY)}\r\nEND:VEVENT\r\n`);
  }
  parts.push('END:VCALENDAR\r\n');
  return parts.join('');
}

/**
 * Counts 1 ms timer turns of the event loop until `work` settles. A parse on the main thread would hold the
 * loop for its whole length, so a timer set just after it started could only fire after it
 * ended; off the thread, the loop keeps turning while the calendar is read.
 */
async function turnsWhile<T>(work: Promise<T>): Promise<{ turns: number; timerFirst: boolean; result: PromiseSettledResult<T> }> {
  let settled = false;
  let timerFirst = false;
  setTimeout(() => {
    timerFirst = !settled;
  }, 0);
  let turns = 0;
  const spin = (): void => {
    if (settled) return;
    turns += 1;
    setTimeout(spin, 1); // a timer, not setImmediate: a busy spin would take a core from the worker
  };
  setTimeout(spin, 1);
  const [result] = await Promise.allSettled([work]);
  settled = true;
  return { turns, timerFirst, result };
}

let h: BookingsHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('a huge feed never freezes the desk (parsed on a worker thread)', () => {
  it('100 000 events: the event loop keeps turning while they are read, and the feed is refused whole', async () => {
    const text = calendar(100_000);
    expect(Buffer.byteLength(text)).toBeLessThan(10 * 1024 * 1024);
    const ctx = { timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' };
    const { turns, timerFirst, result } = await turnsWhile(parseIcsOffThread({ text, ctx, maxEvents: FEED_LIMITS.events }));
    expect(timerFirst).toBe(true);
    // Reading 100 000 events takes seconds: the 1 ms timer kept firing all along (a parse on this
    // thread would have allowed none before the end).
    expect(turns).toBeGreaterThan(50);
    expect(result.status).toBe('rejected');
    expect((result as PromiseRejectedResult).reason).toMatchObject({
      msg: { key: 'bookings.feed.tooManyEvents', params: { max: FEED_LIMITS.events } },
    });
  }, 60_000);

  it('the import itself: a timer set as it starts fires before it ends, and a feed within the limits is imported', async () => {
    h = openBookingsHarness({ nowMs: TEST_INSTANT_MS });
    const feedId = h.feeds.add(h.roomIds['101']!, 'Airbnb', 'https://example.invalid/cal.ics');
    const deps = {
      db: h.db,
      bookings: h.bookings,
      feeds: h.feeds,
      property: () => createPropertyRepo(h!.db).get()!,
      now: () => TEST_INSTANT_MS,
    };
    // Over the event limit, smaller than the case above (which already shows the loop turning).
    const huge = await turnsWhile(importFeedText(deps, feedId, calendar(FEED_LIMITS.events * 2)));
    expect(huge.timerFirst).toBe(true);
    expect(huge.result).toMatchObject({ status: 'rejected', reason: { msg: { key: 'bookings.feed.tooManyEvents' } } });
    expect(h.db.prepare('SELECT count(*) FROM bookings').pluck().get()).toBe(0);
    // 300 stays, none overlapping: the same path imports them all.
    const fine = await turnsWhile(
      importFeedText(
        deps,
        feedId,
        calendar(1).replace(
          /BEGIN:VEVENT[\s\S]*END:VEVENT\r\n/,
          Array.from(
            { length: 300 },
            (_, i) =>
              `BEGIN:VEVENT\r\nUID:s${i}\r\nDTSTART;VALUE=DATE:${ymd(TEST_INSTANT_MS + (1 + 2 * i) * DAY)}\r\nDTEND;VALUE=DATE:${ymd(TEST_INSTANT_MS + (3 + 2 * i) * DAY)}\r\nEND:VEVENT\r\n`,
          ).join(''),
        ),
      ),
    );
    expect(fine.timerFirst).toBe(true);
    expect(fine.result).toMatchObject({ status: 'fulfilled', value: { ok: true, counts: { create: 300 } } });
  }, 60_000);
});
