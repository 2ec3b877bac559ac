import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { english } from '../../shared/messages';
import { openDemoDesk } from './demo-desk';
import { TEST_INSTANT, testClock } from '../support/time';
import { shownStatus } from '../../shared/domain/booking';
import { worded } from '../support/in-english';

/**
 * Issue 15, rules 1 and 2, against the simulator's lock-side truth. The demo at TEST_INSTANT
 * (09:30 in Madrid): Olivia Smith is in house in 103 until 11:00, Lukas Novák in 202 for days,
 * Ana García (101) and Mei Tanaka (201) arrive at 15:00.
 */
const HOUR = 3_600_000;
let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ desk, close } = await openDemoDesk());
});
afterEach(() => close());

const sim = () => desk.simulator!.state;
const lockOf = (alias: string) => [...sim().locks.values()].find((l) => l.lockAlias === alias)!.lockId;
const opens = (alias: string, credential: { card: string } | { passcode: string }, at: number) =>
  sim().canOpen(lockOf(alias), credential, at);
const byName = async (name: string) => (await desk.handlers['booking:search']({ query: name, limit: 5 })).bookings[0]!;
const roomId = async (name: string) => (await byName(name)).roomId;

describe('rule 1: a card never opens a room another stay holds', () => {
  it('an early card into an occupied room starts at the arrival and says so; once the room is free, early works', async () => {
    const now = desk.time.now();
    const olivia = await byName('Olivia');
    const arrival = olivia.departureMs + 4 * HOUR; // 15:00 today, after Olivia leaves at 11:00
    const made = await desk.handlers['booking:create']({
      guestName: 'Early Bird',
      contact: '',
      notes: '',
      roomId: olivia.roomId,
      arrivalMs: arrival,
      departureMs: arrival + 20 * HOUR,
    });
    if (made.kind !== 'saved') throw new Error(`expected saved, got ${String(worded(made.message))}`);
    const d = await desk.handlers['access:issue-card']({ bookingId: made.booking.id, cardNumber: '5550001111' });
    expect(d.notice && english(d.notice)).toMatch(/^Valid from \d{4}-\d\d-\d\d 15:00, when 103 is free/);
    const card = { card: '5550001111' };
    expect(opens('Room 103', card, now + 60_000)).toBe(false);
    expect(opens('Room 103', card, olivia.departureMs - 60_000)).toBe(false);
    expect(opens('Room 103', card, arrival + 60_000)).toBe(true);

    // The manager checks Olivia out first: now the room is free and a code works at once.
    await desk.handlers['access:check-out']({ bookingId: olivia.id });
    const p = await desk.handlers['access:issue-passcode']({ bookingId: made.booking.id });
    expect(p.notice).toBeUndefined();
    const code = p.credentials.find((c) => c.kind === 'passcode' && c.doorName === 'Room 103')!;
    expect(opens('Room 103', { passcode: code.secret }, now + 2 * 60_000)).toBe(true);
  });

  it('an early card into a free room opens it now (nobody in house, no stay before the arrival)', async () => {
    const ana = await byName('Ana');
    const d = await desk.handlers['access:issue-card']({ bookingId: ana.id, cardNumber: '5550002222' });
    expect(d.notice).toBeUndefined();
    expect(opens('Room 101', { card: '5550002222' }, desk.time.now() + 60_000)).toBe(true);
  });
});

describe('a key handed over ahead is "key ready", not in house, until it opens', () => {
  it('a card for tomorrow keeps the guest off In house and departures; tomorrow they are an arrival, then in house', async () => {
    const clock = testClock(TEST_INSTANT);
    const own = await openDemoDesk({ clock });
    try {
      const d = own.desk;
      const mei = (await d.handlers['booking:search']({ query: 'Mei', limit: 5 })).bookings[0]!;
      const arrival = mei.departureMs + 4 * HOUR; // tomorrow 15:00 in 201, after Mei leaves at 11:00
      const made = await d.handlers['booking:create']({
        guestName: 'Tomorrow Guest',
        contact: '',
        notes: '',
        roomId: mei.roomId,
        arrivalMs: arrival,
        departureMs: arrival + 20 * HOUR,
      });
      if (made.kind !== 'saved') throw new Error(`expected saved, got ${String(worded(made.message))}`);
      const issued = await d.handlers['access:issue-card']({ bookingId: made.booking.id, cardNumber: '5550009999' });
      expect(issued.status).toBe('checked_in'); // a key was handed over: check-out must revoke it
      expect(issued.accessFromMs).toBe(arrival);
      expect(shownStatus(issued, d.time.now())).toBe('key_ready');
      const ids = (l: { id: number }[]) => l.map((b) => b.id);
      let today = await d.handlers['booking:today']({});
      expect(ids(today.inHouse)).not.toContain(made.booking.id);
      expect(ids(today.departures)).not.toContain(made.booking.id);
      expect(ids(today.arrivals)).not.toContain(made.booking.id); // it arrives tomorrow

      clock.advance(arrival - 3 * HOUR - d.time.now()); // tomorrow at noon: an arrival whose key is ready
      today = await d.handlers['booking:today']({});
      expect(ids(today.arrivals)).toContain(made.booking.id);
      expect(ids(today.inHouse)).not.toContain(made.booking.id);

      clock.advance(4 * HOUR); // past the arrival: in house
      today = await d.handlers['booking:today']({});
      expect(ids(today.inHouse)).toContain(made.booking.id);
      expect(ids(today.arrivals)).not.toContain(made.booking.id);
      expect(
        shownStatus(
          today.inHouse.find((b) => b.id === made.booking.id)!,
          d.time.now(),
        ),
      ).toBe('checked_in');
    } finally {
      await own.close();
    }
  });
});

describe('rule 2: moves, extensions and walk-ins into a held room are refused, naming the clash', () => {
  it('a guest checked in early cannot be moved into a room whose guest is still in house', async () => {
    const mei = await byName('Mei');
    await desk.handlers['access:issue-card']({ bookingId: mei.id, cardNumber: '5550003333' });
    const olivia103 = await roomId('Olivia');
    await expect(
      Promise.resolve().then(() => desk.handlers['access:apply-change']({ bookingId: mei.id, roomId: olivia103 })),
    ).rejects.toThrow(/Room 103 is taken by Olivia Smith/);
    expect(opens('Room 103', { card: '5550003333' }, desk.time.now() + 60_000)).toBe(false);
    expect(opens('Room 201', { card: '5550003333' }, desk.time.now() + 60_000)).toBe(true);
  });

  it('an extension into the next stay of the room is refused', async () => {
    const olivia = await byName('Olivia');
    const arrival = olivia.departureMs + 4 * HOUR;
    await desk.handlers['booking:create']({
      guestName: 'Next Guest',
      contact: '',
      notes: '',
      roomId: olivia.roomId,
      arrivalMs: arrival,
      departureMs: arrival + 20 * HOUR,
    });
    await expect(
      Promise.resolve().then(() =>
        desk.handlers['access:apply-change']({ bookingId: olivia.id, departureMs: olivia.departureMs + 24 * HOUR }),
      ),
    ).rejects.toThrow(/taken by Next Guest/);
  });

  it('a walk-in into an occupied room is refused even with "save anyway"; so is one before an early check-in', async () => {
    const lukas = await byName('Lukas');
    const now = Math.floor(desk.time.now() / 60_000) * 60_000;
    const r = await desk.handlers['booking:create']({
      guestName: 'Double',
      contact: '',
      notes: '',
      roomId: lukas.roomId,
      arrivalMs: now,
      departureMs: now + 20 * HOUR,
    });
    expect(r.kind).toBe('overlap');
    // "Save anyway" is not even a field any more: a request carrying it is refused whole.
    expect(
      await desk.dispatch('booking:create', {
        guestName: 'Double',
        roomId: lukas.roomId,
        arrivalMs: now,
        departureMs: now + 20 * HOUR,
        confirmOverlap: true,
      }),
    ).toMatchObject({ ok: false, code: 'invalid-request' });
    expect((await desk.handlers['booking:search']({ query: 'Double', limit: 5 })).bookings).toEqual([]);

    // Ana has an early card on 101 from now: a walk-in leaving before her 15:00 arrival still clashes.
    const ana = await byName('Ana');
    await desk.handlers['access:issue-card']({ bookingId: ana.id, cardNumber: '5550004444' });
    const w = await desk.handlers['booking:create']({
      guestName: 'Short',
      contact: '',
      notes: '',
      roomId: ana.roomId,
      arrivalMs: now,
      departureMs: ana.arrivalMs - HOUR,
    });
    expect(w.kind === 'overlap' && worded(w.message)).toMatch(/Ana García/);
  });
});

describe('rule 6: every issue and reissue gets a unique label, still found by the lock listing', () => {
  it('a card moved away from a room and back gets a new label on that door, counted, not random', async () => {
    const olivia = await byName('Olivia');
    await desk.handlers['access:check-out']({ bookingId: olivia.id });
    const ana = await byName('Ana');
    await desk.handlers['access:issue-card']({ bookingId: ana.id, cardNumber: '5550005555' });
    // Away to 103 and back to 101, several times: each return is a new credential on Room 101.
    for (let i = 0; i < 3; i++) {
      await desk.handlers['access:apply-change']({ bookingId: ana.id, roomId: olivia.roomId });
      await desk.handlers['access:apply-change']({ bookingId: ana.id, roomId: ana.roomId });
    }
    const names = sim()
      .cardsOf(lockOf('Room 101'))
      .filter((c) => c.cardNumber === '5550005555')
      .map((c) => c.cardName);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^FD 101 García C[0-9a-f]{6}\/\d+\.4$/);
    const everLabelled = [...sim().cards.values()].filter((c) => c.cardNumber === '5550005555').map((c) => `${c.lockId} ${c.cardName}`);
    expect(new Set(everLabelled).size).toBe(everLabelled.length);
    expect(opens('Room 101', { card: '5550005555' }, desk.time.now() + 60_000)).toBe(true);
    expect(opens('Room 103', { card: '5550005555' }, desk.time.now() + 60_000)).toBe(false);
  });
});

describe('rule 7: the audit log keeps old → new room and window, and who made the change', () => {
  it('a clerk move records the room before and after, with the clerk', async () => {
    const olivia = await byName('Olivia');
    await desk.handlers['access:check-out']({ bookingId: olivia.id });
    const ana = await byName('Ana');
    await desk.handlers['access:issue-card']({ bookingId: ana.id, cardNumber: '5550006666' });
    await desk.handlers['access:apply-change']({ bookingId: ana.id, roomId: olivia.roomId, departureMs: ana.departureMs + 24 * HOUR });
    const { entries } = await desk.handlers['audit:list']({ bookingId: ana.id });
    const change = entries.find((e) => e.action === 'change-stay')!;
    expect(worded(change.detail)).toMatch(/^asked for: room 101 → 103; departure \d{4}-\d\d-\d\d 11:00 → \d{4}-\d\d-\d\d 11:00$/);
    expect(change.staff).toBe('desk');
  });
});
