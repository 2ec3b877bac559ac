import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../electron/core/db/open';
import { createBookingsRepo, type BookingsRepo } from '../electron/core/db/repos/bookings.repo';
import { createPropertyRepo } from '../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../electron/core/db/repos/rooms.repo';
import { mulberry32 } from './stats';

const FIRST = [
  'Ana',
  'Lukas',
  'Mei',
  'Olivia',
  'Tom',
  'Søren',
  'José',
  'François',
  'Zoë',
  'Jürgen',
  'Chloé',
  'Björn',
  'Ines',
  'Kenji',
  'Priya',
  'Noah',
  'Élodie',
  'Mateo',
  'Agnieszka',
  'Oğuz',
];
const LAST = [
  'García',
  'Novák',
  'Tanaka',
  'Smith',
  'Becker',
  'Ødegård',
  'Muñoz',
  'Lefèvre',
  'Brontë',
  'Müller',
  'Dvořák',
  'Nguyễn',
  'Kowalski',
  'Rossi',
  "O'Brien",
  'Yılmaz',
  'Fernández',
  'Schmidt',
  'Johansson',
  'Silva',
  'Papadopoulos',
  'Horváth',
  'Sato',
  'Kumar',
  'Martin',
  'Dubois',
  'Jensen',
  'Costa',
  'Wójcik',
  'Herrera',
];
const SOURCES = ['airbnb', 'booking.com', 'vrbo', 'desk', 'csv'];
const DAY = 86_400_000;

export interface BenchStore {
  db: Db;
  bookings: BookingsRepo;
  roomNames: string[];
  refs: string[];
  names: string[];
  nowMs: number;
  close(): void;
}

/**
 * A desk database of `count` bookings over ~6 years in `rooms` rooms (Madrid, 15:00/11:00),
 * seeded so every run measures the same data, in a real WAL file as the desk uses.
 */
export function generateBenchStore(count: number, opts: { rooms?: number; seed?: number } = {}): BenchStore {
  const rand = mulberry32(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  const db = openDatabase(join(dir, 'desk.sqlite'));
  const nowMs = Date.UTC(2027, 5, 15, 10);
  createPropertyRepo(db).save({ name: 'Bench Hotel', timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' });
  const roomsRepo = createRoomsRepo(db);
  const entrance = roomsRepo.addDoor(1, 'Entrance', 'shared');
  const roomNames: string[] = [];
  const roomIds: number[] = [];
  const roomCount = opts.rooms ?? 80;
  for (let i = 0; i < roomCount; i++) {
    const name = `${Math.floor(i / 20) + 1}${String((i % 20) + 1).padStart(2, '0')}`;
    roomNames.push(name);
    roomIds.push(roomsRepo.addRoom(name, roomsRepo.addDoor(1000 + i, `Room ${name}`, 'room'), [entrance]));
  }
  const bookings = createBookingsRepo(db, () => nowMs);
  const refs: string[] = [];
  const names: string[] = [];
  const start = nowMs - 5 * 365 * DAY;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const source = pick(SOURCES);
      const ref =
        source === 'airbnb'
          ? `HM${Math.floor(rand() * 36 ** 8)
              .toString(36)
              .toUpperCase()}`
          : String(4_000_000_000 + i * 7);
      const guestName = `${pick(FIRST)} ${rand() < 0.2 ? `${pick(LAST)} ` : ''}${pick(LAST)}`;
      const arrivalMs = start + Math.floor(rand() * 6 * 365) * DAY + 14 * 3_600_000;
      const departureMs = arrivalMs + (1 + Math.floor(rand() * 7)) * DAY - 4 * 3_600_000;
      const status =
        departureMs < nowMs
          ? rand() < 0.08
            ? 'cancelled'
            : 'checked_out'
          : arrivalMs < nowMs
            ? 'checked_in'
            : rand() < 0.05
              ? 'cancelled'
              : 'booked';
      bookings.add({ source, ref, guestName, roomId: pick(roomIds), arrivalMs, departureMs, status });
      refs.push(ref);
      names.push(guestName);
    }
  })();
  db.pragma('optimize');
  return {
    db,
    bookings,
    roomNames,
    refs,
    names,
    nowMs,
    close() {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
