import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingEvent } from '../../shared/domain/booking-event';
import { closeDatabase, openDatabase, type Db } from '../../electron/core/db/open';
import { createBookingsRepo } from '../../electron/core/db/repos/bookings.repo';
import { createRoomsRepo } from '../../electron/core/db/repos/rooms.repo';
import { TEST_INSTANT_MS } from '../support/time';

const H = 3_600_000;
let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-once-'));
  db = openDatabase(join(dir, 'desk.sqlite'));
});
afterEach(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A clerk's action plans its own lock work in its transaction; the booking events its write
 * records are consumed there, so the planner (which replans stays changed by feeds and files) does
 * not plan the same change a second time. Other writes still reach the planner.
 */
describe('lock work is planned once per action', () => {
  it("an action's own booking events are consumed in its transaction; a store edit's are left for the planner", async () => {
    const rooms = createRoomsRepo(db);
    const roomId = rooms.addRoom('101', rooms.addDoor(9001, 'Room 101', 'room'), []);
    const bookings = createBookingsRepo(db, () => TEST_INSTANT_MS);
    const heard: BookingEvent[] = [];
    bookings.events.subscribe((e) => heard.push(...e));
    const id = bookings.add({
      ref: 'A',
      source: 'desk',
      guestName: 'Ana',
      roomId,
      arrivalMs: TEST_INSTANT_MS,
      departureMs: TEST_INSTANT_MS + 20 * H,
    });
    bookings.events.markConsumed(bookings.events.unconsumed().map((e) => e.id));

    db.transaction(() => bookings.events.plannedBy(() => bookings.setStatus(id, 'cancelled')))();
    expect(bookings.events.unconsumed()).toEqual([]);

    bookings.change(id, { departureMs: TEST_INSTANT_MS + 44 * H });
    expect(bookings.events.unconsumed().map((e) => e.kind)).toEqual(['extended']);
    await Promise.resolve();
    expect(heard.map((e) => e.kind)).toEqual(['created', 'cancelled', 'extended']);

    expect(() => bookings.events.plannedBy(() => bookings.setStatus(id, 'booked'))).toThrow(/transaction/);
  });
});
