import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSifelyClient } from '../../electron/core/sifely/client';
import { setLogLevel } from '../../electron/core/log';
import { failure, FAST_RETRY, startRig, type Rig } from './sifely-setup';
import { TEST_INSTANT, TEST_INSTANT_MS, testClock, testTime } from '../support/time';

setLogLevel('error');
const HOUR = 3_600_000;
let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(() => rig.close());

describe('authentication (§3)', () => {
  it('Open API: JSON login with the MD5, raw sk- key, wrapped and unwrapped answers', async () => {
    const info = await rig.client.login();
    expect(info).toMatchObject({ generation: 'openapi', plan: 'STARTER', lockNum: 3 });
    expect(info.clientId).toMatch(/^cli_/);
    await rig.admin('settings', { unwrappedLogin: true });
    const flat = createSifelyClient({
      time: testTime(rig.clock),
      baseUrl: rig.sim.url,
      account: rig.account,
      password: rig.password,
      rateLimit: { perMinute: 0 },
    });
    expect((await flat.listAllLocks()).length).toBe(3);
  });

  it('wrong password is an auth error and is not retried in a loop', async () => {
    const bad = createSifelyClient({
      time: testTime(rig.clock),
      baseUrl: rig.sim.url,
      account: rig.account,
      password: 'nope',
      rateLimit: { perMinute: 0 },
    });
    expect(await failure(bad.listLocks())).toMatchObject({ kind: 'auth', code: 401 });
  });

  it('re-logs in once after a 401 (key rotated elsewhere) and carries on', async () => {
    await rig.client.listLocks();
    const a = rig.sim.state.accounts.get(rig.account)!;
    a.apiKey = 'sk-rotated';
    expect((await rig.client.listLocks()).total).toBe(3);
  });

  it('402 stops every call until the manager signs in again', async () => {
    await rig.admin('account', { account: rig.account, planActive: false });
    expect(await failure(rig.client.listLocks())).toMatchObject({ kind: 'billing', code: 50504 });
    await rig.admin('account', { account: rig.account, planActive: true });
    // Still stopped (no call reaches the cloud) until an explicit login clears it.
    expect(await failure(rig.client.listLocks())).toMatchObject({ kind: 'billing' });
    await rig.client.login();
    expect((await rig.client.listLocks()).total).toBe(3);
  });

  it('legacy: query login, Bearer JWT, refresh through oauthToken 5 minutes before expiry', async () => {
    // The cloud and the desk share one clock here, so moving it keeps `date` fresh (§4).
    const clock = testClock(TEST_INSTANT, { frozen: true });
    await rig.close();
    rig = await startRig({ generation: 'legacy', clientId: 'HOTEL' }, clock);
    rig.sim.state.settings.legacyTokenTtlSec = 600;
    const legacy = rig.client;
    const info = await legacy.login();
    expect(info.generation).toBe('legacy');
    expect((await legacy.listLocks()).total).toBe(3);
    const tokensBefore = rig.sim.state.legacyTokens.size;
    clock.advance(6 * 60_000); // inside the 5-minute margin of a 10-minute token
    expect((await legacy.listAllLocks()).length).toBe(3);
    expect(rig.sim.state.legacyTokens.size).toBe(tokensBefore + 1);
    expect(rig.sim.state.refreshTokens.size).toBe(1); // the old refresh token was consumed
    clock.advance(60 * 60_000); // long expired: refresh still works with the refresh token
    expect((await legacy.listLocks()).total).toBe(3);
  });

  it('legacy: a bad token answers HTTP 200 + code 401 and the client signs in again', async () => {
    const legacy = createSifelyClient({
      time: testTime(rig.clock),
      baseUrl: rig.sim.url,
      generation: 'legacy',
      clientId: 'HOTEL',
      account: rig.account,
      password: rig.password,
      rateLimit: { perMinute: 0 },
    });
    await legacy.listLocks();
    rig.sim.state.legacyTokens.clear();
    expect((await legacy.listLocks()).total).toBe(3);
    const res = await fetch(`${rig.sim.url}/v3/lock/list?pageNo=1&pageSize=20`, {
      method: 'POST',
      headers: { Authorization: 'Bearer eyJ.x.y' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 401 });
  });
});

describe('locks and gateways (§10.18–10.22, §10.30–10.32)', () => {
  it('lists only the admin’s locks, with secrets stripped from list and detail', async () => {
    const locks = await rig.client.listAllLocks();
    expect(locks.map((l) => l.lockAlias).sort()).toEqual(['Annex', 'Entrance', 'Room 101']);
    const detail = await rig.client.getLockDetail(rig.lock('Room 101'));
    expect(detail).toMatchObject({
      lockAlias: 'Room 101',
      electricQuantity: 81,
      keyboardPwdVersion: 4,
      timezoneRawOffset: 0,
      hasGateway: 1,
    });
    for (const secret of ['noKeyPwd', 'adminPwd', 'aesKeyStr', 'lockKey', 'lockData', 'deletePwd']) {
      expect(detail).not.toHaveProperty(secret);
      expect(locks[0]).not.toHaveProperty(secret);
    }
    expect(await failure(rig.client.getLockDetail(rig.lock('Not ours')))).toMatchObject({ kind: 'not-found', code: -1003 });
  });

  it('decodes wrapped reads (switch) the same as raw ones', async () => {
    await rig.admin('settings', { wrappedReads: true });
    expect((await rig.client.getLockDetail(rig.lock('Entrance'))).lockAlias).toBe('Entrance');
    expect(await rig.client.queryOpenState(rig.lock('Entrance'))).toBe(0);
  });

  it('gateways of a lock, gateway detail with online flag, locks of a gateway', async () => {
    const room = rig.lock('Room 101');
    const [gw] = await rig.client.listGatewaysOfLock(room);
    expect(gw).toMatchObject({ gatewayName: 'Gateway Room 101' });
    expect(gw!.gatewayMac).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
    expect(await rig.client.getGatewayDetail(gw!.gatewayId)).toMatchObject({ isOnline: 1, lockNum: 1, gatewayVersion: 2 });
    expect((await rig.client.listLocksOfGateway(gw!.gatewayId)).map((l) => l.lockId)).toEqual([room]);
    expect(await rig.client.listGatewaysOfLock(rig.lock('Annex'))).toEqual([]);
    await rig.admin('gateway', { gatewayId: gw!.gatewayId, online: false });
    expect((await rig.client.getGatewayDetail(gw!.gatewayId)).isOnline).toBe(0);
    expect(await failure(rig.client.getGatewayDetail(1))).toMatchObject({ kind: 'not-found', code: -4037 });
  });

  it('remote unlock flips the open state and writes a gateway record; no gateway / offline / disabled are typed', async () => {
    const room = rig.lock('Room 101');
    await rig.client.unlock(room);
    expect(await rig.client.queryOpenState(room)).toBe(1);
    await rig.client.lock(room);
    expect(await rig.client.queryOpenState(room)).toBe(0);
    const records = await rig.client.listAllRecords(room);
    expect(records.map((r) => [r.recordType, r.recordTypeFromLock, r.success])).toEqual([
      [52, 52, 1],
      [12, 28, 1],
    ]);
    expect(await failure(rig.client.unlock(rig.lock('Annex')))).toMatchObject({ kind: 'no-gateway', code: -2012 });
    rig.sim.state.locks.get(room)!.remoteEnable = false;
    expect(await failure(rig.client.unlock(room))).toMatchObject({ kind: 'invalid', code: -4043 });
    rig.sim.state.locks.get(room)!.gatewayOnline = false;
    expect(await failure(rig.client.unlock(room))).toMatchObject({ kind: 'lock-offline', code: -3002 });
    rig.sim.state.locks.get(room)!.isFrozen = true;
    expect(await failure(rig.client.unlock(room))).toMatchObject({ code: -2025 });
  });
});

describe('passcodes (§10.10–10.13, §10.20)', () => {
  const start = Math.floor(TEST_INSTANT_MS / HOUR) * HOUR + HOUR;
  const end = start + 48 * HOUR;

  it('custom code through the gateway opens the lock in its window only; change and delete reach the lock', async () => {
    const room = rig.lock('Room 101');
    const { keyboardPwdId } = await rig.client.addPasscode({
      lockId: room,
      keyboardPwd: '048213',
      keyboardPwdName: 'FD 101 García',
      startDate: start,
      endDate: end,
    });
    const [listed] = await rig.client.listAllPasscodes(room);
    expect(listed).toMatchObject({
      keyboardPwdId,
      keyboardPwd: '048213',
      keyboardPwdType: 3,
      isCustom: 1,
      keyboardPwdName: 'FD 101 García',
    });
    expect(listed!.sendDate).toBeGreaterThan(0);
    expect(rig.sim.state.canOpen(room, { passcode: '048213' }, start + HOUR)).toBe(true);
    expect(rig.sim.state.canOpen(room, { passcode: '048213' }, end + 1)).toBe(false);
    // The admin surface answers the same question over HTTP (card= and passcode=).
    expect(await rig.admin(`can-open?lockId=${room}&passcode=048213&at=${start + HOUR}`)).toEqual({ canOpen: true });
    expect(await rig.admin(`can-open?lockId=${room}&passcode=048213&at=${end}`)).toEqual({ canOpen: false });
    await rig.client.changePasscode({ lockId: room, keyboardPwdId, startDate: start, endDate: end + 24 * HOUR });
    expect(rig.sim.state.canOpen(room, { passcode: '048213' }, end + 1)).toBe(true);
    await rig.client.changePasscode({ lockId: room, keyboardPwdId, newKeyboardPwd: '550173' });
    expect(rig.sim.state.canOpen(room, { passcode: '048213' }, start + HOUR)).toBe(false);
    expect(rig.sim.state.canOpen(room, { passcode: '550173' }, start + HOUR)).toBe(true);
    await rig.client.deletePasscode(room, keyboardPwdId);
    expect(rig.sim.state.canOpen(room, { passcode: '550173' }, start + HOUR)).toBe(false);
    expect(await rig.client.listAllPasscodes(room)).toEqual([]);
    expect(await failure(rig.client.deletePasscode(room, keyboardPwdId))).toMatchObject({ kind: 'not-found', code: -2009 });
  });

  it('refuses bad digits, duplicates and a full lock with typed errors', async () => {
    const room = rig.lock('Room 101');
    expect(await failure(rig.client.addPasscode({ lockId: room, keyboardPwd: '123456', startDate: start, endDate: end }))).toMatchObject({
      kind: 'invalid',
      code: -2032,
    });
    expect(await failure(rig.client.addPasscode({ lockId: room, keyboardPwd: '999999', startDate: start, endDate: end }))).toMatchObject({
      code: -2032,
    });
    expect(await failure(rig.client.addPasscode({ lockId: room, keyboardPwd: '12', startDate: start, endDate: end }))).toMatchObject({
      code: -3006,
    });
    await rig.client.addPasscode({ lockId: room, keyboardPwd: '730261', startDate: start, endDate: end });
    expect(await failure(rig.client.addPasscode({ lockId: room, keyboardPwd: '730261', startDate: start, endDate: end }))).toMatchObject({
      kind: 'duplicate',
      code: -3007,
    });
    expect(await failure(rig.client.addPasscode({ lockId: room, keyboardPwd: '730262', startDate: end, endDate: start }))).toMatchObject({
      kind: 'invalid',
      code: -3,
    });
    rig.sim.state.settings.customPasscodeCapacity = 1;
    expect(await failure(rig.client.addPasscode({ lockId: room, keyboardPwd: '730263', startDate: start, endDate: end }))).toMatchObject({
      kind: 'storage-full',
      code: -3009,
    });
  });

  it('no gateway → -2012 (or HTTP 400 text with the switch), offline → -3002, busy → -3003 retried once', async () => {
    const annex = rig.lock('Annex');
    const add = (lockId: number, digits: string) => rig.client.addPasscode({ lockId, keyboardPwd: digits, startDate: start, endDate: end });
    expect(await failure(add(annex, '402817'))).toMatchObject({ kind: 'no-gateway', code: -2012 });
    await rig.admin('settings', { noGatewayStyle: 'http400' });
    expect(await failure(add(annex, '402817'))).toMatchObject({ kind: 'no-gateway', code: -2012 });
    const entrance = rig.lock('Entrance');
    rig.sim.state.locks.get(entrance)!.gatewayOnline = false;
    expect(await failure(add(entrance, '402817'))).toMatchObject({ kind: 'lock-offline', code: -3002 });
    rig.sim.state.locks.get(entrance)!.gatewayOnline = true;
    await rig.admin('faults', { path: '/v3/keyboardPwd/add', error: { body: { code: -3003, msg: 'busy' } }, times: 1 });
    expect(await add(entrance, '402817')).toHaveProperty('keyboardPwdId');
    await rig.admin('faults', { path: '/v3/keyboardPwd/add', error: { body: { code: -3003, msg: 'busy' } }, times: 2 });
    expect(await failure(add(entrance, '402818'))).toMatchObject({ kind: 'gateway-busy', code: -3003, unclear: false });
  });

  it('cloud-only operations: addType 1 never reaches the lock; deleteType 1 leaves the code working until it expires', async () => {
    const room = rig.lock('Room 101');
    await rig.client.addPasscode({ lockId: room, keyboardPwd: '604918', startDate: start, endDate: end, addType: 1 });
    expect((await rig.client.listAllPasscodes(room)).map((p) => p.keyboardPwd)).toEqual(['604918']);
    expect(rig.sim.state.canOpen(room, { passcode: '604918' }, start + HOUR)).toBe(false);
    const { keyboardPwdId } = await rig.client.addPasscode({ lockId: room, keyboardPwd: '604919', startDate: start, endDate: end });
    await rig.client.deletePasscode(room, keyboardPwdId, { deleteType: 1 });
    expect((await rig.client.listAllPasscodes(room)).map((p) => p.keyboardPwd)).toEqual(['604918']);
    expect(rig.sim.state.canOpen(room, { passcode: '604919' }, start + HOUR)).toBe(true);
    expect(rig.sim.state.canOpen(room, { passcode: '604919' }, end)).toBe(false);
  });

  it('offline codes: whole hours, same digits on re-request, -1026 after delete, 24-hour first use, keypad records', async () => {
    const annex = rig.lock('Annex'); // no gateway needed
    const s = start + 20 * 60_000; // 20 past: cut to the hour
    const code = await rig.client.getOfflinePasscode({
      lockId: annex,
      keyboardPwdType: 3,
      keyboardPwdName: 'FD Annex',
      startDate: s,
      endDate: end + 15 * 60_000,
    });
    expect(code).toMatchObject({ startDate: start, endDate: end });
    expect(code.keyboardPwd).toMatch(/^\d{8}$/);
    const again = await rig.client.getOfflinePasscode({ lockId: annex, keyboardPwdType: 3, startDate: start, endDate: end });
    expect(again.keyboardPwd).toBe(code.keyboardPwd);
    const [listed] = await rig.client.listAllPasscodes(annex);
    expect(listed).toMatchObject({ isCustom: 0, keyboardPwdType: 3, startDate: start, endDate: end });

    // 24-hour rule: unused for a day → dead; used within the day → good until the end.
    expect(rig.sim.state.canOpen(annex, { passcode: code.keyboardPwd }, start + 25 * HOUR)).toBe(false);
    const typed = (await rig.admin('keypad', { lockId: annex, passcode: code.keyboardPwd, at: start + 2 * HOUR })) as { opened: boolean };
    expect(typed.opened).toBe(true);
    expect(rig.sim.state.canOpen(annex, { passcode: code.keyboardPwd }, start + 25 * HOUR)).toBe(true);
    expect(rig.sim.state.canOpen(annex, { passcode: code.keyboardPwd }, end)).toBe(false);
    await rig.admin('keypad', { lockId: annex, passcode: '13572468', at: start + 3 * HOUR });
    const records = await rig.client.listAllRecords(annex);
    expect(records.map((r) => [r.recordType, r.recordTypeFromLock, r.success, r.keyboardPwd])).toEqual([
      [4, 7, 0, '13572468'],
      [4, 4, 1, code.keyboardPwd],
    ]);
    expect(records[1]!.username).toBe('FD Annex');

    // Deleting in the cloud only (no gateway) keeps it on the lock; asking again for that period is refused.
    expect(await failure(rig.client.deletePasscode(annex, code.keyboardPwdId))).toMatchObject({ code: -2012 });
    await rig.client.deletePasscode(annex, code.keyboardPwdId, { deleteType: 1 });
    expect(rig.sim.state.canOpen(annex, { passcode: code.keyboardPwd }, start + 26 * HOUR)).toBe(true);
    expect(
      await failure(rig.client.getOfflinePasscode({ lockId: annex, keyboardPwdType: 3, startDate: start, endDate: end })),
    ).toMatchObject({ kind: 'duplicate', code: -1026 });
    const later = await rig.client.getOfflinePasscode({ lockId: annex, keyboardPwdType: 3, startDate: start + HOUR, endDate: end });
    expect(later.keyboardPwd).not.toBe(code.keyboardPwd);
    rig.sim.state.locks.get(annex)!.hasOfflineData = false;
    expect(await failure(rig.client.getOfflinePasscode({ lockId: annex, keyboardPwdType: 1, startDate: start }))).toMatchObject({
      code: -1007,
    });
  });

  it('pagination against the simulator stops correctly (§7)', async () => {
    const room = rig.lock('Room 101');
    for (let i = 0; i < 7; i++) await rig.client.addPasscode({ lockId: room, keyboardPwd: `5${i}0${i}82`, startDate: start, endDate: end });
    const page2 = await rig.client.listPasscodes(room, 2, 3);
    expect(page2).toMatchObject({ pageNo: 2, pageSize: 3, pages: 3, total: 7 });
    expect((await rig.client.listPasscodes(room, 4, 3)).list).toEqual([]);
    expect((await rig.client.listAllPasscodes(room)).length).toBe(7);
  });
});

describe('IC cards (§10.24–10.26, §12)', () => {
  const start = TEST_INSTANT_MS - HOUR;
  const end = TEST_INSTANT_MS + 48 * HOUR;

  it('plain and reversed assignment; the card opens only its lock in its window; deleteType 2 revokes', async () => {
    const room = rig.lock('Room 101');
    const { cardId } = await rig.client.addCard({
      lockId: room,
      cardNumber: '3661413478',
      cardName: 'FD 101 A',
      startDate: start,
      endDate: end,
    });
    const rev = await rig.client.addCard({
      lockId: room,
      cardNumber: '3661413478',
      cardName: 'FD 101 B',
      startDate: start,
      endDate: end,
      reversed: true,
    });
    const cards = await rig.client.listAllCards(room);
    expect(cards.map((c) => [c.cardId, c.cardNumber])).toEqual([
      [cardId, '3661413478'],
      [rev.cardId, '1723612378'],
    ]);
    expect(rig.sim.state.canOpen(room, { card: '1723612378' }, rig.now())).toBe(true);
    expect(rig.sim.state.canOpen(rig.lock('Entrance'), { card: '1723612378' }, rig.now())).toBe(false);
    expect(rig.sim.state.canOpen(room, { card: '1723612378' }, end + 1)).toBe(false);
    const tap = (await rig.admin('card-tap', { lockId: room, card: '1723612378' })) as { opened: boolean };
    expect(tap.opened).toBe(true);
    expect((await rig.client.listRecords(room)).list[0]).toMatchObject({
      recordType: 7,
      recordTypeFromLock: 17,
      success: 1,
      keyboardPwd: '1723612378',
      username: 'FD 101 B',
    });
    await rig.client.deleteCard(room, rev.cardId);
    expect(rig.sim.state.canOpen(room, { card: '1723612378' }, rig.now())).toBe(false);
    expect(await failure(rig.client.deleteCard(room, rev.cardId))).toMatchObject({ kind: 'not-found', code: -1021 });
  });

  it('a card deleted in the cloud only keeps opening the lock; an addType 1 card never did', async () => {
    const room = rig.lock('Room 101');
    const { cardId } = await rig.client.addCard({ lockId: room, cardNumber: '5550001111', startDate: start, endDate: end });
    await rig.client.deleteCard(room, cardId, { deleteType: 1 });
    expect(await rig.client.listAllCards(room)).toEqual([]);
    expect(rig.sim.state.canOpen(room, { card: '5550001111' }, rig.now())).toBe(true);
    await rig.client.addCard({ lockId: room, cardNumber: '5550002222', startDate: start, endDate: end, addType: 1 });
    expect(rig.sim.state.canOpen(room, { card: '5550002222' }, rig.now())).toBe(false);
  });

  it('capacity -4056, no gateway -2012, gateway offline at a chosen moment -3002', async () => {
    const room = rig.lock('Room 101');
    rig.sim.state.settings.cardCapacity = 1;
    await rig.client.addCard({ lockId: room, cardNumber: '1', startDate: start, endDate: end });
    expect(await failure(rig.client.addCard({ lockId: room, cardNumber: '2', startDate: start, endDate: end }))).toMatchObject({
      kind: 'storage-full',
      code: -4056,
    });
    expect(await failure(rig.client.addCard({ lockId: rig.lock('Annex'), cardNumber: '2', startDate: start, endDate: end }))).toMatchObject(
      { kind: 'no-gateway' },
    );
    rig.sim.state.settings.cardCapacity = 1000;
    const entrance = rig.lock('Entrance');
    await rig.admin('gateway', { gatewayId: rig.gatewayOf(entrance), offlineFrom: rig.now() + 60_000 });
    await rig.client.addCard({ lockId: entrance, cardNumber: '3', startDate: start, endDate: end });
    await rig.admin('gateway', { gatewayId: rig.gatewayOf(entrance), offlineFrom: rig.now() - 1, offlineUntil: rig.now() + 60_000 });
    expect(await failure(rig.client.addCard({ lockId: entrance, cardNumber: '4', startDate: start, endDate: end }))).toMatchObject({
      kind: 'lock-offline',
      code: -3002,
    });
  });

  it('period change: changePeriod where offered, else delete + re-add with a new id', async () => {
    const room = rig.lock('Room 101');
    const { cardId } = await rig.client.addCard({ lockId: room, cardNumber: '7770001', startDate: start, endDate: end });
    const moved = await rig.client.changeCardPeriod({
      lockId: room,
      cardId,
      cardNumber: '7770001',
      cardName: 'x',
      startDate: start,
      endDate: end + 24 * HOUR,
    });
    expect(moved.replaced).toBe(true);
    expect(moved.cardId).not.toBe(cardId);
    expect(rig.sim.state.canOpen(room, { card: '7770001' }, end + HOUR)).toBe(true);

    const other = createSifelyClient({
      time: testTime(rig.clock),
      baseUrl: rig.sim.url,
      account: rig.account,
      password: rig.password,
      rateLimit: { perMinute: 0 },
      retry: FAST_RETRY,
    });
    await rig.admin('settings', { cardChangePeriod: true });
    const same = await other.changeCardPeriod({
      lockId: room,
      cardId: moved.cardId,
      cardNumber: '7770001',
      startDate: start,
      endDate: end,
    });
    expect(same).toEqual({ cardId: moved.cardId, replaced: false });
    expect(rig.sim.state.canOpen(room, { card: '7770001' }, end + HOUR)).toBe(false);
  });
});
