import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { enterPasscode, tapCard } from '../../electron/core/sifely-simulator/lock-actions';
import { openDemoDesk } from './demo-desk';
import { TEST_INSTANT, testClock } from '../support/time';

const HOUR = 3_600_000;

let desk: Desk;
let close: () => Promise<void>;
const clock = testClock(TEST_INSTANT);
beforeEach(async () => {
  ({ desk, close } = await openDemoDesk({ clock }));
});
afterEach(() => close());

const sim = () => desk.simulator!.state;
const lockOf = (alias: string) => [...sim().locks.values()].find((l) => l.lockAlias === alias)!.lockId;

describe("a booking's log (booking:door-log, from the records of §10.28)", () => {
  it('lists only this guest’s cards and codes on their doors, newest first; the first opened door is the arrival', async () => {
    const d = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '3661413478' });
    const other = await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: '1111222233' });
    const withCode = await desk.handlers['access:issue-passcode']({ bookingId: 1 });
    const code = withCode.credentials.find((c) => c.kind === 'passcode')!.secret;

    // Before the guest arrives: nothing opened, not arrived.
    const before = await desk.handlers['booking:door-log']({ bookingId: 1 });
    expect(before).toMatchObject({ bookingId: 1, entries: [], arrivedAtMs: null, incompleteDoors: [] });

    const arrival = d.arrivalMs + HOUR;
    expect(tapCard(sim(), lockOf('Entrance'), '3661413478', arrival).opened).toBe(true);
    expect(tapCard(sim(), lockOf('Room 101'), '3661413478', arrival + 120_000).opened).toBe(true);
    expect(enterPasscode(sim(), lockOf('Room 101'), code, arrival + 3 * HOUR).opened).toBe(true);
    // Another guest at the shared entrance, and an unknown card at Ana's door: neither is hers.
    expect(tapCard(sim(), lockOf('Entrance'), '1111222233', other.arrivalMs + HOUR).opened).toBe(true);
    expect(tapCard(sim(), lockOf('Room 101'), '9999000011', arrival + 4 * HOUR).opened).toBe(false);
    // A tap before the stay is outside the window asked for.
    tapCard(sim(), lockOf('Room 101'), '3661413478', d.arrivalMs - 48 * HOUR);

    // The first answer is cached for a minute (monotonic): past it, the desk asks again.
    clock.advance(61_000);
    const log = await desk.handlers['booking:door-log']({ bookingId: 1 });
    expect(log.entries.map((e) => [e.doorName, e.how, e.success])).toEqual([
      ['Room 101', 'passcode', true],
      ['Room 101', 'card', true],
      ['Entrance', 'card', true],
    ]);
    expect(log.entries.every((e) => e.bookingId === 1 && e.guestName === 'Ana García')).toBe(true);
    expect(log.arrivedAtMs).toBe(arrival);

    const hers = await desk.handlers['booking:door-log']({ bookingId: 2 });
    expect(hers.entries.map((e) => e.doorName)).toEqual(['Entrance']);
  });

  it('the open state of a door comes with its first log page, as the lock reports it', async () => {
    const door = (await desk.handlers['lock:health']({ refresh: false })).rooms[0]!.doors[0]!;
    const page = await desk.handlers['lock:records']({ doorId: door.doorId, page: 1 });
    expect(page.openState).toBe('locked');
    sim().locks.get(door.lockId)!.openState = 2;
    clock.advance(61_000);
    expect((await desk.handlers['lock:records']({ doorId: door.doorId, page: 1 })).openState).toBeNull();
  });

  it('an unknown booking is a plain not-found', async () => {
    expect(await desk.dispatch('booking:door-log', { bookingId: 9999 })).toMatchObject({ ok: false, code: 'not-found' });
  });
});
