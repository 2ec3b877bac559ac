import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCsvImport } from '../../electron/core/bookings/csv-import';
import { createFeedSync } from '../../electron/core/bookings/feeds';
import { createManualBookings } from '../../electron/core/bookings/manual';
import { openDatabase } from '../../electron/core/db/open';
import { createBookingsRepo } from '../../electron/core/db/repos/bookings.repo';
import { createFeedsRepo } from '../../electron/core/db/repos/feeds.repo';
import { createImportMappingsRepo } from '../../electron/core/db/repos/import-mappings.repo';
import { createPropertyRepo } from '../../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../../electron/core/db/repos/rooms.repo';
import type { FeedAddressPolicy, Resolve } from '../../electron/core/bookings/feed-address';
import type { FetchLimits } from '../../electron/core/bookings/fetch-feed';

/** A real desk database file with a Madrid property and rooms 101, 102, 201 sharing an entrance. */
export function openBookingsHarness(opts: {
  nowMs: number;
  limits?: FetchLimits;
  allowHosts?: string[];
  lanHost?: string;
  resolve?: Resolve;
}) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bookings-'));
  const db = openDatabase(join(dir, 'desk.sqlite'));
  const clock = { nowMs: opts.nowMs };
  const now = (): number => clock.nowMs;
  const property = createPropertyRepo(db);
  property.save({ name: 'Test Inn', timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' });
  const rooms = createRoomsRepo(db);
  const entrance = rooms.addDoor(100, 'Entrance', 'shared');
  const roomIds: Record<string, number> = {};
  ['101', '102', '201'].forEach((name, i) => {
    roomIds[name] = rooms.addRoom(name, rooms.addDoor(101 + i, `Room ${name}`, 'room'), [entrance]);
  });
  const bookings = createBookingsRepo(db, now);
  const feeds = createFeedsRepo(db, now);
  const requireProperty = () => property.get()!;
  const csv = createCsvImport({ db, bookings, rooms, mappings: createImportMappingsRepo(db, now), property: requireProperty, now });
  // The test's ICS server is on 127.0.0.1: allowed by name, as a manager would allow a LAN host
  // (a test of the default passes `allowHosts: []`).
  const policy: FeedAddressPolicy = { allowHosts: opts.allowHosts ?? ['127.0.0.1'], lanHost: opts.lanHost ?? null };
  const feedSync = createFeedSync({
    db,
    bookings,
    feeds,
    property: requireProperty,
    now,
    limits: opts.limits,
    addresses: () => policy,
    ...(opts.resolve ? { resolve: opts.resolve } : {}),
  });
  const manual = createManualBookings({ db, bookings, rooms });
  return {
    dir,
    db,
    clock,
    roomIds,
    bookings,
    feeds,
    csv,
    feedSync,
    manual,
    eventKinds: (): string[] => db.prepare<[], string>('SELECT kind FROM booking_events ORDER BY id').pluck().all(),
    async close(): Promise<void> {
      await feedSync.stop();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type BookingsHarness = ReturnType<typeof openBookingsHarness>;
