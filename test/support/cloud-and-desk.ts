import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClockStatus } from '../../shared/domain/clock';
import { openDatabase } from '../../electron/core/db/open';
import { createBookingsRepo } from '../../electron/core/db/repos/bookings.repo';
import { createPropertyRepo } from '../../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../../electron/core/db/repos/rooms.repo';
import { DEMO_ACCOUNT, seedDemoCloud, seedDemoStore } from '../../electron/core/demo/sample-property';
import { createDesk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import { startSifelySimulator } from '../../electron/core/sifely-simulator/server';
import { signInManager } from './desk-manager';
import { TEST_INSTANT, testClock } from './time';

/**
 * The lock cloud (the simulator, on its own clock) and a desk on a PC whose clock is `pcAheadMs`
 * off, as on a front-desk PC someone set by hand. Everything is real: SQLite file, HTTP, simulator.
 */
export async function cloudAndDesk(pcAheadMs: number, backoff = { baseMs: 1_500, capMs: 1_500 }, cloud = { dateHeader: true }) {
  const c = await cloudAndDeskBare(pcAheadMs, backoff, cloud);
  await signInManager(c.desk);
  // The desk's first look at the cloud (lock health at start-up) has answered.
  await c.desk.handlers['lock:health']({ refresh: true });
  return c;
}

/** The same, as the hotel first finds it: a real-account desk nobody has set up (no staff yet). */
export async function cloudAndDeskBare(pcAheadMs = 0, backoff = { baseMs: 1_500, capMs: 1_500 }, cloud = { dateHeader: true }) {
  setLogLevel('error');
  const cloudClock = testClock(TEST_INSTANT);
  const pcClock = testClock(cloudClock.wall() + pcAheadMs);
  const sim = await startSifelySimulator({ now: cloudClock.wall });
  sim.state.settings.dateHeader = cloud.dateHeader;
  const locks = seedDemoCloud(sim.state);
  const dir = mkdtempSync(join(tmpdir(), 'desk-clock-'));
  const dbFile = join(dir, 'desk.sqlite');
  const db = openDatabase(dbFile);
  // The bookings were made on the real calendar: the cloud's.
  seedDemoStore(
    { property: createPropertyRepo(db), rooms: createRoomsRepo(db), bookings: createBookingsRepo(db, cloudClock.wall) },
    locks,
    { timeZone: 'Europe/Madrid', nowMs: cloudClock.wall() },
  );
  db.close();
  const desk = await createDesk({
    dbFile,
    clock: pcClock,
    sifely: { baseUrl: sim.url, ...DEMO_ACCOUNT, rateLimit: { perMinute: 0 } },
    access: { backoff, interactiveWaitMs: 5_000 },
  });
  // Listening from the start: the start-up lock-health check may already say the clock is off.
  const clockSaid: ClockStatus[] = [];
  desk.on('desk:clock', (c) => clockSaid.push(c));
  return {
    sim,
    desk,
    clockSaid,
    cloudClock,
    pcClock,
    lock: (alias: string) => [...sim.state.locks.values()].find((l) => l.lockAlias === alias)!,
    close: async () => {
      await desk.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
