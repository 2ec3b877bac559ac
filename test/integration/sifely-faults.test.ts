import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSifelyClient } from '../../electron/core/sifely/client';
import { setLogLevel } from '../../electron/core/log';
import { failure, FAST_RETRY, startRig, type Rig } from './sifely-setup';
import { testTime } from '../support/time';

setLogLevel('error');
const HOUR = 3_600_000;
let rig: Rig;
beforeEach(async () => {
  rig = await startRig({ timeoutMs: 400 });
});
afterEach(() => rig.close());

const cardsOnLock = (lockId: number, number: string) =>
  [...rig.sim.state.cards.values()].filter((c) => c.lockId === lockId && c.cardNumber === number);

describe('unclear failures: the write happened, the answer was lost', () => {
  for (const drop of ['destroy', 'withhold'] as const) {
    it(`a card add whose answer is lost (${drop}) fails as unclear and is not resent by the client`, async () => {
      const room = rig.lock('Room 101');
      await rig.client.listLocks(); // signed in first, so only the add is in play
      await rig.admin('faults', { path: '/v3/identityCard/add', drop, times: 1 });
      const e = await failure(
        rig.client.addCard({ lockId: room, cardNumber: '9990001', cardName: 'FD 101 x1', startDate: rig.now(), endDate: rig.now() + HOUR }),
      );
      expect(e.kind).toBe(drop === 'destroy' ? 'network' : 'timeout');
      expect(e.unclear).toBe(true);
      // Applied exactly once on the cloud and on the lock: the client did not repeat it blindly.
      expect(cardsOnLock(room, '9990001')).toHaveLength(1);
      expect(rig.sim.state.canOpen(room, { card: '9990001' }, rig.now() + 1000)).toBe(true);
      // The outbox can look on the lock by the label before resending.
      expect((await rig.client.listAllCards(room)).map((c) => c.cardName)).toEqual(['FD 101 x1']);
    });
  }

  it('a 504 on a write is unclear and not retried; a 504 on a read is retried', async () => {
    const room = rig.lock('Room 101');
    await rig.client.listLocks();
    await rig.admin('faults', { path: '/v3/keyboardPwd/add', error: { status: 504, body: 'Gateway Time-out' }, times: 1 });
    const e = await failure(
      rig.client.addPasscode({ lockId: room, keyboardPwd: '402917', startDate: rig.now(), endDate: rig.now() + HOUR }),
    );
    expect(e).toMatchObject({ kind: 'unknown', code: 504, unclear: true });
    expect(rig.sim.state.passcodesOf(room)).toHaveLength(0); // this fault answered before writing: one attempt only
    // A read is retried exactly once (§5 step 1, §15.3): one 504 is absorbed, two are reported.
    await rig.admin('faults', { path: '/v3/lock/listKeyboardPwd', error: { status: 504, body: 'Gateway Time-out' }, times: 1 });
    expect((await rig.client.listPasscodes(room)).total).toBe(0);
    await rig.admin('faults', { path: '/v3/lock/listKeyboardPwd', error: { status: 503, body: 'Service Unavailable' }, times: 2 });
    expect(await failure(rig.client.listPasscodes(room))).toMatchObject({ code: 503 });
    await rig.admin('faults', { path: '/v3/lock/listKeyboardPwd', error: { status: 502, body: '<html>Bad Gateway</html>' }, times: 1 });
    expect((await rig.client.listPasscodes(room)).total).toBe(0);
  });

  it('reads are retried after a dropped connection and after a timeout', async () => {
    await rig.admin('faults', { path: '/v3/lock/list', drop: 'destroy', times: 1 });
    expect((await rig.client.listLocks()).total).toBe(3);
    await rig.admin('faults', { path: '/v3/lock/list', drop: 'withhold', times: 1 });
    expect((await rig.client.listLocks()).total).toBe(3);
  });

  it('latency beyond the timeout is a timeout error; a refused connection is network and clear', async () => {
    await rig.admin('faults', { path: '/v3/lock/detail', latencyMs: 600 });
    expect(await failure(rig.client.getLockDetail(rig.lock('Room 101')))).toMatchObject({ kind: 'timeout', unclear: false });
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const dead = createSifelyClient({
      time: testTime(),
      baseUrl: `http://127.0.0.1:${port}`,
      account: 'a',
      password: 'b',
      rateLimit: { perMinute: 0 },
      retry: FAST_RETRY,
    });
    expect(await failure(dead.addCard({ lockId: 1, cardNumber: '1', startDate: 0, endDate: 1 }))).toMatchObject({
      kind: 'network',
      unclear: false,
    });
  });

  it('error rates per endpoint inject answers without writing', async () => {
    const room = rig.lock('Room 101');
    await rig.admin('faults', { path: '/v3/identityCard/add', rate: 1, error: { body: { errcode: -3002, errmsg: 'gateway offline' } } });
    expect(await failure(rig.client.addCard({ lockId: room, cardNumber: '12', startDate: 0, endDate: rig.now() + HOUR }))).toMatchObject({
      kind: 'lock-offline',
      code: -3002,
    });
    expect(cardsOnLock(room, '12')).toHaveLength(0);
  });
});

describe('rate limits, date freshness and the wire conventions (§4, §8)', () => {
  it('429 backs off and then succeeds, for writes too (a refused request did not happen)', async () => {
    await rig.client.listLocks();
    await rig.admin('faults', {
      path: '/v3/identityCard/add',
      error: { status: 429, body: { code: 429, msg: 'Too many requests' } },
      times: 2,
    });
    const { cardId } = await rig.client.addCard({
      lockId: rig.lock('Room 101'),
      cardNumber: '4242',
      startDate: 0,
      endDate: rig.now() + HOUR,
    });
    expect(cardId).toBeGreaterThan(0);
    expect(cardsOnLock(rig.lock('Room 101'), '4242')).toHaveLength(1);
  });

  it('the simulator’s own 30/min limit answers 429; the client-side limiter keeps under it', async () => {
    rig.sim.state.settings.rateLimitPerMinute = 5;
    const greedy = createSifelyClient({
      time: testTime(rig.clock),
      baseUrl: rig.sim.url,
      account: rig.account,
      password: rig.password,
      rateLimit: { perMinute: 0 },
      retry: { ...FAST_RETRY, throttleAttempts: 1 },
    });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => greedy.listLocks()));
    expect(results.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
    const first = results.find((r) => r.status === 'rejected');
    expect(first?.status === 'rejected' ? (first.reason as { kind: string }).kind : '').toBe('throttled');
  });

  it('a stale `date` is refused with 80000 (or HTTP 500 by switch), and every answer carries the cloud’s time in `Date`', async () => {
    const key = rig.sim.state.accounts.get(rig.account)!.apiKey;
    const list = (date: number) =>
      fetch(`${rig.sim.url}/v3/lock/list?pageNo=1&pageSize=20&date=${date}`, { method: 'POST', headers: { Authorization: key } });
    let res = await list(rig.now() - 10 * 60_000);
    expect(await res.json()).toMatchObject({ errcode: 80000 });
    expect(Math.abs(Date.parse(res.headers.get('date')!) - rig.now())).toBeLessThan(2_000);
    await rig.admin('settings', { staleDateStyle: 'http500' });
    res = await list(rig.now() - 10 * 60_000);
    expect(res.status).toBe(500);
    res = await list(rig.now() - 60_000);
    expect(res.status).toBe(200);
    expect((await rig.client.listLocks()).total).toBe(3);
  });

  it('wrong method and missing parameters answer HTTP 500 with the Spring text; unknown paths 404', async () => {
    const key = rig.sim.state.accounts.get(rig.account)!.apiKey;
    const call = (method: string, path: string, init: RequestInit = {}) =>
      fetch(`${rig.sim.url}${path}`, { method, ...init, headers: { Authorization: key, ...init.headers } });
    let res = await call('GET', '/v3/lock/list?pageNo=1&pageSize=20');
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toBe("Request method 'GET' not supported");
    res = await call('POST', '/v3/lock/listKeyboardPwd?lockId=1&pageNo=1&pageSize=20');
    expect(res.status).toBe(500);
    res = await call('POST', `/v3/keyboardPwd/delete?lockId=${rig.lock('Room 101')}&keyboardPwdId=5`);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toBe(
      "Required request parameter 'deleteType' for method parameter type Integer is not present",
    );
    res = await call('POST', `/v3/keyboardPwd/add?lockId=${rig.lock('Room 101')}&keyboardPwd=402917&startDate=1`);
    expect(((await res.json()) as { message: string }).message).toBe(
      "Required request parameter 'endDate' for method parameter type Long is not present",
    );
    res = await call('GET', '/v3/keyboardPwd/list?lockId=1&pageNo=1&pageSize=20');
    expect(res.status).toBe(404);
    res = await fetch(`${rig.sim.url}/v3/lock/list?pageNo=1&pageSize=20`, { method: 'POST' });
    expect(res.status).toBe(401);
  });

  it('parameters from a form body are accepted, the query wins; a JSON `{}` body on /v3 is tolerated', async () => {
    const key = rig.sim.state.accounts.get(rig.account)!.apiKey;
    const room = rig.lock('Room 101');
    const { keyboardPwdId } = await rig.client.addPasscode({
      lockId: room,
      keyboardPwd: '730281',
      startDate: rig.now(),
      endDate: rig.now() + HOUR,
    });
    let res = await fetch(`${rig.sim.url}/v3/keyboardPwd/delete?deleteType=1`, {
      method: 'POST',
      headers: { Authorization: key, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ lockId: String(room), keyboardPwdId: String(keyboardPwdId), deleteType: '2' }).toString(),
    });
    expect(await res.json()).toMatchObject({ errcode: 0 });
    // deleteType came from the query (1): cloud-only, so the code still opens the door.
    expect(rig.sim.state.canOpen(room, { passcode: '730281' }, rig.now() + 1000)).toBe(true);
    res = await fetch(`${rig.sim.url}/v3/lock/list?pageNo=1&pageSize=2`, {
      method: 'POST',
      headers: { Authorization: key, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ pageSize: 2, total: 3, pages: 2 });
  });

  it('business errors as shape B (switch) decode the same', async () => {
    await rig.admin('settings', { businessErrorStyle: 'errcode' });
    expect(
      await failure(rig.client.addCard({ lockId: rig.lock('Annex'), cardNumber: '1', startDate: 0, endDate: rig.now() + HOUR })),
    ).toMatchObject({ kind: 'no-gateway', code: -2012 });
  });
});

describe('records and webhooks (§10.28, §11)', () => {
  it('keypad and card taps write records and push notifyType 1 with records as a JSON string', async () => {
    const received: Record<string, unknown>[] = [];
    const hook = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        received.push(JSON.parse(text) as Record<string, unknown>);
        res.end('success');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    await rig.admin('webhook', { url: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook` });
    const room = rig.lock('Room 101');
    await rig.client.addCard({ lockId: room, cardNumber: '8080', cardName: 'FD 101 W', startDate: 0, endDate: rig.now() + HOUR });
    await rig.admin('card-tap', { lockId: room, card: '8080' });
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    hook.close();
    expect(received[0]).toMatchObject({ notifyType: '1', lockId: String(room) });
    const records = JSON.parse(received[0]!['records'] as string) as { recordType: number; keyboardPwd: string; success: number }[];
    expect(records[0]).toMatchObject({ recordType: 7, keyboardPwd: '8080', success: 1 });
    const since = await rig.client.listAllRecords(room, { startDate: rig.now() - HOUR, recordType: 7 });
    expect(since).toHaveLength(1);
  });
});
