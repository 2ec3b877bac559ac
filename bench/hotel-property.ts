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
 * - rooms 121–250: a guest in house since D-1 until D+2.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/core/db/open';
import { createBookingsRepo } from '../electron/core/db/repos/bookings.repo';
import { createPropertyRepo } from '../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../electron/core/db/repos/rooms.repo';
import { md5Hex } from '../electron/core/sifely/md5';
import { startSifelySimulator, type RunningSimulator } from '../electron/core/sifely-simulator/server';
import type { Clock } from '../electron/core/time/clock';
import { addDays, parseWall, zonedWallTimeToMs } from '../shared/time/zoned';
import { BENCH_ACCOUNT, BENCH_ZONE } from './property';

export const HOTEL = { floors: 10, roomsPerFloor: 25, otherLocks: 40, gatewaysPerFloor: 3, turnovers: 120 } as const;

export interface HotelRoom {
  name: string;
  roomId: number;
  lockIds: number[];
  /** The guest leaving on day D (rooms 1–120), else the guest staying on. */
  currentBookingId: number;
  /** The guest arriving on day D (rooms 1–120 only). */
  arrivingBookingId: number | null;
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
  const sim = await startSifelySimulator({ now: clock.wall, seed: 21 });
  sim.state.addAccount(BENCH_ACCOUNT.account, md5Hex(BENCH_ACCOUNT.password));
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-hotel-'));
  const dbFile = join(dir, 'desk.sqlite');
  const db = openDatabase(dbFile);
  const at = (dayOffset: number, wall: string): number => zonedWallTimeToMs(parseWall(addDays(day, dayOffset), wall), BENCH_ZONE);
  createPropertyRepo(db).save({ name: 'Scale Hotel', timeZone: BENCH_ZONE, checkInTime: '14:00', checkOutTime: '11:00' });
  const repo = createRoomsRepo(db);
  const bookings = createBookingsRepo(db, () => clock.wall());

  const gateways = Array.from({ length: HOTEL.floors * HOTEL.gatewaysPerFloor }, (_, i) => sim.state.addGateway(`Gateway ${i + 1}`).gatewayId);
  const lock = (alias: string, gatewayId: number): number => sim.state.addLock(BENCH_ACCOUNT.account, { lockAlias: alias, electricQuantity: 85, gatewayId }).lockId;

  const rooms: HotelRoom[] = [];
  const doorLockIds: number[] = [];
  for (let f = 1; f <= HOTEL.floors; f++) {
    const floorGateways = gateways.slice((f - 1) * HOTEL.gatewaysPerFloor, f * HOTEL.gatewaysPerFloor);
    const floorLock = lock(`Floor ${f}`, floorGateways[0]!);
    doorLockIds.push(floorLock);
    const floorDoor = repo.addDoor(floorLock, `Floor ${f}`, 'shared');
    for (let n = 1; n <= HOTEL.roomsPerFloor; n++) {
      const name = String(f * 100 + n);
      const roomLock = lock(`Room ${name}`, floorGateways[(n - 1) % HOTEL.gatewaysPerFloor]!);
      doorLockIds.push(roomLock);
      const roomId = repo.addRoom(name, repo.addDoor(roomLock, `Room ${name}`, 'room'), [floorDoor]);
      const turnover = rooms.length < HOTEL.turnovers;
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
        ? bookings.add({ ref: `SCALE-${name}-B`, source: 'bench', guestName: `Guest ${name} B`, roomId, arrivalMs: at(0, '14:00'), departureMs: at(2, '11:00') })
        : null;
      rooms.push({ name, roomId, lockIds: [roomLock, floorLock], currentBookingId, arrivingBookingId });
    }
  }
  const others = Array.from({ length: HOTEL.otherLocks }, (_, i) => lock(`Staff door ${i + 1}`, gateways[i % gateways.length]!));
  db.close();
  return {
    sim,
    dbFile,
    rooms,
    doorLockIds,
    allLockIds: [...doorLockIds, ...others],
    gateways: gateways.length,
    at,
    sifely: { baseUrl: sim.url, ...BENCH_ACCOUNT },
    async close() {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
