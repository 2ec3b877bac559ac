import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { createBookingsRepo } from '../../electron/core/db/repos/bookings.repo';
import { createPropertyRepo } from '../../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../../electron/core/db/repos/rooms.repo';
import { DEMO_ACCOUNT, seedDemoCloud, seedDemoStore, type DemoLocks } from '../../electron/core/demo/sample-property';
import { startSifelySimulator, type RunningSimulator } from '../../electron/core/sifely-simulator/server';
import { mulberry32 } from '../../bench/stats';
import { bundle, runChild } from './child-process';
import { addLedger, audit, emptyLedger, report } from './ledger';
import { TEST_INSTANT, testClock } from '../support/time';

/**
 * SIGKILL at random points while the cloud misbehaves: a desk process (children/storm-desk.ts:
 * check-ins with card and code, a stay change, a check-out, a lost card, a cancellation) runs
 * against a simulator that drops answers after the write landed (the unclear case; 5xx and 429 are in the fault storm), and is killed at
 * a seeded moment; a second process reopens the same file and drains the outbox (faults off).
 * The ledger then compares every credential with the locks.
 */
const TRIALS = 30;
let dir: string;
let sim: RunningSimulator;
const clock = testClock(TEST_INSTANT);
let locks: DemoLocks;
let child: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-kill-'));
  child = await bundle(join(import.meta.dirname, 'children/storm-desk.ts'));
  sim = await startSifelySimulator({ now: clock.wall, seed: 31 });
  locks = seedDemoCloud(sim.state);
});
afterAll(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SIGKILL during a fault storm', () => {
  it(`completes every committed operation exactly once across ${TRIALS} kills`, async () => {
    const random = mulberry32(5150);
    let total = emptyLedger();
    let killed = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const dbFile = join(dir, `trial-${trial}.sqlite`);
      const db = openDatabase(dbFile);
      seedDemoStore({ property: createPropertyRepo(db), rooms: createRoomsRepo(db), bookings: createBookingsRepo(db, clock.wall) }, locks, {
        timeZone: 'Europe/Madrid',
        nowMs: clock.wall(),
      });
      db.close();
      const args = [dbFile, sim.url, DEMO_ACCOUNT.account, DEMO_ACCOUNT.password, String(100 + trial)];
      const storm = [
        sim.faults.add({ path: '/v3/identityCard/add', rate: 0.3, drop: 'destroy' }),
        sim.faults.add({ path: '/v3/keyboardPwd/add', rate: 0.3, drop: 'destroy' }),
        sim.faults.add({ path: '/v3/identityCard/delete', rate: 0.3, drop: 'destroy' }),
      ];
      const batch = await runChild(child, ['batch', ...args], { killAfterReadyMs: Math.floor(random() * 300), clockMs: clock.wall() });
      if (batch.killed) killed++;
      for (const id of storm) sim.faults.remove(id);
      await runChild(child, ['drain', ...args], { clockMs: clock.wall() });
      const l = audit(dbFile, sim);
      expect(l.duplicated, `trial ${trial}`).toBe(0);
      expect(l.lost, `trial ${trial}`).toBe(0);
      expect(l.zombies, `trial ${trial}`).toBe(0);
      total = addLedger(total, l);
    }
    report(`SIGKILL in a storm (${TRIALS} trials, ${killed} killed mid-batch)`, total);
    expect(killed).toBeGreaterThan(TRIALS / 4);
    expect(total.attempted).toBeGreaterThan(TRIALS * 4);
  }, 300_000);
});
