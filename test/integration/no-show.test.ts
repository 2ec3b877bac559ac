import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { english } from '../../shared/messages';
import { TEST_INSTANT, testClock, type TestClock } from '../support/time';
import { drainOutbox, openDemoDesk } from './demo-desk';
import { inEnglish } from '../support/in-english';

/**
 * No-show on an arrival, through the handler table against the simulator: the demo at
 * TEST_INSTANT (09:30 Madrid) has Ana García arriving in 101 and Tom Becker in 102 at 15:00.
 */
const HOUR = 3_600_000;
let desk: Desk;
let close: () => Promise<void>;
let clock: TestClock;
beforeEach(async () => {
  clock = testClock(TEST_INSTANT);
  ({ desk, close } = await openDemoDesk({ clock }));
});
afterEach(async () => {
  await close();
});

const guest = async (q: string) => (await desk.handlers['booking:search']({ query: q, limit: 5 })).bookings[0]!;
const sim = () => desk.simulator!.state;
const opens = (alias: string, card: string, at: number) =>
  sim().canOpen([...sim().locks.values()].find((l) => l.lockAlias === alias)!.lockId, { card }, at);

describe('no-show', () => {
  it('is refused before the arrival time, with the reason', async () => {
    const tom = await guest('Tom Becker');
    const r = await desk.dispatch('access:no-show', { bookingId: tom.id });
    expect(inEnglish(r)).toMatchObject({
      ok: false,
      code: 'conflict',
      message: 'The arrival time has not come yet: a guest can be marked a no-show only after it.',
    });
    expect((await guest('Tom Becker')).status).toBe('booked');
  });

  it('after the arrival time: revokes the card handed out, cancels and marks the stay, and audits it', async () => {
    const ana = await guest('Ana García');
    await desk.handlers['access:issue-card']({ bookingId: ana.id, cardNumber: '7770004444' });
    await drainOutbox(desk);
    expect(opens('Room 101', '7770004444', ana.arrivalMs + HOUR)).toBe(true);

    clock.advance(ana.arrivalMs - clock.wall() + 2 * HOUR);
    const before = clock.wall();
    const detail = await desk.handlers['access:no-show']({ bookingId: ana.id });
    expect(detail.status).toBe('cancelled');
    expect(detail.noShowMs).toBeGreaterThanOrEqual(before);
    expect(detail.noShowMs).toBeLessThanOrEqual(clock.wall());
    await drainOutbox(desk);
    expect(opens('Room 101', '7770004444', ana.arrivalMs + 3 * HOUR)).toBe(false);
    expect((await desk.handlers['booking:get']({ bookingId: ana.id })).noShowMs).toBe(detail.noShowMs);
    expect((await desk.handlers['booking:get']({ bookingId: (await guest('Tom Becker')).id })).noShowMs).toBeNull();
    const audit = (await desk.handlers['audit:list']({ bookingId: ana.id, action: 'no-show' })).entries;
    expect(audit.map((e) => english(e.detail!))).toEqual(
      ['Marked a no-show; 2 credential(s) to revoke'] /* the room's door and the entrance */,
    );

    // The room is free again for a walk-in, and a second no-show is refused.
    await expect(desk.dispatch('access:no-show', { bookingId: ana.id })).resolves.toMatchObject({ ok: false, code: 'conflict' });
  });
});
