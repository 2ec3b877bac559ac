import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { DEMO_ACCOUNT } from '../../electron/core/demo/sample-property';
import { createSifelyClient } from '../../electron/core/sifely/client';
import { openDemoDesk, until } from './demo-desk';
import { testTime } from '../support/time';

const HOUR = 3_600_000;

let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ desk, close } = await openDemoDesk());
});
afterEach(() => close());

const sim = () => desk.simulator!;
const lockId = (alias: string) => [...sim().state.locks.values()].find((l) => l.lockAlias === alias)!.lockId;
const cardsOnLock = (alias: string, number: string) =>
  [...sim().state.cards.values()].filter((c) => c.lockId === lockId(alias) && c.cardNumber === number && c.lock !== null);
const codesOnLock = (alias: string, digits: string) =>
  [...sim().state.passcodes.values()].filter((p) => p.lockId === lockId(alias) && p.keyboardPwd === digits && p.lock !== null);

describe('unclear failures: the write happened, the answer was lost', () => {
  it('a card whose add answer is dropped is found on the lock, not added twice', async () => {
    sim().faults.add({ path: '/v3/identityCard/add', drop: 'destroy', times: 2 });
    await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '3141592653' });
    await until(async () => (await desk.handlers['booking:get']({ bookingId: 1 })).credentials.every((c) => c.state === 'issued'));
    expect(cardsOnLock('Room 101', '3141592653')).toHaveLength(1);
    expect(cardsOnLock('Entrance', '3141592653')).toHaveLength(1);
    expect(sim().state.canOpen(lockId('Room 101'), { card: '3141592653' }, desk.time.now() + HOUR)).toBe(true);
  });

  it('a passcode whose add answer is dropped is found on the lock, not added twice', async () => {
    sim().faults.add({ path: '/v3/keyboardPwd/add', drop: 'destroy', times: 1 });
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 2 });
    await until(async () => (await desk.handlers['booking:get']({ bookingId: 2 })).credentials.every((c) => c.state === 'issued'));
    const digits = d.credentials[0]!.secret;
    expect(codesOnLock('Room 102', digits)).toHaveLength(1);
    expect(codesOnLock('Entrance', digits)).toHaveLength(1);
  });

  it('a delete whose answer is dropped still ends revoked and verified gone', async () => {
    await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '2718281828' });
    sim().faults.add({ path: '/v3/identityCard/delete', drop: 'destroy', times: 2 });
    await desk.handlers['access:check-out']({ bookingId: 1 });
    await until(async () => (await desk.handlers['booking:get']({ bookingId: 1 })).credentials.every((c) => c.state === 'revoked'));
    expect(cardsOnLock('Room 101', '2718281828')).toHaveLength(0);
    expect(sim().state.canOpen(lockId('Entrance'), { card: '2718281828' }, desk.time.now() + HOUR)).toBe(false);
  });

  it('a storm of 5xx and busy gateways on every write still lands every card exactly once', async () => {
    sim().faults.add({ path: '/v3/identityCard/add', rate: 0.5, error: { status: 503, body: 'Service Unavailable' } });
    sim().faults.add({ path: '/v3/identityCard/add', rate: 0.3, error: { body: { code: -3003, msg: 'Gateway busy' } } });
    for (const [bookingId, card] of [
      [1, '1000000001'],
      [2, '1000000002'],
      [3, '1000000003'],
    ] as const)
      await desk.handlers['access:issue-card']({ bookingId, cardNumber: card });
    await until(async () => {
      for (const id of [1, 2, 3])
        if (!(await desk.handlers['booking:get']({ bookingId: id })).credentials.every((c) => c.state === 'issued')) return false;
      return true;
    }, 20_000);
    for (const card of ['1000000001', '1000000002', '1000000003']) expect(cardsOnLock('Entrance', card)).toHaveLength(1);
  });
});

describe('the reader profile decides the card endpoint', () => {
  it('with a reversed-number profile the lock lists (and opens for) the number the desk shows', async () => {
    const status = await desk.handlers['reader:status']({});
    await desk.handlers['reader:save-profile']({ ...status.profile, card: { ...status.profile.card, endpoint: 'reversed' } });
    // The plain endpoint is made to refuse, so only the reversed one can succeed.
    sim().faults.add({ path: '/v3/identityCard/add', error: { body: { code: -3, msg: 'plain endpoint used' } } });
    // §12: the lock lists 1723612378 for a card whose UID bytes the cloud reverses from 3661413478.
    const d = await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '1723612378' });
    expect(d.credentials.map((c) => c.state)).toEqual(['issued', 'issued']);
    expect(cardsOnLock('Room 101', '1723612378')).toHaveLength(1);
    expect(sim().state.canOpen(lockId('Room 101'), { card: '1723612378' }, desk.time.now() + HOUR)).toBe(true);
  });
});

describe('the rate limit is spent where it matters', () => {
  it('a passcode clashing with someone else’s code on one door gets fresh digits there, without listing every door first', async () => {
    const owner = createSifelyClient({ time: testTime(), baseUrl: sim().url, ...DEMO_ACCOUNT, rateLimit: { perMinute: 0 } });
    const start = desk.time.now() - HOUR;
    await owner.addPasscode({
      lockId: lockId('Entrance'),
      keyboardPwd: '482913',
      keyboardPwdName: 'Owner cleaner',
      keyboardPwdType: 3,
      startDate: start,
      endDate: start + 30 * 24 * HOUR,
      addType: 2,
    });
    const d = await desk.handlers['access:issue-passcode']({ bookingId: 1, digits: '482913' });
    const room = d.credentials.find((c) => c.doorName === 'Room 101')!;
    const entrance = d.credentials.find((c) => c.doorName === 'Entrance')!;
    expect([room.state, entrance.state]).toEqual(['issued', 'issued']);
    expect(room.secret).toBe('482913');
    expect(entrance.secret).not.toBe('482913');
    expect(sim().state.canOpen(lockId('Entrance'), { passcode: entrance.secret }, d.arrivalMs + HOUR)).toBe(true);
  });

  it('while a gateway is offline only one operation per lock keeps probing, and all of them land when it is back', async () => {
    // A steady 300 ms retry: unguarded, three revocations would retry ~15 times in 1.5 s; gated, ~5.
    await close();
    ({ desk, close } = await openDemoDesk({ access: { backoff: { baseMs: 300, capMs: 300 }, interactiveWaitMs: 5_000 } }));
    for (const [bookingId, card] of [
      [1, '5100000001'],
      [2, '5100000002'],
      [3, '5100000003'],
    ] as const)
      await desk.handlers['access:issue-card']({ bookingId, cardNumber: card });
    sim().state.locks.get(lockId('Entrance'))!.gatewayOnline = false;
    for (const bookingId of [1, 2, 3]) await desk.handlers['access:check-out']({ bookingId });
    const from = desk.time.now();
    await new Promise((r) => setTimeout(r, 1_500));
    const deletesWhileOffline = sim().requests.filter((c) => c.path === '/v3/identityCard/delete' && c.atMs >= from).length;
    expect(deletesWhileOffline).toBeLessThanOrEqual(8);

    sim().state.locks.get(lockId('Entrance'))!.gatewayOnline = true;
    await until(async () => {
      for (const id of [1, 2, 3])
        if (!(await desk.handlers['booking:get']({ bookingId: id })).credentials.every((c) => c.state === 'revoked')) return false;
      return true;
    });
    for (const card of ['5100000001', '5100000002', '5100000003']) expect(cardsOnLock('Entrance', card)).toHaveLength(0);
  });
});
