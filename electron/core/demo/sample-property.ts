import type { Property } from '../../../shared/domain/property';
import { addDays, localDate, parseWall, zonedWallTimeToMs } from '../../../shared/time/zoned';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { PropertyRepo } from '../db/repos/property.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { md5Hex } from '../sifely/md5';
import type { SimState } from '../sifely-simulator/state';

/** Credentials of the demo account on the built-in simulator. Not a secret: it only opens pretend doors. */
export const DEMO_ACCOUNT = { account: 'demo@frontdesk.local', password: 'demo-desk' } as const;

const ROOMS = ['101', '102', '103', '201', '202'] as const;

const GUESTS: { name: string; room: (typeof ROOMS)[number]; from: number; nights: number; status: 'booked' | 'checked_in' }[] = [
  { name: 'Ana García', room: '101', from: 0, nights: 2, status: 'booked' },
  { name: 'Tom Becker', room: '102', from: 0, nights: 3, status: 'booked' },
  { name: 'Mei Tanaka', room: '201', from: 0, nights: 1, status: 'booked' },
  { name: 'Olivia Smith', room: '103', from: -2, nights: 2, status: 'checked_in' },
  { name: 'Lukas Novák', room: '202', from: -1, nights: 4, status: 'checked_in' },
];

export interface DemoLocks {
  entrance: number;
  rooms: number[];
}

/**
 * The demo account and its locks on the simulator. Lock ids are allocated in a fixed order, so a
 * demo database from an earlier run still matches a freshly started simulator.
 */
export function seedDemoCloud(sim: SimState): DemoLocks {
  sim.addAccount(DEMO_ACCOUNT.account, md5Hex(DEMO_ACCOUNT.password));
  const entrance = sim.addLock(DEMO_ACCOUNT.account, { lockAlias: 'Entrance', electricQuantity: 88 });
  const rooms = ROOMS.map((name, i) => sim.addLock(DEMO_ACCOUNT.account, { lockAlias: `Room ${name}`, electricQuantity: 95 - i * 7 }));
  return { entrance: entrance.lockId, rooms: rooms.map((l) => l.lockId) };
}

/**
 * The desk database's side of the demo: the property, rooms (each with its own door plus the
 * shared entrance) and today's bookings, relative to `nowMs` in the property's zone.
 */
export function seedDemoStore(
  store: { property: PropertyRepo; rooms: RoomsRepo; bookings: BookingsRepo },
  locks: DemoLocks,
  opts: { timeZone: string; nowMs: number },
): void {
  const property: Property = { name: 'Casa Azul B&B', timeZone: opts.timeZone, checkInTime: '15:00', checkOutTime: '11:00' };
  store.property.save(property);
  const entranceDoor = store.rooms.addDoor(locks.entrance, 'Entrance', 'shared');
  const roomIds = new Map<string, number>();
  ROOMS.forEach((name, i) => {
    const door = store.rooms.addDoor(locks.rooms[i]!, `Room ${name}`, 'room');
    roomIds.set(name, store.rooms.addRoom(name, door, [entranceDoor]));
  });

  const today = localDate(opts.nowMs, opts.timeZone);
  GUESTS.forEach((g, i) => {
    const arrivalMs = zonedWallTimeToMs(parseWall(addDays(today, g.from), property.checkInTime), opts.timeZone);
    const departureMs = zonedWallTimeToMs(parseWall(addDays(today, g.from + g.nights), property.checkOutTime), opts.timeZone);
    const id = store.bookings.add({
      ref: `DEMO-${1001 + i}`,
      source: 'demo',
      guestName: g.name,
      roomId: roomIds.get(g.room)!,
      arrivalMs,
      departureMs,
    });
    if (g.status !== 'booked') store.bookings.setStatus(id, g.status);
  });
}
