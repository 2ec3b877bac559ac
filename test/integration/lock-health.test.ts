import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import type { LockHealthReport } from '../../shared/domain/lock-health';
import { TEST_INSTANT, testClock } from '../support/time';
import { english } from '../../shared/messages';

let desk: Desk;
let dir: string;
const clock = testClock(TEST_INSTANT);
beforeAll(async () => {
  setLogLevel('error');
  dir = mkdtempSync(join(tmpdir(), 'health-'));
  // The real cloud's cap on forced checks (demo mode has none: its simulator has no rate limit).
  desk = await createDesk({ dbFile: join(dir, 'desk.sqlite'), timeZone: 'Europe/Madrid', clock, lockHealth: { minForcedMs: 20_000 } });
});
afterAll(async () => {
  await desk.close();
  rmSync(dir, { recursive: true, force: true });
});

async function health(refresh: boolean): Promise<LockHealthReport> {
  const r = await desk.dispatch('lock:health', { refresh });
  if (!r.ok) throw new Error(english(r.msg));
  return r.value as LockHealthReport;
}

describe('lock health beside each room', () => {
  it('reports battery and gateway per door from the cloud, and the desk’s own pending work', async () => {
    const report = await health(true);
    expect(report.checkedAtMs).not.toBeNull();
    const r101 = report.rooms.find((r) => r.name === '101')!;
    expect(r101.doors.map((d) => d.name)).toEqual(['Room 101', 'Entrance']);
    expect(r101.doors[0]).toMatchObject({
      battery: 95,
      hasGateway: true,
      gatewayOnline: true,
      pendingOps: 0,
      activeCredentials: 0,
      problem: null,
    });
    expect(r101.doors[1]).toMatchObject({ battery: 88, kind: 'shared' });
  });

  it('a gateway outage shows after a check, and a lock without a gateway says so', async () => {
    const sim = desk.simulator!.state;
    const lock = (alias: string) => [...sim.locks.values()].find((l) => l.lockAlias === alias)!;
    lock('Room 102').gatewayOnline = false;
    lock('Room 103').hasGateway = false;
    // Only seconds since the last check: a forced refresh is capped, so the cache answers.
    expect((await health(true)).rooms.find((r) => r.name === '102')!.doors[0]!.gatewayOnline).toBe(true);
    expect((await health(false)).rooms.find((r) => r.name === '102')!.doors[0]!.gatewayOnline).toBe(true);
    clock.advance(30_000);
    const after = await health(true);
    expect(after.rooms.find((r) => r.name === '102')!.doors[0]).toMatchObject({ hasGateway: true, gatewayOnline: false });
    expect(after.rooms.find((r) => r.name === '103')!.doors[0]).toMatchObject({ hasGateway: false, gatewayOnline: false });
    // The shared entrance's gateway is untouched.
    expect(after.rooms.find((r) => r.name === '102')!.doors[1]!.gatewayOnline).toBe(true);
  });

  it('a cloud outage is reported with the last good check time, and clears when the cloud answers again', async () => {
    clock.advance(30_000);
    const good = await health(true);
    expect(good.unreachableSinceMs).toBeNull();
    const fault = desk.simulator!.faults.add({ error: { status: 503, body: 'Service Unavailable' } });
    clock.advance(30_000);
    const failedFrom = clock.wall();
    const down = await health(true);
    expect(down.unreachableSinceMs).toBeGreaterThanOrEqual(failedFrom);
    expect(down.unreachableSinceMs).toBeLessThanOrEqual(clock.wall());
    expect(down.checkedAtMs).toBe(good.checkedAtMs); // the facts on screen are still the last good ones
    desk.simulator!.faults.remove(fault);
    clock.advance(30_000);
    const backFrom = clock.wall();
    const back = await health(true);
    expect(back.unreachableSinceMs).toBeNull();
    expect(back.checkedAtMs).toBeGreaterThanOrEqual(backFrom);
  });

  it('rejects a malformed request with a clear error', async () => {
    const r = await desk.dispatch('lock:health', { refresh: 'yes' });
    expect(r.ok).toBe(false);
  });
});
