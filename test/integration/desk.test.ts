import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import { TEST_INSTANT, testClock } from '../support/time';
import { worded } from '../support/in-english';

setLogLevel('error');

let dir: string;
let desk: Desk;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-int-'));
  desk = await createDesk({ clock: testClock(TEST_INSTANT), dbFile: join(dir, 'desk.sqlite'), timeZone: 'Europe/Madrid' });
});
afterEach(async () => {
  await desk.close();
  rmSync(dir, { recursive: true, force: true });
});

const lockIdOf = (alias: string): number => [...desk.simulator!.state.locks.values()].find((l) => l.lockAlias === alias)!.lockId;

describe('the desk in demo mode', () => {
  it('lists today’s sample arrivals and in-house guests', async () => {
    const r = await desk.dispatch('booking:today', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const today = r.value as { arrivals: unknown[]; inHouse: unknown[] };
    expect(today.arrivals.length).toBeGreaterThan(0);
    expect(today.inHouse.length).toBeGreaterThan(0);
  });

  it('rejects an invalid payload with a clear error, never an exception', async () => {
    await expect(desk.dispatch('access:issue-card', { bookingId: 1, cardNumber: 'abc' })).resolves.toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    await expect(desk.dispatch('access:issue-card', { bookingId: 1, cardNumber: '1234567', extra: true })).resolves.toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    await expect(desk.dispatch('no:such-channel', {})).resolves.toMatchObject({ ok: false, code: 'invalid-request' });
    await expect(desk.dispatch('booking:get', { bookingId: 999 })).resolves.toMatchObject({ ok: false, code: 'not-found' });
  });

  it('issues a card on the room door and the entrance, and checkout revokes both on the locks', async () => {
    const issued = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '1723612378' });
    expect(issued.status).toBe('checked_in');
    expect(issued.credentials.map((c) => [c.doorName, c.state])).toEqual([
      ['Room 101', 'issued'],
      ['Entrance', 'issued'],
    ]);
    const during = issued.arrivalMs + 3_600_000;
    const sim = desk.simulator!.state;
    expect(sim.canOpen(lockIdOf('Room 101'), { card: '1723612378' }, during)).toBe(true);
    expect(sim.canOpen(lockIdOf('Entrance'), { card: '1723612378' }, during)).toBe(true);
    expect(sim.canOpen(lockIdOf('Room 102'), { card: '1723612378' }, during)).toBe(false);

    const out = await desk.handlers['access:check-out']({ bookingId: 1 });
    expect(out.credentials.every((c) => c.state === 'revoked')).toBe(true);
    expect(sim.canOpen(lockIdOf('Room 101'), { card: '1723612378' }, during)).toBe(false);
    expect(sim.canOpen(lockIdOf('Entrance'), { card: '1723612378' }, during)).toBe(false);
  });

  it('refuses a card that another in-house guest holds', async () => {
    await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '5550001111' });
    await expect(desk.dispatch('access:issue-card', { bookingId: 2, cardNumber: '5550001111' })).resolves.toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });

  it('shows a card for a door whose gateway is offline as pending, with the reason', async () => {
    desk.simulator!.state.locks.get(lockIdOf('Entrance'))!.gatewayOnline = false;
    const issued = await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: '5550002222' });
    const entrance = issued.credentials.find((c) => c.doorName === 'Entrance')!;
    expect(entrance.state).toBe('pending');
    expect(worded(entrance.error)).toMatch(/gateway/i);
    expect(issued.credentials.find((c) => c.doorName === 'Room 102')!.state).toBe('issued');
  });

  it('shows a card for a door without any gateway as not issued: it can never be programmed from the desk', async () => {
    desk.simulator!.state.locks.get(lockIdOf('Entrance'))!.hasGateway = false;
    const issued = await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: '5550003333' });
    const entrance = issued.credentials.find((c) => c.doorName === 'Entrance')!;
    expect(entrance.state).toBe('failed');
    expect(worded(entrance.error)).toMatch(/gateway/i);
  });
});
