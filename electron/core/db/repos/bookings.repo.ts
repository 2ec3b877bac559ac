import type { Booking, BookingStatus } from '../../../../shared/domain/booking';
import type { Db } from '../open';

interface BookingRow {
  id: number;
  ref: string;
  source: string;
  guest_name: string;
  room_id: number;
  room_name: string;
  arrival_ms: number;
  departure_ms: number;
  status: BookingStatus;
}

const SELECT = `SELECT b.id, b.ref, b.source, b.guest_name, b.room_id, r.name AS room_name,
  b.arrival_ms, b.departure_ms, b.status FROM bookings b JOIN rooms r ON r.id = b.room_id`;

const toBooking = (r: BookingRow): Booking => ({
  id: r.id,
  ref: r.ref,
  source: r.source,
  guestName: r.guest_name,
  roomId: r.room_id,
  roomName: r.room_name,
  arrivalMs: r.arrival_ms,
  departureMs: r.departure_ms,
  status: r.status,
});

export interface NewBooking {
  ref: string;
  source: string;
  guestName: string;
  roomId: number;
  arrivalMs: number;
  departureMs: number;
}

export function createBookingsRepo(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO bookings (ref, source, guest_name, room_id, arrival_ms, departure_ms, status, updated_ms)
     VALUES (@ref, @source, @guestName, @roomId, @arrivalMs, @departureMs, 'booked', @updatedMs)`,
  );
  const byId = db.prepare<[number], BookingRow>(`${SELECT} WHERE b.id = ?`);
  const setStatus = db.prepare<[BookingStatus, number, number]>('UPDATE bookings SET status = ?, updated_ms = ? WHERE id = ?');
  // Arrivals: due to arrive today (or late and not yet checked in). In-house: checked in.
  // Departures: checked in and due out today. Ordered for the clerk, not for the database.
  const arrivals = db.prepare<[number], BookingRow>(
    `${SELECT} WHERE b.status = 'booked' AND b.arrival_ms < ? ORDER BY b.arrival_ms, b.guest_name`,
  );
  const inHouse = db.prepare<[], BookingRow>(`${SELECT} WHERE b.status = 'checked_in' ORDER BY r.name`);
  const departures = db.prepare<[number], BookingRow>(
    `${SELECT} WHERE b.status = 'checked_in' AND b.departure_ms < ? ORDER BY b.departure_ms, r.name`,
  );

  return {
    add(b: NewBooking): number {
      return Number(insert.run({ ...b, updatedMs: now() }).lastInsertRowid);
    },
    get(id: number): Booking | null {
      const r = byId.get(id);
      return r ? toBooking(r) : null;
    },
    setStatus(id: number, status: BookingStatus): void {
      setStatus.run(status, now(), id);
    },
    /** `dayEndMs`: end of the property's local today. Arrivals list excludes departed/cancelled. */
    today(dayEndMs: number) {
      return {
        arrivals: arrivals.all(dayEndMs).map(toBooking),
        inHouse: inHouse.all().map(toBooking),
        departures: departures.all(dayEndMs).map(toBooking),
      };
    },
  };
}
export type BookingsRepo = ReturnType<typeof createBookingsRepo>;
