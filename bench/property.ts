/**
 * A seeded property for the access benchmarks and the reliability suite: a simulator account with
 * one lock per room plus shared doors (Entrance, optionally Gym), and a desk database whose rooms
 * point at those locks, with guests arriving today and guests in house. Every run gets the same
 * names, rooms and windows, so the numbers compare across runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, localDate, parseWall, zonedWallTimeToMs } from '../shared/time/zoned';
import { openDatabase } from '../electron/core/db/open';
import { createBookingsRepo } from '../electron/core/db/repos/bookings.repo';
import { createPropertyRepo } from '../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../electron/core/db/repos/rooms.repo';
import { md5Hex } from '../electron/core/sifely/md5';
import { startSifelySimulator, type RunningSimulator } from '../electron/core/sifely-simulator/server';
import { systemClock, type Clock } from '../electron/core/time/clock';
import { createDesk, type Desk, type DeskConfig } from '../electron/core/desk';
import { signInManager } from '../test/support/desk-manager';

export const BENCH_ACCOUNT = { account: 'bench@frontdesk.local', password: 'bench-desk' } as const;
export const BENCH_ZONE = 'Europe/Madrid';

export interface PropertySpec {
  /** Rooms with only their own door. */
  oneDoorRooms?: number;
  /** Rooms with their own door + Entrance. */
  twoDoorRooms?: number;
  /** Rooms with their own door + Entrance + Gym. */
  threeDoorRooms?: number;
  /** Each room gets one guest arriving today; this many rooms instead hold a guest in house. */
  inHouse?: number;
  seed?: number;
}

export interface SeededRoom {
  roomId: number;
  name: string;
  doors: number;
  /** The booking that arrives today (or is in house) in this room. */
  bookingId: number;
  guestName: string;
  inHouse: boolean;
  lockIds: number[];
}

export interface SeededProperty {
  sim: RunningSimulator;
  dbFile: string;
  dir: string;
  rooms: SeededRoom[];
  sifely: { baseUrl: string; account: string; password: string };
  /** The simulator's clock; a desk on this property uses the same one. */
  clock: Clock;
  close(): Promise<void>;
}

/**
 * Starts a simulator and writes a desk database for it. `simOptions.seed` makes fault rates repeat;
 * `clock` is the machine's for benchmarks, a test clock for the reliability suite.
 */
export async function seedProperty(spec: PropertySpec, simOptions: { seed?: number; clock?: Clock } = {}): Promise<SeededProperty> {
  const clock = simOptions.clock ?? systemClock;
  const sim = await startSifelySimulator({ now: clock.wall, seed: simOptions.seed ?? spec.seed ?? 1 });
  sim.state.addAccount(BENCH_ACCOUNT.account, md5Hex(BENCH_ACCOUNT.password));
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-prop-'));
  const dbFile = join(dir, 'desk.sqlite');
  const db = openDatabase(dbFile);
  const nowMs = clock.wall();
  const property = createPropertyRepo(db);
  property.save({ name: 'Bench Hotel', timeZone: BENCH_ZONE, checkInTime: '15:00', checkOutTime: '11:00' });
  const repo = createRoomsRepo(db);
  const bookings = createBookingsRepo(db, () => nowMs);
  const entranceLock = sim.state.addLock(BENCH_ACCOUNT.account, { lockAlias: 'Entrance', electricQuantity: 90 }).lockId;
  const gymLock = sim.state.addLock(BENCH_ACCOUNT.account, { lockAlias: 'Gym', electricQuantity: 90 }).lockId;
  const entrance = repo.addDoor(entranceLock, 'Entrance', 'shared');
  const gym = repo.addDoor(gymLock, 'Gym', 'shared');

  const today = localDate(nowMs, BENCH_ZONE);
  const at = (day: string, wall: string): number => zonedWallTimeToMs(parseWall(day, wall), BENCH_ZONE);
  const plan = [
    ...Array.from({ length: spec.oneDoorRooms ?? 0 }, () => 1),
    ...Array.from({ length: spec.twoDoorRooms ?? 0 }, () => 2),
    ...Array.from({ length: spec.threeDoorRooms ?? 0 }, () => 3),
  ];
  const rooms: SeededRoom[] = [];
  plan.forEach((doors, i) => {
    const name = String(101 + i);
    const lock = sim.state.addLock(BENCH_ACCOUNT.account, { lockAlias: `Room ${name}`, electricQuantity: 80 }).lockId;
    const shared = doors === 1 ? [] : doors === 2 ? [entrance] : [entrance, gym];
    const roomId = repo.addRoom(name, repo.addDoor(lock, `Room ${name}`, 'room'), shared);
    const inHouse = i < (spec.inHouse ?? 0);
    const guestName = `Guest ${name}`;
    // In-house guests arrived yesterday; arrivals come today at 15:00. Both leave in two days.
    const bookingId = bookings.add({
      ref: `BENCH-${name}`,
      source: 'bench',
      guestName,
      roomId,
      arrivalMs: at(addDays(today, inHouse ? -1 : 0), '15:00'),
      departureMs: at(addDays(today, 2), '11:00'),
    });
    if (inHouse) bookings.setStatus(bookingId, 'checked_in');
    rooms.push({
      roomId,
      name,
      doors,
      bookingId,
      guestName,
      inHouse,
      lockIds: [lock, ...(doors >= 2 ? [entranceLock] : []), ...(doors === 3 ? [gymLock] : [])],
    });
  });
  db.close();
  return {
    sim,
    dbFile,
    dir,
    rooms,
    sifely: { baseUrl: sim.url, ...BENCH_ACCOUNT },
    clock,
    async close() {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A card number per sample that no other sample uses (10 digits, like the Sifely reader's 8H10D). */
export const cardFor = (i: number): string => String(3_000_000_000 + i * 7919);

/**
 * A desk on a seeded property with its first manager signed in, as a hotel's desk is: a real-account
 * desk with no staff refuses everything but creating that manager (issue 17).
 */
export async function openBenchDesk(config: DeskConfig): Promise<Desk> {
  const desk = await createDesk(config);
  await signInManager(desk);
  return desk;
}
