import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingDetail } from '../../shared/domain/booking';
import type { Credential } from '../../shared/domain/credential';
import { formatMessage } from '../../shared/messages';
import { slipDateTime } from '../../electron/core/slip/format';
import type { Desk } from '../../electron/core/desk';
import { enterPasscode } from '../../electron/core/sifely-simulator/lock-actions';
import { drainOutbox, openDemoDesk, until } from './demo-desk';
import { testClock } from '../support/time';

/**
 * Offline codes that really open the door (issue 16): the simulator's lock-side model of an
 * offline period code (first use within 24 h of its start, §10.10, §9.1) decides, at the guest's
 * real entry times. Every test runs at a fixed instant: the demo bookings are seeded from it.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = 'Europe/Madrid';
/** Wednesday 11 March 2026, 09:20 in Madrid (UTC+1): the demo's "today" arrivals come at 15:00. */
const ORIGIN = Date.parse('2026-03-11T09:20:00+01:00');
const at = (iso: string): number => Date.parse(iso);

let desk: Desk;
let close: () => Promise<void>;
/** The desk's clock (and the demo cloud's) starts at ORIGIN and runs in real time (the outbox needs time to pass); `jumpTo` moves it. */
let clock = testClock(ORIGIN);
const jumpTo = (ms: number): void => clock.setWall(ms);

beforeEach(async () => {
  clock = testClock(ORIGIN);
  ({ desk, close } = await openDemoDesk({ clock, timeZone: ZONE }));
});
afterEach(() => close());

const sim = () => desk.simulator!;
const lock = (alias: string) => [...sim().state.locks.values()].find((l) => l.lockAlias === alias)!;
const get = (bookingId: number) => desk.handlers['booking:get']({ bookingId });
const entranceCodes = (d: BookingDetail): Credential[] => d.credentials.filter((c) => c.doorName === 'Entrance' && c.kind === 'passcode');
const held = (d: BookingDetail): Credential => entranceCodes(d).find((c) => c.state === 'issued' || c.state === 'pending')!;
/** The guest types the code at the door: this changes the lock (first use starts the 24-hour clock). */
const typeAt = (alias: string, digits: string, atMs: number): boolean =>
  enterPasscode(sim().state, lock(alias).lockId, digits, atMs).opened;
const settled = async (bookingId: number): Promise<BookingDetail> => {
  await until(async () => (await get(bookingId)).credentials.every((c) => c.state !== 'pending' && c.state !== 'revoking'));
  return get(bookingId);
};
const requestsTo = (path: string): number => sim().requests.filter((r) => r.path === path).length;

// Demo bookings seeded at ORIGIN (sample-property.ts): 2 = Tom Becker, room 102, 11 Mar 15:00 → 14 Mar 11:00;
// 5 = Lukas Novák, room 202, 10 Mar 15:00 → 14 Mar 11:00 (already in house).
describe('an offline code starts where the guest can still use it for the first time', () => {
  it('a guest who arrived yesterday gets a code from the current hour: it opens now (day 2) and on day 3, and the slip says so', async () => {
    lock('Entrance').hasGateway = false;
    jumpTo(at('2026-03-11T17:20:00+01:00')); // 26 h after the arrival: a code from the arrival would be dead
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 5 });
    const code = held(d);
    expect(code).toMatchObject({ state: 'issued', offline: true, startMs: at('2026-03-11T17:00:00+01:00'), endMs: d.departureMs });
    expect(code.secret).toMatch(/^\d{6,9}$/);
    expect(typeAt('Entrance', code.secret, at('2026-03-11T17:35:00+01:00'))).toBe(true);
    expect(typeAt('Entrance', code.secret, at('2026-03-12T22:10:00+01:00'))).toBe(true);
    expect(typeAt('Entrance', code.secret, d.departureMs + HOUR)).toBe(false);

    const { html } = await desk.handlers['slip:render']({ bookingId: 5, language: 'en' });
    expect(html).toContain(slipDateTime(code.startMs, ZONE, 'en'));
    expect(html).toContain('Use this code for the first time within 24 hours of its start.');
  });

  it('a code issued the day before arrival starts at the arrival hour, so the guest’s first entry is inside its first 24 hours', async () => {
    lock('Entrance').hasGateway = false;
    jumpTo(at('2026-03-10T11:05:00+01:00')); // 28 h before Tom's arrival
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 2 });
    const code = held(d);
    expect(code).toMatchObject({ state: 'issued', offline: true, startMs: d.arrivalMs });
    // Day 1, a late arrival; day 3 in the evening.
    expect(typeAt('Entrance', code.secret, at('2026-03-11T22:40:00+01:00'))).toBe(true);
    expect(typeAt('Entrance', code.secret, at('2026-03-13T20:00:00+01:00'))).toBe(true);
  });
});

describe('a guest who will arrive more than 24 h after their code starts', () => {
  it('gets a fresh code for the new arrival when the stay moves two days later', async () => {
    lock('Entrance').hasGateway = false;
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 2 });
    const before = held(d);
    expect(before.startMs).toBe(d.arrivalMs);
    await desk.handlers['access:apply-change']({ bookingId: 2, arrivalMs: d.arrivalMs + 2 * DAY, departureMs: d.departureMs + 2 * DAY });
    const code = held(await settled(2));
    expect(code).toMatchObject({ state: 'issued', offline: true, startMs: d.arrivalMs + 2 * DAY, endMs: d.departureMs + 2 * DAY });
    // The old code would be dead by then (never typed in its first 24 hours); the new one opens on day 1 and day 3.
    expect(sim().state.canOpen(lock('Entrance').lockId, { passcode: before.secret }, d.arrivalMs + 2 * DAY + HOUR)).toBe(false);
    expect(typeAt('Entrance', code.secret, d.arrivalMs + 2 * DAY + HOUR)).toBe(true);
    expect(typeAt('Entrance', code.secret, at('2026-03-15T20:00:00+01:00'))).toBe(true);
  });
});

describe('a lost answer on the offline-code call', () => {
  it('takes the cloud’s digits and window, marks the code offline, and a later extension issues a new code instead of changing it', async () => {
    lock('Entrance').hasGateway = false;
    sim().faults.add({ path: '/v3/keyboardPwd/get', drop: 'destroy', times: 1 });
    await desk.handlers['access:issue-passcode']({ bookingId: 2 });
    const d = await settled(2);
    const code = held(d);
    const onCloud = sim()
      .state.passcodesOf(lock('Entrance').lockId)
      .filter((p) => p.inCloud);
    expect(onCloud).toHaveLength(1); // found by its label, not fetched twice
    expect(code).toMatchObject({
      state: 'issued',
      offline: true,
      secret: onCloud[0]!.keyboardPwd,
      startMs: onCloud[0]!.startDate,
      endMs: onCloud[0]!.endDate,
    });
    expect(code.secret).not.toBe(d.credentials.find((c) => c.doorName === 'Room 102')!.secret);
    expect(typeAt('Entrance', code.secret, d.arrivalMs + 30 * 60_000)).toBe(true);
    expect(typeAt('Entrance', code.secret, at('2026-03-13T20:00:00+01:00'))).toBe(true);

    await desk.handlers['access:apply-change']({ bookingId: 2, departureMs: d.departureMs + DAY });
    const extended = await settled(2);
    const fresh = held(extended);
    expect(requestsTo('/v3/keyboardPwd/change')).toBe(1); // the room door's custom code only; never the offline one (-3008)
    expect(fresh).toMatchObject({ state: 'issued', offline: true, endMs: d.departureMs + DAY });
    expect(fresh.secret).not.toBe(code.secret);
    expect(typeAt('Entrance', fresh.secret, d.arrivalMs + HOUR)).toBe(true);
    expect(typeAt('Entrance', fresh.secret, d.departureMs + 12 * HOUR)).toBe(true);
  });
});

describe('extend, then shorten back, on an offline-code door', () => {
  it('gets -1026 for a window fetched and deleted before, and takes the hour before instead of failing', async () => {
    lock('Entrance').gatewayOnline = false;
    const first = held(await desk.handlers['access:issue-passcode']({ bookingId: 2 }));
    expect(first.offline).toBe(true);
    lock('Entrance').gatewayOnline = true; // the old codes are deleted on the lock from here on

    const booked = await get(2);
    await desk.handlers['access:apply-change']({ bookingId: 2, departureMs: booked.departureMs + DAY });
    const extended = held(await settled(2));
    await desk.handlers['access:apply-change']({ bookingId: 2, departureMs: booked.departureMs });
    const back = await settled(2);
    const code = held(back);

    expect(code).toMatchObject({ state: 'issued', offline: true, startMs: booked.arrivalMs - HOUR, endMs: booked.departureMs });
    expect(entranceCodes(back).filter((c) => c.state === 'failed')).toEqual([]);
    expect(typeAt('Entrance', code.secret, booked.arrivalMs + 20 * 60_000)).toBe(true);
    expect(typeAt('Entrance', code.secret, at('2026-03-13T20:00:00+01:00'))).toBe(true);
    expect(typeAt('Entrance', code.secret, booked.departureMs + HOUR)).toBe(false);
    // The codes it replaced were deleted on the lock through the gateway.
    for (const old of [first, extended])
      expect(sim().state.canOpen(lock('Entrance').lockId, { passcode: old.secret }, booked.arrivalMs + HOUR)).toBe(false);
  });
});

describe('a lock with no gateway', () => {
  it('after -2012 the code is removed from the cloud only, never retried, and the clerk is told it opens until its end', async () => {
    lock('Entrance').hasGateway = false;
    const issued = held(await desk.handlers['access:issue-passcode']({ bookingId: 2 }));
    await desk.handlers['access:check-out']({ bookingId: 2 });
    const out = await settled(2);
    const left = entranceCodes(out).find((c) => c.id === issued.id)!;
    expect(left.state).toBe('revoked');
    expect(left.error?.key).toBe('access.codeStaysOnLock');
    expect(formatMessage(left.error!, 'en')).toContain('keeps opening Entrance until 2026-03-14 11:00');
    expect(formatMessage(left.error!, 'es')).toContain('sigue abriendo Entrance hasta el 2026-03-14 11:00');

    const simCode = sim()
      .state.passcodesOf(lock('Entrance').lockId)
      .find((p) => p.keyboardPwd === issued.secret)!;
    expect(simCode.inCloud).toBe(false); // deleteType=1: gone from the account…
    expect(sim().state.canOpen(lock('Entrance').lockId, { passcode: issued.secret }, issued.startMs + HOUR)).toBe(true); // …still on the lock
    expect(sim().state.canOpen(lock('Entrance').lockId, { passcode: issued.secret }, issued.endMs + 1)).toBe(false);

    // Room 102's custom code through its gateway; the entrance's once through the gateway (-2012)
    // and once from the cloud; then nothing more.
    const deletes = requestsTo('/v3/keyboardPwd/delete');
    expect(deletes).toBe(3);
    const status = await drainOutbox(desk);
    expect(status).toMatchObject({ queued: 0, sending: 0, gaveUp: 0 });
    await new Promise((r) => setTimeout(r, 400)); // ten back-off periods of the test desk
    expect(requestsTo('/v3/keyboardPwd/delete')).toBe(deletes);
  });
});

describe('a change the lock refuses with -3008 (§10.12)', () => {
  it('deletes the code and issues it again with the new window, instead of leaving the guest with the old end', async () => {
    sim().faults.add({
      path: '/v3/keyboardPwd/change',
      error: { body: { code: -3008, msg: 'The passcode has never been used' } },
      times: 2,
    });
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 2 });
    const digits = d.credentials[0]!.secret;
    await desk.handlers['access:apply-change']({ bookingId: 2, departureMs: d.departureMs + DAY });
    const after = await settled(2);
    for (const door of ['Room 102', 'Entrance']) {
      const c = after.credentials.find((x) => x.doorName === door && x.state === 'issued')!;
      expect(c).toMatchObject({ secret: digits, endMs: d.departureMs + DAY, error: null });
      expect(
        sim()
          .state.passcodesOf(lock(door).lockId)
          .filter((p) => p.inCloud && p.keyboardPwd === digits),
      ).toHaveLength(1);
      expect(sim().state.canOpen(lock(door).lockId, { passcode: digits }, d.departureMs + 12 * HOUR)).toBe(true);
    }
  });
});
