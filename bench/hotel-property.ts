/**
 * The 300-door hotel of the scale benchmark: 250 rooms on 10 floors (25 a floor), each room's own
 * lock plus its floor's door (10 shared doors), and 40 other locks in the account that belong to
 * no room (offices, stores, staff doors): the desk never issues to them, but every lock listing
 * and the nightly work see them. Locks hang off 30 gateways (3 a floor, about 10 locks each), as a
 * real install shares gateways rather than giving each lock its own.
 *
 * Why floor doors and not one entrance for everyone: a Sifely lock holds about 200 custom
 * passcodes (docs/sifely-api.md §10.11, docs/product.md "Capacity"), so one entrance for 250 rooms' guests would be full.
 *
 * Bookings, all in property time on the benchmark's day D:
 * - rooms 1–120: a guest leaving D 11:00 (in house since D-2) and a guest arriving D 14:00;
 * - rooms 121–250: a guest in house since D-1 until D+2;
 * - 60 of those rooms (none of the stay changes' rooms): a guest arriving D+2 with an e-mail, whose
 *   automatic code falls due 48 h ahead, on D: 30 from a feed at the check-in time (so all at D
 *   14:00, as the afternoon's check-ins begin) and 30 from a CSV export spread 11:30–21:10.
 */
import { createContactsRepo } from '../electron/core/db/repos/guest-contacts.repo';
import type { RunningSimulator } from '../electron/core/sifely-simulator/server';
import type { Clock } from '../electron/core/time/clock';
import { CSV_SOURCE } from './arrivals-property';
import { openFloorsProperty } from './floors-property';

export const HOTEL = { floors: 10, roomsPerFloor: 25, otherLocks: 40, gatewaysPerFloor: 3, turnovers: 120, autoCodes: 60 } as const;
/** The stay changes' rooms (bench/hotel-day.bench.ts): every 4th room from 121 on. */
export const isChangeRoom = (index: number): boolean => index >= HOTEL.turnovers && (index - HOTEL.turnovers) % 4 === 0;

export interface HotelRoom {
  name: string;
  roomId: number;
  lockIds: number[];
  /** The guest leaving on day D (rooms 1–120), else the guest staying on. */
  currentBookingId: number;
  /** The guest arriving on day D (rooms 1–120 only). */
  arrivingBookingId: number | null;
  /** The guest arriving on D+2 whose automatic code falls due on D (60 of rooms 121–250). */
  future: { bookingId: number; email: string; arrivalMs: number } | null;
}

export interface Hotel {
  sim: RunningSimulator;
  dbFile: string;
  rooms: HotelRoom[];
  /** Every lock that is a door of some room (rooms and floor doors), for the reconciliation's coverage. */
  doorLockIds: number[];
  allLockIds: number[];
  gateways: number;
  /** Property-time instant on day D (offset in days from D, wall time "HH:MM"). */
  at(dayOffset: number, wall: string): number;
  sifely: { baseUrl: string; account: string; password: string };
  close(): Promise<void>;
}

export async function seedHotel(clock: Clock, day: string): Promise<Hotel> {
  const p = await openFloorsProperty(clock, day, {
    name: 'Scale Hotel',
    checkInTime: '14:00',
    seed: 21,
    gateways: HOTEL.floors * HOTEL.gatewaysPerFloor,
  });
  const { at, bookings } = p;
  const contacts = createContactsRepo(p.db, () => clock.wall());
  let autoCodes = 0;
  const rooms: HotelRoom[] = [];
  const doorLockIds: number[] = [];
  p.buildFloors(HOTEL, ({ index, name, roomId, roomLock, floorLock }) => {
    if (!doorLockIds.includes(floorLock)) doorLockIds.push(floorLock);
    doorLockIds.push(roomLock);
    const turnover = index < HOTEL.turnovers;
    const currentBookingId = bookings.add({
      ref: `SCALE-${name}-A`,
      source: 'bench',
      guestName: `Guest ${name} A`,
      roomId,
      arrivalMs: at(turnover ? -2 : -1, '14:00'),
      departureMs: at(turnover ? 0 : 2, '11:00'),
    });
    bookings.setStatus(currentBookingId, 'checked_in');
    const arrivingBookingId = turnover
      ? bookings.add({
          ref: `SCALE-${name}-B`,
          source: 'bench',
          guestName: `Guest ${name} B`,
          roomId,
          arrivalMs: at(0, '14:00'),
          departureMs: at(2, '11:00'),
        })
      : null;
    let future: HotelRoom['future'] = null;
    if (!turnover && !isChangeRoom(index) && autoCodes < HOTEL.autoCodes) {
      const k = autoCodes++;
      const fromFeed = k % 2 === 0;
      // After the guest staying on has left (D+2 11:00).
      const arrivalMs = fromFeed ? at(2, '14:00') : at(2, '11:30') + Math.floor(k / 2) * 20 * 60_000;
      const bookingId = bookings.add({
        ref: `SCALE-${name}-C`,
        source: fromFeed ? 'feed:1' : CSV_SOURCE,
        guestName: `Guest ${name} C`,
        roomId,
        arrivalMs,
        departureMs: at(4, '11:00'),
      });
      const email = `guest-${name}@bench.example`;
      contacts.save(bookingId, { email, language: k % 4 < 2 ? 'en' : 'es' });
      future = { bookingId, email, arrivalMs };
    }
    rooms.push({ name, roomId, lockIds: [roomLock, floorLock], currentBookingId, arrivingBookingId, future });
  });
  const others = Array.from({ length: HOTEL.otherLocks }, (_, i) => p.lock(`Staff door ${i + 1}`, p.gateways[i % p.gateways.length]!));
  p.db.close();
  return {
    sim: p.sim,
    dbFile: p.dbFile,
    rooms,
    doorLockIds,
    allLockIds: [...doorLockIds, ...others],
    gateways: p.gateways.length,
    at,
    sifely: p.sifely,
    close: () => p.close(),
  };
}
