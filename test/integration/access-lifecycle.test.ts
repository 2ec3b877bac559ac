import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingDetail } from '../../shared/domain/booking';
import type { Desk } from '../../electron/core/desk';
import { openDemoDesk, until } from './demo-desk';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ desk, close } = await openDemoDesk());
});
afterEach(() => close());

const sim = () => desk.simulator!.state;
const lock = (alias: string) => [...sim().locks.values()].find((l) => l.lockAlias === alias)!;
const opens = (alias: string, credential: { card: string } | { passcode: string }, at: number) =>
  sim().canOpen(lock(alias).lockId, credential, at);
const on = (d: BookingDetail, door: string, kind: 'card' | 'passcode') =>
  d.credentials.filter((c) => c.doorName === door && c.kind === kind);

const get = async (bookingId: number) => await desk.handlers['booking:get']({ bookingId });

describe('the guest lifecycle on a room door and the shared entrance (lock-side truth from the simulator)', () => {
  it('1–2, 7: a card opens both doors exactly inside the stay, and nothing after checkout', async () => {
    const d = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '3661413478' });
    expect(d.credentials.map((c) => [c.doorName, c.state])).toEqual([
      ['Room 101', 'issued'],
      ['Entrance', 'issued'],
    ]);
    const card = { card: '3661413478' };
    expect(opens('Room 101', card, d.arrivalMs + HOUR)).toBe(true);
    expect(opens('Entrance', card, d.departureMs - 60_000)).toBe(true);
    expect(opens('Room 101', card, d.departureMs + 60_000)).toBe(false);
    expect(opens('Room 102', card, d.arrivalMs + HOUR)).toBe(false);

    const out = await desk.handlers['access:check-out']({ bookingId: 1 });
    expect(out.credentials.every((c) => c.state === 'revoked')).toBe(true);
    expect(opens('Room 101', card, d.arrivalMs + HOUR)).toBe(false);
    expect(opens('Entrance', card, d.arrivalMs + HOUR)).toBe(false);
  });

  it('2: several cards per booking (second guest)', async () => {
    await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: '1111222233' });
    const d = await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: '4444555566' });
    expect(d.credentials.filter((c) => c.state === 'issued')).toHaveLength(4);
    expect(opens('Room 102', { card: '4444555566' }, d.arrivalMs + HOUR)).toBe(true);
    expect(opens('Room 102', { card: '1111222233' }, d.arrivalMs + HOUR)).toBe(true);
  });

  it('3: a custom passcode with the same digits on every door, valid only inside the stay', async () => {
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 1 });
    const codes = d.credentials.filter((c) => c.kind === 'passcode');
    expect(codes.map((c) => c.state)).toEqual(['issued', 'issued']);
    expect(new Set(codes.map((c) => c.secret)).size).toBe(1);
    const code = { passcode: codes[0]!.secret };
    expect(opens('Room 101', code, d.arrivalMs + HOUR)).toBe(true);
    expect(opens('Entrance', code, d.arrivalMs + HOUR)).toBe(true);
    expect(opens('Room 101', code, d.departureMs + HOUR)).toBe(false);
    await desk.handlers['access:check-out']({ bookingId: 1 });
    expect(opens('Room 101', code, d.arrivalMs + HOUR)).toBe(false);
  });

  it('3: a door whose gateway is offline gets an offline code with its whole-hour window; the card waits and lands when the gateway is back', async () => {
    lock('Entrance').gatewayOnline = false;
    const withCode = await desk.handlers['access:issue-passcode']({ bookingId: 1 });
    const entranceCode = on(withCode, 'Entrance', 'passcode')[0]!;
    const roomCode = on(withCode, 'Room 101', 'passcode')[0]!;
    expect(roomCode.state).toBe('issued');
    expect(entranceCode.state).toBe('issued');
    expect(entranceCode.secret).not.toBe(roomCode.secret);
    expect(entranceCode.startMs % HOUR).toBe(0);
    expect(entranceCode.endMs % HOUR).toBe(0);
    expect(entranceCode.endMs).toBeGreaterThanOrEqual(withCode.departureMs);

    const withCard = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '7778889990' });
    expect(on(withCard, 'Room 101', 'card')[0]!.state).toBe('issued');
    expect(on(withCard, 'Entrance', 'card')[0]!.state).toBe('pending');
    expect(opens('Entrance', { card: '7778889990' }, withCard.arrivalMs + HOUR)).toBe(false);

    lock('Entrance').gatewayOnline = true;
    await until(async () => on(await get(1), 'Entrance', 'card')[0]!.state === 'issued');
    expect(opens('Entrance', { card: '7778889990' }, withCard.arrivalMs + HOUR)).toBe(true);
  });

  it('7: a checkout while the gateway is offline revokes once it is back ("revocation pending" until then)', async () => {
    const d = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '1231231231' });
    lock('Room 101').gatewayOnline = false;
    const out = await desk.handlers['access:check-out']({ bookingId: 1 });
    expect(on(out, 'Room 101', 'card')[0]!.state).toBe('revoking');
    expect(on(out, 'Entrance', 'card')[0]!.state).toBe('revoked');
    expect(opens('Room 101', { card: '1231231231' }, d.arrivalMs + HOUR)).toBe(true);

    lock('Room 101').gatewayOnline = true;
    await until(async () => on(await get(1), 'Room 101', 'card')[0]!.state === 'revoked');
    expect(opens('Room 101', { card: '1231231231' }, d.arrivalMs + HOUR)).toBe(false);
  });

  it('5: extending a stay moves every card and code end on every door, after a preview', async () => {
    const issued = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '2468024680' });
    await desk.handlers['access:issue-passcode']({ bookingId: 1 });
    const newDeparture = issued.departureMs + DAY;
    const preview = await desk.handlers['access:preview-change']({ bookingId: 1, departureMs: newDeparture });
    expect(preview.steps).toHaveLength(4);
    expect(preview.steps.map((s) => s.door).sort()).toEqual(['Entrance', 'Entrance', 'Room 101', 'Room 101']);

    const changed = await desk.handlers['access:apply-change']({ bookingId: 1, departureMs: newDeparture });
    expect(changed.departureMs).toBe(newDeparture);
    await until(async () => (await get(1)).credentials.every((c) => c.endMs === newDeparture && c.state === 'issued'));
    const code = { passcode: (await get(1)).credentials.find((c) => c.kind === 'passcode')!.secret };
    const between = issued.departureMs + HOUR;
    expect(opens('Room 101', { card: '2468024680' }, between)).toBe(true);
    expect(opens('Entrance', code, between)).toBe(true);
    expect(opens('Room 101', { card: '2468024680' }, newDeparture + HOUR)).toBe(false);
  });

  it('5: a room move takes the card off the old room door, puts it on the new one, and keeps the entrance', async () => {
    const issued = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '1357913579' });
    const room103 = (await desk.handlers['booking:today']({})).inHouse.find((b) => b.roomName === '103')!;
    await desk.handlers['access:check-out']({ bookingId: room103.id });
    const moved = await desk.handlers['access:apply-change']({ bookingId: 1, roomId: room103.roomId });
    expect(moved.roomName).toBe('103');
    await until(async () => {
      const d = await get(1);
      return on(d, 'Room 103', 'card')[0]?.state === 'issued' && on(d, 'Room 101', 'card')[0]?.state === 'revoked';
    });
    const at = issued.arrivalMs + HOUR;
    expect(opens('Room 101', { card: '1357913579' }, at)).toBe(false);
    expect(opens('Room 103', { card: '1357913579' }, at)).toBe(true);
    expect(opens('Entrance', { card: '1357913579' }, at)).toBe(true);
  });

  it('6: a tapped card tells whose it is; "report lost" revokes it everywhere and a replacement works', async () => {
    const d = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '9990001112' });
    const who = await desk.handlers['access:identify-card']({ cardNumber: '9990001112' });
    expect(who.booking?.guestName).toBe(d.guestName);
    expect((await desk.handlers['access:identify-card']({ cardNumber: '5555555555' })).booking).toBeNull();

    await desk.handlers['access:report-lost']({ cardNumber: '9990001112' });
    expect(opens('Room 101', { card: '9990001112' }, d.arrivalMs + HOUR)).toBe(false);
    expect(opens('Entrance', { card: '9990001112' }, d.arrivalMs + HOUR)).toBe(false);
    await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '9990001113' });
    expect(opens('Room 101', { card: '9990001113' }, d.arrivalMs + HOUR)).toBe(true);
    const audit = await desk.handlers['audit:list']({ bookingId: 1 });
    expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['issue-card', 'report-lost-card']));
  });

  it('7: a cancellation revokes everything, and a cancelled booking cannot get a card', async () => {
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 2 });
    const code = { passcode: d.credentials[0]!.secret };
    const cancelled = await desk.handlers['access:cancel']({ bookingId: 2 });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.credentials.every((c) => c.state === 'revoked')).toBe(true);
    expect(opens('Room 102', code, d.arrivalMs + HOUR)).toBe(false);
    await expect(desk.dispatch('access:issue-card', { bookingId: 2, cardNumber: '1212121212' })).resolves.toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });
});

describe('8: booking changes from the store (manual edit, CSV, iCal) drive the same lock updates', () => {
  it('an edited departure moves every credential’s end on every door', async () => {
    const d = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '6060606060' });
    const later = d.departureMs + DAY;
    await desk.handlers['booking:update']({ bookingId: 1, departureMs: later });
    await until(async () => (await get(1)).credentials.every((c) => c.endMs === later && c.state === 'issued'));
    expect(opens('Entrance', { card: '6060606060' }, d.departureMs + HOUR)).toBe(true);
    expect(opens('Room 101', { card: '6060606060' }, later + HOUR)).toBe(false);
  });

  it('a booking cancelled in the store (e.g. by its iCal feed) has its passcode revoked on every door', async () => {
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 2 });
    const code = { passcode: d.credentials[0]!.secret };
    await desk.handlers['booking:update']({ bookingId: 2, status: 'cancelled' });
    await until(async () => (await get(2)).credentials.every((c) => c.state === 'revoked'));
    expect(opens('Room 102', code, d.arrivalMs + HOUR)).toBe(false);
    expect(opens('Entrance', code, d.arrivalMs + HOUR)).toBe(false);
  });
});
