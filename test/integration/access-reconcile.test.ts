import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { openDemoDesk, until } from './demo-desk';
import { TEST_INSTANT, testClock } from '../support/time';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let desk: Desk;
let close: () => Promise<void>;
/** The desk's clock runs in real time from TEST_INSTANT; tests move it to the nights they need. */
let clock = testClock(TEST_INSTANT);
beforeEach(async () => {
  clock = testClock(TEST_INSTANT);
  ({ desk, close } = await openDemoDesk({ clock }));
});
afterEach(() => close());

const sim = () => desk.simulator!.state;
const lockId = (alias: string) => [...sim().locks.values()].find((l) => l.lockAlias === alias)!.lockId;
const simCard = (alias: string, number: string) =>
  [...sim().cards.values()].find((c) => c.lockId === lockId(alias) && c.cardNumber === number && c.lock !== null);

const settled = () =>
  until(async () => {
    const s = await desk.handlers['outbox:status']({});
    return s.queued + s.sending === 0;
  });

describe('the nightly lock reconciliation compares every lock with the bookings', () => {
  it('finds a credential missing from a lock (deleted in the Sifely app) and puts it back', async () => {
    const d = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '8080808080' });
    const card = simCard('Room 101', '8080808080')!;
    card.lock = null; // someone deleted it with the Sifely app: gone from the lock and the cloud list
    card.inCloud = false;
    expect(sim().canOpen(lockId('Room 101'), { card: '8080808080' }, d.arrivalMs + HOUR)).toBe(false);

    const report = await desk.handlers['access:reconcile']({});
    expect(report.missing).toEqual([expect.objectContaining({ door: 'Room 101', kind: 'card' })]);
    expect(report.zombies).toEqual([]);
    await settled();
    expect(sim().canOpen(lockId('Room 101'), { card: '8080808080' }, d.arrivalMs + HOUR)).toBe(true);
  });

  it('finds a departed guest’s card still on a lock (a zombie) and revokes it again', async () => {
    const d = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '9090909090' });
    const onLock = structuredClone(simCard('Entrance', '9090909090')!);
    await desk.handlers['access:check-out']({ bookingId: 1 });
    await settled(); // revoked and verified gone
    sim().cards.set(onLock.cardId, onLock); // it came back (a lock restored from an old backup)
    expect(sim().canOpen(lockId('Entrance'), { card: '9090909090' }, d.arrivalMs + HOUR)).toBe(true);

    const report = await desk.handlers['access:reconcile']({});
    expect(report.zombies).toEqual([expect.objectContaining({ door: 'Entrance', kind: 'card' })]);
    await settled();
    expect(sim().canOpen(lockId('Entrance'), { card: '9090909090' }, d.arrivalMs + HOUR)).toBe(false);
    expect((await desk.handlers['audit:list']({ action: 'night-audit' })).entries).toHaveLength(1);
  });

  it('sweeps expired credentials from the locks to free their memory', async () => {
    const d = await desk.handlers['access:issue-card']({ bookingId: 3, cardNumber: '7070707070' });
    clock.setWall(d.departureMs + DAY);
    const report = await desk.handlers['access:reconcile']({});
    expect(report.swept).toBe(2);
    await settled();
    expect(simCard('Room 201', '7070707070')).toBeUndefined();
    expect((await desk.handlers['booking:get']({ bookingId: 3 })).credentials.every((c) => c.state === 'revoked')).toBe(true);
  });

  it('warns before a lock is full', async () => {
    const id = lockId('Room 202');
    for (let i = 0; i < 905; i++) {
      const cardId = sim().id();
      sim().cards.set(cardId, {
        cardId,
        lockId: id,
        cardNumber: String(4_000_000_000 + i),
        cardName: `owner ${i}`,
        startDate: 0,
        endDate: 0,
        createDate: clock.wall(),
        senderUsername: 'owner',
        inCloud: true,
        lock: { secret: String(4_000_000_000 + i), startDate: 0, endDate: 0 },
      });
    }
    const report = await desk.handlers['access:reconcile']({});
    expect(report.locks.find((l) => l.door === 'Room 202')).toMatchObject({ cards: 905, nearlyFull: true });
    expect(report.locks.find((l) => l.door === 'Room 201')).toMatchObject({ nearlyFull: false });
    expect(report.zombies).toEqual([]); // the owner's own cards are not the desk's business
  });
});
