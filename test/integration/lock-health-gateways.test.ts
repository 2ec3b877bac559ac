import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import type { LockHealthReport } from '../../shared/domain/lock-health';
import { TEST_INSTANT, testClock } from '../support/time';
import { english } from '../../shared/messages';

// Which gateway serves which lock is re-read from the gateways already known (one request each),
// and only a lock none of them lists is asked on its own: at 300 doors that is the difference
// between a third of the cloud's budget and a few percent (bench/hotel-day.bench.ts).
let desk: Desk;
let dir: string;
const clock = testClock(TEST_INSTANT);
const paths: string[] = [];
beforeAll(async () => {
  setLogLevel('error');
  dir = mkdtempSync(join(tmpdir(), 'health-gw-'));
  desk = await createDesk({
    dbFile: join(dir, 'desk.sqlite'),
    timeZone: 'Europe/Madrid',
    clock,
    lockHealth: { minForcedMs: 20_000 },
    fetch: (input, init) => {
      paths.push(new URL(input).pathname);
      return fetch(input, init);
    },
  });
});
afterAll(async () => {
  await desk.close();
  rmSync(dir, { recursive: true, force: true });
});

async function checkNow(): Promise<LockHealthReport> {
  clock.advance(60_000);
  paths.length = 0;
  const r = await desk.dispatch('lock:health', { refresh: true });
  if (!r.ok) throw new Error(english(r.msg));
  return r.value as LockHealthReport;
}
const count = (path: string): number => paths.filter((p) => p === path).length;
const doorLocks = (report: LockHealthReport): number => new Set(report.rooms.flatMap((r) => r.doors.map((d) => d.lockId))).size;

describe('which gateway serves each lock', () => {
  it('asks each known gateway for its locks rather than each lock for its gateways', async () => {
    const first = await checkNow();
    const locks = doorLocks(first);
    const gateways = new Set([...desk.simulator!.state.gateways.values()].filter((g) => g.locks.size > 0).map((g) => g.gatewayId)).size;
    // A second check knows the gateways: one list per gateway, and no lock asked on its own.
    await checkNow();
    expect(count('/v3/gateway/listLock')).toBe(gateways);
    expect(count('/v3/gateway/listByLock')).toBe(0);
    expect(gateways).toBeGreaterThan(0);
    expect(locks).toBeGreaterThan(0);
  });

  it('finds a lock that moved to a gateway it had not seen, and reads that gateway’s state', async () => {
    const sim = desk.simulator!.state;
    const lock = [...sim.locks.values()].find((l) => l.lockAlias === 'Room 103')!;
    lock.hasGateway = false;
    const moved = sim.addGateway('Gateway in the corridor', false);
    moved.locks.set(lock.lockId, -70);
    const report = await checkNow();
    // Only the lock no known gateway lists was asked for its own gateways.
    expect(count('/v3/gateway/listByLock')).toBe(1);
    expect(report.rooms.find((r) => r.name === '103')!.doors[0]).toMatchObject({ hasGateway: true, gatewayOnline: false });
    // From now on the new gateway is asked like the others.
    await checkNow();
    expect(count('/v3/gateway/listByLock')).toBe(0);
  });
});
