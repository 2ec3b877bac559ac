import { afterEach, describe, expect, it } from 'vitest';
import type { BookingDetail } from '../../shared/domain/booking';
import type { Desk } from '../../electron/core/desk';
import type { RunningSimulator } from '../../electron/core/sifely-simulator/server';
import { cloudAndDesk } from '../support/cloud-and-desk';
import { TEST_INSTANT, testClock, type TestClock } from '../support/time';
import { openDemoDesk, until } from './demo-desk';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Lukas Novák, in room 202 since yesterday, leaving in three days (demo/sample-property.ts). */
const LUKAS = 5;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const credentialOn = (d: BookingDetail, door: string) => d.credentials.find((c) => c.doorName === door && c.kind === 'card')!;
const deletesSent = (sim: RunningSimulator) => sim.requests.filter((r) => r.path === '/v3/identityCard/delete').length;

describe('a PC clock that is wrong', () => {
  it('4 days fast: the desk learns the cloud’s time from its answers, says so, and issues on the cloud’s calendar', async () => {
    const t = await cloudAndDesk(4 * DAY);
    closers.push(t.close);
    const status = await t.desk.handlers['desk:status']({});
    expect(status.clock.pcAheadMs).toBeGreaterThan(4 * DAY - MINUTE);
    expect(status.clock.pcAheadMs).toBeLessThan(4 * DAY + MINUTE);
    expect(Math.abs(status.nowMs - t.cloudClock.wall())).toBeLessThan(5_000);
    expect(t.clockSaid.at(-1)!.pcAheadMs).toBeGreaterThan(4 * DAY - MINUTE);

    // The guest in house is still in house (by the PC's clock they would have left a day ago)...
    const today = await t.desk.handlers['booking:today']({});
    expect(today.inHouse.map((b) => b.id)).toContain(LUKAS);
    // ...and a card for them opens now, on the cloud's calendar; the cloud accepted every `date`.
    const d = await t.desk.handlers['access:issue-card']({ bookingId: LUKAS, cardNumber: '4444000044' });
    expect(credentialOn(d, 'Room 202').state).toBe('issued');
    expect(credentialOn(d, 'Room 202').startMs).toBeLessThan(t.cloudClock.wall() + MINUTE);
    expect(t.sim.state.canOpen(t.lock('Room 202').lockId, { card: '4444000044' }, t.cloudClock.wall() + MINUTE)).toBe(true);
  });

  it('4 days fast: a delete that cannot land is never settled by the PC’s clock; the card stays "revocation pending" until the lock confirms', async () => {
    const t = await cloudAndDesk(4 * DAY);
    closers.push(t.close);
    await t.desk.handlers['access:issue-card']({ bookingId: LUKAS, cardNumber: '4444000045' });
    t.lock('Room 202').gatewayOnline = false;
    const out = await t.desk.handlers['access:check-out']({ bookingId: LUKAS });
    // By the PC's clock the card ended yesterday; by the cloud's (and the lock's) it still opens.
    expect(credentialOn(out, 'Room 202').endMs).toBeLessThan(t.pcClock.wall());
    await until(() => deletesSent(t.sim) >= 3);
    const pending = await t.desk.handlers['booking:get']({ bookingId: LUKAS });
    expect(credentialOn(pending, 'Room 202').state).toBe('revoking');
    expect(t.sim.state.canOpen(t.lock('Room 202').lockId, { card: '4444000045' }, t.cloudClock.wall())).toBe(true);

    t.lock('Room 202').gatewayOnline = true;
    await until(async () => credentialOn(await t.desk.handlers['booking:get']({ bookingId: LUKAS }), 'Room 202').state === 'revoked');
    expect(t.sim.state.canOpen(t.lock('Room 202').lockId, { card: '4444000045' }, t.cloudClock.wall())).toBe(false);
  });

  it('a cloud that never says its time: a refused `date` (80000) is sent again without one, and a delete is settled only by the lock', async () => {
    const t = await cloudAndDesk(0, undefined, { dateHeader: false });
    closers.push(t.close);
    await t.desk.handlers['access:issue-card']({ bookingId: LUKAS, cardNumber: '4444000048' });
    // Someone sets the PC 4 days fast: past the guest's departure, and the desk cannot tell.
    t.pcClock.jump(4 * DAY);
    t.lock('Room 202').gatewayOnline = false;
    const before = t.sim.requests.length;
    await t.desk.handlers['access:check-out']({ bookingId: LUKAS });
    await until(() => deletesSent(t.sim) >= 3);
    // The Entrance's delete went through on its second try, without `date` (the first was refused).
    const entrance = await t.desk.handlers['booking:get']({ bookingId: LUKAS });
    expect(credentialOn(entrance, 'Entrance').state).toBe('revoked');
    expect(t.sim.requests.length - before).toBeGreaterThan(3);
    // The room's lock is out of reach: by the PC's clock the card has expired, by the lock's it opens.
    expect(credentialOn(entrance, 'Room 202').state).toBe('revoking');
    expect(t.sim.state.canOpen(t.lock('Room 202').lockId, { card: '4444000048' }, t.cloudClock.wall())).toBe(true);
    expect((await t.desk.handlers['desk:status']({})).clock.pcAheadMs).toBeNull();
    t.lock('Room 202').gatewayOnline = true;
    await until(
      async () => credentialOn(await t.desk.handlers['booking:get']({ bookingId: LUKAS }), 'Room 202').state === 'revoked',
      10_000,
    );
    expect(t.sim.state.canOpen(t.lock('Room 202').lockId, { card: '4444000048' }, t.cloudClock.wall())).toBe(false);
  });

  it('a clock that was right and is then set back 3 hours: queued revocations still go out at their back-off, not 3 hours later', async () => {
    const t = await cloudAndDesk(0);
    closers.push(t.close);
    await t.desk.handlers['access:issue-card']({ bookingId: LUKAS, cardNumber: '4444000046' });
    t.lock('Room 202').gatewayOnline = false;
    await t.desk.handlers['access:check-out']({ bookingId: LUKAS });
    await until(() => deletesSent(t.sim) >= 1);
    t.pcClock.jump(-3 * HOUR);
    t.lock('Room 202').gatewayOnline = true;
    // Back-off is 1.5 s here: on the wall clock the retry would be due in 3 hours.
    await until(
      async () => credentialOn(await t.desk.handlers['booking:get']({ bookingId: LUKAS }), 'Room 202').state === 'revoked',
      10_000,
    );
    expect(t.sim.state.canOpen(t.lock('Room 202').lockId, { card: '4444000046' }, t.cloudClock.wall())).toBe(false);
    // And the desk says the PC is now 3 hours behind.
    expect((await t.desk.handlers['desk:status']({})).clock.pcAheadMs).toBeLessThan(-3 * HOUR + MINUTE);
  });

  it('a clock set forward 6 hours: a queued revocation is not sent early, before its back-off', async () => {
    const t = await cloudAndDesk(0, { baseMs: 4_000, capMs: 4_000 });
    closers.push(t.close);
    await t.desk.handlers['access:issue-card']({ bookingId: LUKAS, cardNumber: '4444000047' });
    t.lock('Room 202').gatewayOnline = false;
    await t.desk.handlers['access:check-out']({ bookingId: LUKAS });
    await until(() => deletesSent(t.sim) >= 1);
    const sent = deletesSent(t.sim);
    t.pcClock.jump(6 * HOUR);
    // New work wakes the outbox at once: on the wall clock the delete would now be 6 hours overdue.
    await t.desk.handlers['access:issue-passcode']({ bookingId: 2 });
    await new Promise((r) => setTimeout(r, 500));
    expect(deletesSent(t.sim)).toBe(sent);
    t.lock('Room 202').gatewayOnline = true;
    await until(
      async () => credentialOn(await t.desk.handlers['booking:get']({ bookingId: LUKAS }), 'Room 202').state === 'revoked',
      15_000,
    );
  });
});

describe('staff waits on a clock set back', () => {
  async function managerDesk(clock: TestClock): Promise<{ desk: Desk; id: number }> {
    const { desk, close } = await openDemoDesk({ clock });
    closers.push(close);
    const m = await desk.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' });
    return { desk, id: m.id };
  }

  it('the idle lock still fires after its minutes when the clock is set back 2 hours meanwhile', async () => {
    const clock = testClock(TEST_INSTANT, { frozen: true });
    const { desk } = await managerDesk(clock);
    expect((await desk.dispatch('booking:today', {})).ok).toBe(true);
    clock.jump(-2 * HOUR);
    clock.advance(5 * MINUTE + 1); // the default idle lock: 5 minutes
    expect(await desk.dispatch('booking:today', {})).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('the pause after five wrong PINs lasts its minute, whichever way the clock is moved', async () => {
    const clock = testClock(TEST_INSTANT, { frozen: true });
    const { desk, id } = await managerDesk(clock);
    await desk.dispatch('staff:lock', {});
    for (let i = 0; i < 5; i++) await desk.dispatch('staff:unlock', { staffId: id, pin: '0000' });
    clock.jump(2 * HOUR); // a clock set forward does not end the pause
    expect(await desk.dispatch('staff:unlock', { staffId: id, pin: '2580' })).toMatchObject({ ok: false, code: 'forbidden' });
    clock.jump(-5 * HOUR); // nor does one set back stretch it
    clock.advance(61_000);
    expect(await desk.dispatch('staff:unlock', { staffId: id, pin: '2580' })).toMatchObject({ ok: true });
  });
});
