import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createBookingsRepo } from '../../electron/core/db/repos/bookings.repo';
import { createRoomsRepo } from '../../electron/core/db/repos/rooms.repo';
import type { BookingEvent } from '../../shared/domain/booking-event';

const H = 3_600_000;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-bk-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function seedRooms(db: Db): { r101: number; r102: number } {
  const rooms = createRoomsRepo(db);
  const entrance = rooms.addDoor(9000, 'Entrance', 'shared');
  const r101 = rooms.addRoom('101', rooms.addDoor(9001, 'Room 101', 'room'), [entrance]);
  const r102 = rooms.addRoom('102', rooms.addDoor(9002, 'Room 102', 'room'), [entrance]);
  return { r101, r102 };
}

describe('the bookings store (baseline schema)', () => {
  it('keeps credentials tied to their booking by a foreign key, finds names without accents, and makes ref unique per source', () => {
    const file = join(dir, 'desk.sqlite');
    const db = openDatabase(file);
    db.exec(`INSERT INTO doors (id, lock_id, name, kind) VALUES (1, 501, 'Room 7', 'room');
      INSERT INTO rooms (id, name, door_id) VALUES (1, '7', 1);
      INSERT INTO bookings (id, ref, source, guest_name, room_id, arrival_ms, departure_ms, status, created_ms, updated_ms)
        VALUES (42, 'A-1', 'csv', 'Zoë Brontë', 1, 1000, 2000, 'checked_in', 777, 777);
      INSERT INTO credentials (booking_id, door_id, kind, secret, label, start_ms, end_ms, state, updated_ms)
        VALUES (42, 1, 'card', '123456', 'FD 7 x', 1000, 2000, 'issued', 777);`);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const bookings = createBookingsRepo(db, () => 5000);
    expect(bookings.get(42)).toMatchObject({ guestName: 'Zoë Brontë', contact: '', notes: '', status: 'checked_in' });
    expect(bookings.search('zoe').map((b) => b.id)).toEqual([42]);
    // The credential still points at booking 42, and the reference is enforced.
    expect(db.prepare('SELECT booking_id FROM credentials').pluck().all()).toEqual([42]);
    expect(() => db.prepare('DELETE FROM bookings WHERE id = 42').run()).toThrow(/FOREIGN KEY/);
    // The same ref from another source is a different booking; from the same source it is refused.
    bookings.add({ ref: 'A-1', source: 'airbnb', guestName: 'X', roomId: 1, arrivalMs: 3000, departureMs: 4000 });
    expect(() => bookings.add({ ref: 'A-1', source: 'csv', guestName: 'Y', roomId: 1, arrivalMs: 3000, departureMs: 4000 })).toThrow(
      /UNIQUE/,
    );
    db.close();
  });

  it('refuses a departure before the arrival and a wrong type (STRICT)', () => {
    const db = openDatabase(':memory:');
    const { r101 } = seedRooms(db);
    const bookings = createBookingsRepo(db, () => 0);
    expect(() => bookings.add({ ref: 'B', source: 'desk', guestName: 'X', roomId: r101, arrivalMs: 2000, departureMs: 1000 })).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("UPDATE bookings SET arrival_ms = 'soon'").run()).not.toThrow(); // no rows yet
    bookings.add({ ref: 'C', source: 'desk', guestName: 'X', roomId: r101, arrivalMs: 1000, departureMs: 2000 });
    expect(() => db.prepare("UPDATE bookings SET arrival_ms = 'soon'").run()).toThrow();
    db.close();
  });
});

describe('booking events, feeds and import mappings (baseline schema)', () => {
  it('creates the tables with their checks', () => {
    const db = openDatabase(':memory:');
    const { r101 } = seedRooms(db);
    expect(() =>
      db.prepare("INSERT INTO booking_events (kind, booking_id, after_json, created_ms) VALUES ('exploded', 1, '{}', 0)").run(),
    ).toThrow();
    expect(() => db.prepare("INSERT INTO feeds (room_id, name, url, created_ms) VALUES (?, 'f', 'ftp://x', 0)").run(r101)).toThrow(/CHECK/);
    db.prepare("INSERT INTO feeds (room_id, name, url, created_ms) VALUES (?, 'f', 'https://x/cal.ics', 0)").run(r101);
    expect(() => db.prepare("INSERT INTO import_mappings (source, mapping_json, updated_ms) VALUES ('x', 'not json', 0)").run()).toThrow();
    db.close();
  });
});

describe('the bookings repository', () => {
  it('writes a durable event in the same transaction as each change of dates, room or status, and notifies after commit', async () => {
    const db = openDatabase(':memory:');
    const { r101, r102 } = seedRooms(db);
    let t = 100;
    const bookings = createBookingsRepo(db, () => t);
    const heard: BookingEvent[] = [];
    bookings.events.subscribe((e) => heard.push(...e));
    const id = bookings.add({ ref: 'W-1', source: 'desk', guestName: 'Ana García', roomId: r101, arrivalMs: 10 * H, departureMs: 20 * H });
    t = 200;
    bookings.change(id, { departureMs: 30 * H });
    bookings.change(id, { departureMs: 25 * H });
    bookings.change(id, { arrivalMs: 12 * H, departureMs: 27 * H });
    bookings.change(id, { roomId: r102 });
    bookings.change(id, { notes: 'late arrival' }); // not an access change: no event
    expect(bookings.change(id, { notes: 'late arrival' })).toBe(false);
    bookings.setStatus(id, 'cancelled');
    bookings.setStatus(id, 'booked');
    bookings.setStatus(id, 'checked_in');

    // A change that fails rolls its event back with it.
    expect(() => bookings.change(id, { arrivalMs: 99 * H })).toThrow(/CHECK/);

    const rows = bookings.events.unconsumed();
    expect(rows.map((e) => e.kind)).toEqual([
      'created',
      'extended',
      'shortened',
      'rescheduled',
      'moved',
      'cancelled',
      'reinstated',
      'status',
    ]);
    expect(rows[1]).toMatchObject({
      bookingId: id,
      before: { departureMs: 20 * H },
      after: { departureMs: 30 * H },
      createdMs: 200,
      consumedMs: null,
    });
    await Promise.resolve();
    expect(heard.map((e) => e.id)).toEqual(rows.map((e) => e.id));

    bookings.events.markConsumed(rows.slice(0, 3).map((e) => e.id));
    expect(bookings.events.unconsumed().map((e) => e.kind)).toEqual(['rescheduled', 'moved', 'cancelled', 'reinstated', 'status']);
    db.close();
  });

  it('adds many bookings in one statement: ids in the given order, each searchable and with its event; a clash adds none', () => {
    const db = openDatabase(join(dir, 'bulk.sqlite'));
    const { r101, r102 } = seedRooms(db);
    const bookings = createBookingsRepo(db, () => 5000);
    bookings.add({ ref: 'OLD', source: 'feed:1', guestName: 'Old Guest', roomId: r101, arrivalMs: 50 * H, departureMs: 60 * H });
    // Departures out of order on purpose: the statement sorts by departure, the ids must still match the input.
    const batch = [
      { ref: 'U3', source: 'feed:1', guestName: 'Núria Puig', roomId: r101, arrivalMs: 30 * H, departureMs: 40 * H },
      { ref: 'U1', source: 'feed:1', guestName: 'Jonas Berg', roomId: r102, arrivalMs: 10 * H, departureMs: 20 * H },
      { ref: 'U2', source: 'feed:1', guestName: 'Ana Ruiz', roomId: r101, arrivalMs: 20 * H, departureMs: 25 * H },
    ];
    const ids = db.transaction(() => bookings.addManyInTransaction(batch))();
    expect(ids.map((id) => bookings.get(id)?.ref)).toEqual(['U3', 'U1', 'U2']);
    expect(bookings.search('nuria').map((b) => b.id)).toEqual([ids[0]]);
    expect(bookings.search('102').map((b) => b.ref)).toEqual(['U1']);
    const created = bookings.events.unconsumed().filter((e) => e.kind === 'created');
    expect(created.map((e) => e.bookingId).sort()).toEqual([...ids, bookings.getByRef('feed:1', 'OLD')!.id].sort());
    // All or nothing: a ref already in this source fails the whole batch and leaves no trace.
    const clash = [
      { ref: 'NEW', source: 'feed:1', guestName: 'New Guest', roomId: r102, arrivalMs: 70 * H, departureMs: 80 * H },
      { ...batch[0]! },
    ];
    expect(() => db.transaction(() => bookings.addManyInTransaction(clash))()).toThrow(/UNIQUE/);
    expect(bookings.getByRef('feed:1', 'NEW')).toBeNull();
    expect(bookings.search('new guest')).toEqual([]);
    // The staging table is left empty, so the next batch is not polluted by the failed one.
    expect(db.transaction(() => bookings.addManyInTransaction([{ ...clash[0]! }]))()).toHaveLength(1);
    expect(bookings.search('new guest').map((b) => b.ref)).toEqual(['NEW']);
    db.close();
  });

  it('finds guests by any word of the name, case- and accent-insensitive, by ref and by room prefix', () => {
    const db = openDatabase(':memory:');
    const { r101, r102 } = seedRooms(db);
    const bookings = createBookingsRepo(db, () => 0);
    const ana = bookings.add({
      ref: 'HMX4K2',
      source: 'airbnb',
      guestName: 'Ana María García',
      roomId: r101,
      arrivalMs: H,
      departureMs: 2 * H,
    });
    const lukas = bookings.add({
      ref: '4051223987',
      source: 'booking.com',
      guestName: 'Lukas Novák',
      roomId: r102,
      arrivalMs: H,
      departureMs: 2 * H,
    });
    const ids = (q: string): number[] => bookings.search(q).map((b) => b.id);
    expect(ids('garcia')).toEqual([ana]);
    expect(ids('GARC')).toEqual([ana]);
    expect(ids('maria gar')).toEqual([ana]);
    expect(ids('NOVAK')).toEqual([lukas]);
    expect(ids('novák')).toEqual([lukas]);
    expect(ids('hmx4')).toEqual([ana]);
    expect(ids('405122')).toEqual([lukas]);
    expect(ids('102')).toEqual([lukas]);
    expect(ids('10').sort()).toEqual([ana, lukas].sort());
    expect(ids('smith')).toEqual([]);
    expect(ids('" OR *')).toEqual([]); // FTS syntax is plain text
    db.prepare("UPDATE rooms SET name = 'Garden' WHERE id = ?").run(r101);
    expect(ids('gard')).toEqual([ana]);
    db.close();
  });

  it('orders results for the desk: stays not yet ended (ending soonest first), then history, most recent first, and follows date changes', () => {
    const db = openDatabase(':memory:');
    const { r101 } = seedRooms(db);
    const now = 1000 * H;
    const bookings = createBookingsRepo(db, () => now);
    const add = (ref: string, a: number, d: number): number =>
      bookings.add({ ref, source: 's', guestName: `Ana ${ref}`, roomId: r101, arrivalMs: a * H, departureMs: d * H });
    const oldest = add('old', 100, 120);
    const recent = add('recent', 900, 950);
    const future = add('future', 1200, 1250);
    const inHouse = add('inhouse', 990, 1010);
    expect(bookings.search('ana').map((b) => b.id)).toEqual([inHouse, future, recent, oldest]);
    expect(bookings.search('ana', 2).map((b) => b.id)).toEqual([inHouse, future]);
    bookings.change(future, { arrivalMs: 1001 * H, departureMs: 1005 * H }); // now ends before the in-house stay
    expect(bookings.search('ana').map((b) => b.id)).toEqual([future, inHouse, recent, oldest]);
    expect(db.prepare('SELECT count(*) FROM bookings_fts').pluck().get()).toBe(4);
    db.close();
  });

  it('lists today: arrivals not yet past departure, in-house, and departures', () => {
    const db = openDatabase(':memory:');
    const { r101, r102 } = seedRooms(db);
    const bookings = createBookingsRepo(db, () => 105 * H); // 05:00 today
    const day = { startMs: 100 * H, endMs: 124 * H };
    const today = bookings.add({ ref: '1', source: 's', guestName: 'Today', roomId: r101, arrivalMs: 115 * H, departureMs: 130 * H });
    bookings.add({ ref: '2', source: 's', guestName: 'Old no-show', roomId: r101, arrivalMs: 10 * H, departureMs: 20 * H });
    bookings.add({ ref: '3', source: 's', guestName: 'Tomorrow', roomId: r101, arrivalMs: 139 * H, departureMs: 150 * H });
    const leaving = bookings.add({ ref: '4', source: 's', guestName: 'Leaving', roomId: r102, arrivalMs: 80 * H, departureMs: 111 * H });
    bookings.setStatus(leaving, 'checked_in');
    // Handed a key before 15:00 that waits for the arrival: still an arrival, not in house.
    const keyReady = bookings.add({
      ref: '5',
      source: 's',
      guestName: 'Key ready',
      roomId: r102,
      arrivalMs: 116 * H,
      departureMs: 130 * H,
    });
    bookings.setStatus(keyReady, 'checked_in');
    const lists = bookings.today(day);
    expect(lists.arrivals.map((b) => b.id)).toEqual([today, keyReady]);
    expect(lists.inHouse.map((b) => b.id)).toEqual([leaving]);
    expect(lists.departures.map((b) => b.id)).toEqual([leaving]);
    db.close();
  });
});

describe('migration 0090 (booking ids churn cannot use up)', () => {
  it('books and finds stays past the old 2^21 ids, in departure order, and re-keys an existing store', () => {
    const file = join(dir, 'v72.sqlite');
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(
      old,
      migrations.filter((m) => m.version <= 72),
    );
    old.exec(`INSERT INTO doors (id, lock_id, name, kind) VALUES (1, 501, 'Room 7', 'room');
      INSERT INTO rooms (id, name, door_id) VALUES (1, '7', 1);
      INSERT INTO bookings (id, ref, source, guest_name, room_id, arrival_ms, departure_ms, status, created_ms, updated_ms)
        VALUES (5, 'A-5', 'csv', 'Garcia Early', 1, 1000, ${100 * H}, 'booked', 0, 0);`);
    old.close();

    const db = openDatabase(file);
    const bookings = createBookingsRepo(db, () => 0);
    // The store where a churning feed has already spent the old key's 2 097 152 ids.
    const churned = 2 ** 21 + 10;
    db.prepare(
      `INSERT INTO bookings (id, ref, source, guest_name, room_id, arrival_ms, departure_ms, status, created_ms, updated_ms)
      VALUES (?, 'uid-churned@airbnb.com', 'feed:1', 'Garcia Churned', 1, 1000, ${300 * H}, 'cancelled', 0, 0)`,
    ).run(churned);
    // The next walk-in gets the next id, beyond the old ceiling, and is stored and found.
    const walkIn = bookings.add({
      ref: 'W-1',
      source: 'desk',
      guestName: 'Garcia Walkin',
      roomId: 1,
      arrivalMs: 1000,
      departureMs: 200 * H,
    });
    expect(walkIn).toBe(churned + 1);
    // Live stays ending soonest first: 100 h (re-keyed by the migration), 200 h, 300 h.
    expect(bookings.search('garcia').map((b) => b.id)).toEqual([5, walkIn, churned]);
    // A later departure moves the walk-in's key; a departure within the same minute keeps the id order.
    bookings.change(walkIn, { departureMs: 400 * H });
    expect(bookings.search('garcia').map((b) => b.id)).toEqual([5, churned, walkIn]);
    // The ceiling is now 2^35: ids churn would need centuries to reach.
    db.prepare(
      `INSERT INTO bookings (id, ref, source, guest_name, room_id, arrival_ms, departure_ms, status, created_ms, updated_ms)
      VALUES (${2 ** 35 - 1}, 'last', 'csv', 'Garcia Last', 1, 1000, ${500 * H}, 'booked', 0, 0)`,
    ).run();
    expect(bookings.search('garcia').at(-1)?.id).toBe(2 ** 35 - 1);
    expect(() => bookings.add({ ref: 'W-2', source: 'desk', guestName: 'X', roomId: 1, arrivalMs: 1000, departureMs: 2000 })).toThrow(
      /search key range/,
    );
    db.close();
  });
});
