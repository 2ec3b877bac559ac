/**
 * The property of the automatic-codes benchmark (issue 18's "200 arrivals"): 260 rooms on 10 floors
 * (26 a floor), each room's own lock plus its floor's door, 3 gateways a floor. Bookings, in
 * property time (Europe/Madrid), around the benchmark's day D:
 * - rooms 1–200: guests arriving on D+2 with an e-mail address (alternately English and Spanish):
 *   120 from three iCal feeds at the check-in time (15:00, as a feed's date-only event lands) and
 *   80 from a CSV export with their own expected times, spread 15:00–23:00. At 48 hours ahead
 *   their codes fall due on D between 15:00 and 23:00, the feeds' 120 all at 15:00;
 * - rooms 201–260: walk-up guests the clerk checks in on D (arriving D 14:00), the desk's own source.
 * Each room has one booking, so a room's lock carries only its guest's code.
 */
import { createContactsRepo } from '../electron/core/db/repos/guest-contacts.repo';
import { DESK_SOURCE } from '../electron/core/bookings/manual';
import type { RunningSimulator } from '../electron/core/sifely-simulator/server';
import type { Clock } from '../electron/core/time/clock';
import { openFloorsProperty } from './floors-property';

export const ARRIVALS = { floors: 10, roomsPerFloor: 26, fromFeeds: 120, fromCsv: 80, walkUps: 60, gatewaysPerFloor: 3 } as const;
/** The CSV export's source name (any name a manager gives an import that is not the desk's, a feed's or the demo's). */
export const CSV_SOURCE = 'pms-export';

export interface ArrivalRoom {
  name: string;
  lockIds: [room: number, floor: number];
  bookingId: number;
  /** feed / csv: an automatic code is due 48 h before arrival; walk-up: the clerk checks the guest in. */
  kind: 'feed' | 'csv' | 'walk-up';
  arrivalMs: number;
  email: string | null;
}

export interface ArrivalsProperty {
  sim: RunningSimulator;
  dbFile: string;
  rooms: ArrivalRoom[];
  /** Property-time instant (offset in days from D, wall time "HH:MM"). */
  at: (dayOffset: number, wall: string) => number;
  sifely: { baseUrl: string; account: string; password: string };
  close(): Promise<void>;
}

export async function seedArrivals(clock: Clock, day: string): Promise<ArrivalsProperty> {
  const p = await openFloorsProperty(clock, day, {
    name: 'Arrivals Hotel',
    checkInTime: '15:00',
    seed: 18,
    gateways: ARRIVALS.floors * ARRIVALS.gatewaysPerFloor,
  });
  const { at, bookings } = p;
  const contacts = createContactsRepo(p.db, () => clock.wall());
  const rooms: ArrivalRoom[] = [];
  p.buildFloors(ARRIVALS, ({ index: i, name, roomId, roomLock, floorLock }) => {
    const kind: ArrivalRoom['kind'] = i < ARRIVALS.fromFeeds ? 'feed' : i < ARRIVALS.fromFeeds + ARRIVALS.fromCsv ? 'csv' : 'walk-up';
    const source = kind === 'feed' ? `feed:${1 + (i % 3)}` : kind === 'csv' ? CSV_SOURCE : DESK_SOURCE;
    // CSV guests' own expected times: 80 spread evenly over 15:00–23:00 (one every 6 minutes).
    const arrivalMs =
      kind === 'feed' ? at(2, '15:00') : kind === 'csv' ? at(2, '15:00') + (i - ARRIVALS.fromFeeds) * 6 * 60_000 : at(0, '14:00');
    const bookingId = bookings.add({
      ref: `ARR-${name}`,
      source,
      guestName: `Guest ${name}`,
      roomId,
      arrivalMs,
      departureMs: kind === 'walk-up' ? at(2, '11:00') : at(4, '11:00'),
    });
    const email = kind === 'walk-up' ? null : `guest-${name}@bench.example`;
    if (email) contacts.save(bookingId, { email, language: i % 2 === 0 ? 'en' : 'es' });
    rooms.push({ name, lockIds: [roomLock, floorLock], bookingId, kind, arrivalMs, email });
  });
  p.db.close();
  return { sim: p.sim, dbFile: p.dbFile, rooms, at, sifely: p.sifely, close: () => p.close() };
}
