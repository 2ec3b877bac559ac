import type { Booking, BookingStatus } from '../../../../shared/domain/booking';
import type { StaySnapshot } from '../../../../shared/domain/booking-event';
import { createBookingEvents, type BookingEvents } from './booking-events.repo';
import { SEARCH_KEY_SHIFT, SEARCH_KEY_UNIT_MS } from '../search-key';
import type { Db } from '../open';

interface BookingRow {
  id: number;
  ref: string;
  source: string;
  guest_name: string;
  contact: string;
  notes: string;
  room_id: number;
  room_name: string;
  arrival_ms: number;
  departure_ms: number;
  status: BookingStatus;
  access_from_ms: number | null;
  res_code: string;
  phone_last4: string;
}

// When the booking's first key starts to open a door (credentials_booking index), and whether the
// guest is in house at @now: shared/domain/booking.ts isInHouse says the same in TypeScript.
const ACCESS_FROM = `(SELECT MIN(c.start_ms) FROM credentials c WHERE c.booking_id = b.id)`;
// IFNULL: with no key at all the comparison must be false, not NULL (NOT NULL would drop the row).
const IN_HOUSE = `(b.status = 'checked_in' AND (b.arrival_ms <= @now OR IFNULL(${ACCESS_FROM}, b.arrival_ms) <= @now))`;

const SELECT = `SELECT b.id, b.ref, b.source, b.guest_name, b.contact, b.notes, b.room_id, r.name AS room_name,
  b.arrival_ms, b.departure_ms, b.status, b.res_code, b.phone_last4, ${ACCESS_FROM} AS access_from_ms FROM bookings b JOIN rooms r ON r.id = b.room_id`;

const toBooking = (r: BookingRow): Booking => ({
  id: r.id,
  ref: r.ref,
  source: r.source,
  guestName: r.guest_name,
  contact: r.contact,
  notes: r.notes,
  roomId: r.room_id,
  roomName: r.room_name,
  arrivalMs: r.arrival_ms,
  departureMs: r.departure_ms,
  status: r.status,
  accessFromMs: r.access_from_ms,
  resCode: r.res_code,
  phoneLast4: r.phone_last4,
});

const snapshot = (b: Pick<Booking, 'roomId' | 'arrivalMs' | 'departureMs' | 'status'>): StaySnapshot => ({
  roomId: b.roomId,
  arrivalMs: b.arrivalMs,
  departureMs: b.departureMs,
  status: b.status,
});

export interface NewBooking {
  ref: string;
  source: string;
  guestName: string;
  roomId: number;
  arrivalMs: number;
  departureMs: number;
  contact?: string;
  notes?: string;
  status?: BookingStatus;
  /** The reservation code and the phone's last 4 digits a feed gives (guest identity). */
  resCode?: string;
  phoneLast4?: string;
}

export type BookingChanges = Partial<
  Pick<Booking, 'guestName' | 'contact' | 'notes' | 'roomId' | 'arrivalMs' | 'departureMs' | 'status' | 'resCode' | 'phoneLast4'>
>;

/** Statuses that occupy a room: a cancelled or checked-out stay does not block a walk-in. */
const OCCUPYING = `b.status IN ('booked', 'checked_in')`;

/**
 * Turns what a clerk types into an FTS5 query: every word is a prefix term and all must match
 * ("ana gar" finds "Ana García"). Words are quoted, so FTS syntax in the input (AND, *, ", NEAR)
 * is plain text. The tokenizer folds case and accents on both sides.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ');
}

export function createBookingsRepo(db: Db, now: () => number, events: BookingEvents = createBookingEvents(db, now)) {
  const insert = db.prepare(
    `INSERT INTO bookings (ref, source, guest_name, contact, notes, room_id, arrival_ms, departure_ms, status, res_code, phone_last4, created_ms, updated_ms)
     VALUES (@ref, @source, @guestName, @contact, @notes, @roomId, @arrivalMs, @departureMs, @status, @resCode, @phoneLast4, @t, @t)`,
  );
  const update = db.prepare(
    `UPDATE bookings SET guest_name = @guestName, contact = @contact, notes = @notes, room_id = @roomId,
       arrival_ms = @arrivalMs, departure_ms = @departureMs, status = @status, res_code = @resCode, phone_last4 = @phoneLast4, updated_ms = @t WHERE id = @id`,
  );
  const byId = db.prepare<[number], BookingRow>(`${SELECT} WHERE b.id = ?`);
  // A status change sets only what changes: the full UPDATE names guest_name, ref and the rest, so
  // it fires the search index's trigger (a delete and insert in FTS) and rewrites every index of the
  // table, on each check-in and check-out.
  const stayOf = db.prepare<[number], { room_id: number; arrival_ms: number; departure_ms: number; status: BookingStatus }>(
    'SELECT room_id, arrival_ms, departure_ms, status FROM bookings WHERE id = ?',
  );
  const updateStatus = db.prepare<[BookingStatus, number, number]>('UPDATE bookings SET status = ?, updated_ms = ? WHERE id = ?');
  const byRef = db.prepare<[string, string], BookingRow>(`${SELECT} WHERE b.source = ? AND b.ref = ?`);
  const bySource = db.prepare<[string], BookingRow>(`${SELECT} WHERE b.source = ?`);
  // Arrivals: due today, or late but not past their departure (a no-show from last year is not
  // an arrival), including a guest whose key was handed over ahead and does not open yet. In-house:
  // checked in and begun. Departures: checked in and due out by the end of today.
  const arrivals = db.prepare<{ end: number; start: number; now: number }, BookingRow>(
    `${SELECT} WHERE (b.status = 'booked' OR (b.status = 'checked_in' AND NOT ${IN_HOUSE})) AND b.arrival_ms < @end AND b.departure_ms > @start
     ORDER BY b.arrival_ms, b.guest_name`,
  );
  const inHouse = db.prepare<{ now: number }, BookingRow>(`${SELECT} WHERE ${IN_HOUSE} ORDER BY r.name`);
  const inHouseInRoom = db.prepare<[number, number], BookingRow>(`${SELECT} WHERE b.room_id = ? AND b.status = 'checked_in' AND b.id <> ?`);
  const departures = db.prepare<[number], BookingRow>(
    `${SELECT} WHERE b.status = 'checked_in' AND b.departure_ms < ? ORDER BY b.departure_ms, r.name`,
  );
  // Every stay that overlaps a window, cancelled ones left out (the room grid shows what is, was and will be in a room).
  const inWindow = db.prepare<[number, number], BookingRow>(
    `${SELECT} WHERE b.status <> 'cancelled' AND b.arrival_ms < ? AND b.departure_ms > ? ORDER BY r.name, b.arrival_ms`,
  );
  const overlapping = db.prepare<{ roomId: number; arrivalMs: number; departureMs: number; excludeId: number }, BookingRow>(
    `${SELECT} WHERE b.room_id = @roomId AND ${OCCUPYING} AND b.arrival_ms < @departureMs AND b.departure_ms > @arrivalMs
       AND b.id <> @excludeId ORDER BY b.arrival_ms`,
  );
  // Stays not yet ended, ending soonest first (in house, then arriving), then history, most
  // recent first. The FTS rowid is departure minute * 2^35 + id (migration 0090), so each half is a
  // rowid-range walk that stops after `limit` matches, however common the name. Departures are
  // whole minutes: "not yet ended" starts at the minute now rounds up to.
  const searchHalf = (cmp: '>=' | '<', dir: 'ASC' | 'DESC') =>
    db.prepare<{ match: string; now: number; limit: number }, BookingRow>(
      `${SELECT} JOIN (SELECT rowid & ${SEARCH_KEY_SHIFT - 1} AS id, rowid AS k FROM bookings_fts
         WHERE bookings_fts MATCH @match AND rowid ${cmp} CAST((@now + ${SEARCH_KEY_UNIT_MS - 1}) / ${SEARCH_KEY_UNIT_MS} AS INTEGER) * ${SEARCH_KEY_SHIFT} ORDER BY rowid ${dir} LIMIT @limit) m ON m.id = b.id
       ORDER BY m.k ${dir}`,
    );
  // Pairs of stays sharing a room for part of their dates, the later-made one first: only an import
  // can make one (a clerk's move, extension or walk-in into a held room is refused), so the later
  // one is the stay that needs a clerk. One line per such stay, naming the earliest it clashes with.
  const clashing = db.prepare<{ now: number; limit: number }, { a_id: number; o_id: number }>(
    `SELECT a.id AS a_id, MIN(o.id) AS o_id FROM bookings a JOIN bookings o ON o.room_id = a.room_id AND o.id < a.id
       AND o.status IN ('booked', 'checked_in') AND o.arrival_ms < a.departure_ms AND o.departure_ms > a.arrival_ms AND o.departure_ms > @now
     WHERE a.status IN ('booked', 'checked_in') AND a.departure_ms > @now
     GROUP BY a.id ORDER BY a.arrival_ms, a.id LIMIT @limit`,
  );
  const searchLive = searchHalf('>=', 'ASC');
  const searchPast = searchHalf('<', 'DESC');

  function insertBooking(b: NewBooking): number {
    const t = now();
    const status = b.status ?? 'booked';
    const id = Number(
      insert.run({
        ...b,
        contact: b.contact ?? '',
        notes: b.notes ?? '',
        status,
        resCode: b.resCode ?? '',
        phoneLast4: b.phoneLast4 ?? '',
        t,
      }).lastInsertRowid,
    );
    events.record(id, null, snapshot({ ...b, status }));
    return id;
  }

  function applyChanges(id: number, changes: BookingChanges): boolean {
    const row = byId.get(id);
    if (!row) throw new RangeError(`no booking ${id}`);
    const before = toBooking(row);
    const after = { ...before, ...changes };
    const same = (Object.keys(changes) as (keyof BookingChanges)[]).every((k) => before[k] === after[k]);
    if (same) return false;
    update.run({ ...after, resCode: after.resCode ?? '', phoneLast4: after.phoneLast4 ?? '', t: now() });
    events.record(id, snapshot(before), snapshot(after));
    return true;
  }

  // Bulk inserts go through a staging table and ONE INSERT … SELECT. Each statement that writes the
  // FTS index (the insert trigger) makes FTS5 flush its pending terms to a new segment (its
  // xSavepoint syncs), so 5 000 single-row inserts wrote 5 000 tiny segments: ~230 ms of a feed
  // import's ~330. One statement flushes once. Rows go in departure order so the FTS rowids
  // (departure minute * 2^35 + id, migration 0090) ascend and FTS5 never flushes mid-statement.
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS booking_stage (
    seq INTEGER PRIMARY KEY, ref TEXT NOT NULL, source TEXT NOT NULL, guest_name TEXT NOT NULL, contact TEXT NOT NULL,
    notes TEXT NOT NULL, room_id INTEGER NOT NULL, arrival_ms INTEGER NOT NULL, departure_ms INTEGER NOT NULL, status TEXT NOT NULL,
    res_code TEXT NOT NULL DEFAULT '', phone_last4 TEXT NOT NULL DEFAULT '')`);
  const stage = db.prepare(
    `INSERT INTO temp.booking_stage (seq, ref, source, guest_name, contact, notes, room_id, arrival_ms, departure_ms, status, res_code, phone_last4)
     VALUES (@seq, @ref, @source, @guestName, @contact, @notes, @roomId, @arrivalMs, @departureMs, @status, @resCode, @phoneLast4)`,
  );
  const insertStaged = db.prepare<{ t: number }>(
    `INSERT INTO bookings (ref, source, guest_name, contact, notes, room_id, arrival_ms, departure_ms, status, res_code, phone_last4, created_ms, updated_ms)
     SELECT ref, source, guest_name, contact, notes, room_id, arrival_ms, departure_ms, status, res_code, phone_last4, @t, @t FROM temp.booking_stage ORDER BY departure_ms, seq`,
  );
  const stagedIds = db.prepare<[], { seq: number; id: number }>(
    'SELECT s.seq, b.id FROM temp.booking_stage s JOIN bookings b ON b.source = s.source AND b.ref = s.ref',
  );
  const clearStage = db.prepare('DELETE FROM temp.booking_stage');

  function insertMany(bs: readonly NewBooking[]): number[] {
    if (bs.length === 0) return [];
    clearStage.run();
    bs.forEach((b, seq) =>
      stage.run({
        ...b,
        seq,
        contact: b.contact ?? '',
        notes: b.notes ?? '',
        status: b.status ?? 'booked',
        resCode: b.resCode ?? '',
        phoneLast4: b.phoneLast4 ?? '',
      }),
    );
    const inserted = insertStaged.run({ t: now() }).changes;
    if (inserted !== bs.length) throw new Error(`bulk insert wrote ${inserted} of ${bs.length} bookings`);
    // (source, ref) is unique: each staged row finds the id its booking was given.
    const ids = new Array<number>(bs.length);
    for (const r of stagedIds.all()) ids[r.seq] = r.id;
    clearStage.run();
    bs.forEach((b, i) => events.record(ids[i]!, null, snapshot({ ...b, status: b.status ?? 'booked' })));
    return ids;
  }

  /** Bulk imports run inside one outer transaction; a savepoint per row doubled a feed import's time. */
  const requireTransaction = (): void => {
    if (!db.inTransaction) throw new Error('bulk booking writes must run inside a transaction');
  };

  function applyStatus(id: number, status: BookingStatus): void {
    const r = stayOf.get(id);
    if (!r) throw new RangeError(`no booking ${id}`);
    if (r.status === status) return;
    updateStatus.run(status, now(), id);
    const before = { roomId: r.room_id, arrivalMs: r.arrival_ms, departureMs: r.departure_ms, status: r.status };
    events.record(id, before, { ...before, status });
  }

  const add = db.transaction(insertBooking);
  /** Applies changes and records the booking event in the same transaction. False if nothing changed. */
  const change = db.transaction(applyChanges);

  return {
    events,
    add,
    change,
    /** Many new bookings at once (imports), inside the caller's transaction; ids in the order given. */
    addManyInTransaction(bs: readonly NewBooking[]): number[] {
      requireTransaction();
      return insertMany(bs);
    },
    changeInTransaction(id: number, changes: BookingChanges): boolean {
      requireTransaction();
      return applyChanges(id, changes);
    },
    get(id: number): Booking | null {
      const r = byId.get(id);
      return r ? toBooking(r) : null;
    },
    getByRef(source: string, ref: string): Booking | null {
      const r = byRef.get(source, ref);
      return r ? toBooking(r) : null;
    },
    bySource(source: string): Booking[] {
      return bySource.all(source).map(toBooking);
    },
    setStatus: db.transaction(applyStatus),
    /** Stays in the room that would overlap [arrivalMs, departureMs), other than `excludeId`. */
    overlapping(roomId: number, arrivalMs: number, departureMs: number, excludeId = 0): Booking[] {
      return overlapping.all({ roomId, arrivalMs, departureMs, excludeId }).map(toBooking);
    },
    /** Stays not over that share their room with an earlier-made one: [the later stay, the one it clashes with]. */
    clashes(nowMs: number, limit = 200): [Booking, Booking][] {
      return clashing.all({ now: nowMs, limit }).flatMap((r) => {
        const a = byId.get(r.a_id);
        const o = byId.get(r.o_id);
        return a && o ? [[toBooking(a), toBooking(o)] as [Booking, Booking]] : [];
      });
    },
    /** Guests checked in to a room (overdue ones too: they hold it until checked out), but `excludeId`. */
    inHouseInRoom(roomId: number, excludeId = 0): Booking[] {
      return inHouseInRoom.all(roomId, excludeId).map(toBooking);
    },
    /** Any word of the guest's name, the ref, the reservation code, the phone's last 4 or the room, by prefix, case- and accent-insensitive. */
    search(text: string, limit = 50): Booking[] {
      const match = toFtsQuery(text);
      if (!match) return [];
      const t = now();
      const live = searchLive.all({ match, now: t, limit });
      const past = live.length < limit ? searchPast.all({ match, now: t, limit: limit - live.length }) : [];
      return [...live, ...past].map(toBooking);
    },
    /** Stays (not cancelled) overlapping [fromMs, toMs), by room then arrival. */
    between(fromMs: number, toMs: number): Booking[] {
      return inWindow.all(toMs, fromMs).map(toBooking);
    },
    /** The property's local today, [startMs, endMs). */
    today(day: { startMs: number; endMs: number }) {
      return {
        arrivals: arrivals.all({ end: day.endMs, start: day.startMs, now: now() }).map(toBooking),
        inHouse: inHouse.all({ now: now() }).map(toBooking),
        departures: departures.all(day.endMs).map(toBooking),
      };
    },
  };
}
export type BookingsRepo = ReturnType<typeof createBookingsRepo>;
