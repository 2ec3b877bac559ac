/**
 * What the scale benchmarks' properties share: a simulator account, a desk database with the
 * property in Europe/Madrid, and floors of rooms, each room's own lock plus its floor's shared door,
 * on gateways shared a few to a floor (as a real install shares them). hotel-property.ts and
 * arrivals-property.ts put their own bookings on top.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../electron/core/db/open';
import { createBookingsRepo, type BookingsRepo } from '../electron/core/db/repos/bookings.repo';
import { createPropertyRepo } from '../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../electron/core/db/repos/rooms.repo';
import { md5Hex } from '../electron/core/sifely/md5';
import { startSifelySimulator, type RunningSimulator } from '../electron/core/sifely-simulator/server';
import type { Clock } from '../electron/core/time/clock';
import { addDays, parseWall, zonedWallTimeToMs } from '../shared/time/zoned';
import { BENCH_ACCOUNT, BENCH_ZONE } from './property';

export interface FloorsLayout {
  floors: number;
  roomsPerFloor: number;
  gatewaysPerFloor: number;
}

/** One room as built: its name ("101"), desk id, its own lock and its floor's, and its place in build order. */
export interface BuiltRoom {
  index: number;
  name: string;
  roomId: number;
  roomLock: number;
  floorLock: number;
}

export interface FloorsProperty {
  sim: RunningSimulator;
  db: Db;
  dbFile: string;
  bookings: BookingsRepo;
  /** Property-time instant (offset in days from D, wall time "HH:MM"). */
  at: (dayOffset: number, wall: string) => number;
  gateways: number[];
  /** A lock in the simulator's account on that gateway. */
  lock: (alias: string, gatewayId: number) => number;
  /** Builds the floors in order (floor doors first on each floor), calling `onRoom` for each room. */
  buildFloors: (layout: FloorsLayout, onRoom: (room: BuiltRoom) => void) => { floorLocks: number[] };
  sifely: { baseUrl: string; account: string; password: string };
  close(): Promise<void>;
}

export async function openFloorsProperty(
  clock: Clock,
  day: string,
  o: { name: string; checkInTime: string; seed: number; gateways: number },
): Promise<FloorsProperty> {
  const sim = await startSifelySimulator({ now: clock.wall, seed: o.seed });
  sim.state.addAccount(BENCH_ACCOUNT.account, md5Hex(BENCH_ACCOUNT.password));
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-floors-'));
  const dbFile = join(dir, 'desk.sqlite');
  const db = openDatabase(dbFile);
  createPropertyRepo(db).save({ name: o.name, timeZone: BENCH_ZONE, checkInTime: o.checkInTime, checkOutTime: '11:00' });
  const rooms = createRoomsRepo(db);
  const gateways = Array.from({ length: o.gateways }, (_, i) => sim.state.addGateway(`Gateway ${i + 1}`).gatewayId);
  const lock = (alias: string, gatewayId: number): number =>
    sim.state.addLock(BENCH_ACCOUNT.account, { lockAlias: alias, electricQuantity: 85, gatewayId }).lockId;
  return {
    sim,
    db,
    dbFile,
    bookings: createBookingsRepo(db, () => clock.wall()),
    at: (dayOffset, wall) => zonedWallTimeToMs(parseWall(addDays(day, dayOffset), wall), BENCH_ZONE),
    gateways,
    lock,
    buildFloors(layout, onRoom) {
      const floorLocks: number[] = [];
      let index = 0;
      for (let f = 1; f <= layout.floors; f++) {
        const floorGateways = gateways.slice((f - 1) * layout.gatewaysPerFloor, f * layout.gatewaysPerFloor);
        const floorLock = lock(`Floor ${f}`, floorGateways[0]!);
        floorLocks.push(floorLock);
        const floorDoor = rooms.addDoor(floorLock, `Floor ${f}`, 'shared');
        for (let n = 1; n <= layout.roomsPerFloor; n++) {
          const name = String(f * 100 + n);
          const roomLock = lock(`Room ${name}`, floorGateways[(n - 1) % layout.gatewaysPerFloor]!);
          const roomId = rooms.addRoom(name, rooms.addDoor(roomLock, `Room ${name}`, 'room'), [floorDoor]);
          onRoom({ index: index++, name, roomId, roomLock, floorLock });
        }
      }
      return { floorLocks };
    },
    sifely: { baseUrl: sim.url, ...BENCH_ACCOUNT },
    async close() {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
