import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSifelyClient } from '../../electron/core/sifely/client';
import { setLogLevel } from '../../electron/core/log';
import { md5Hex } from '../../electron/core/sifely/md5';
import { FAST_RETRY, startRig, type Rig } from './sifely-setup';
import { TEST_INSTANT, testClock, testTime } from '../support/time';

/**
 * Audit of the client and simulator against §2–§4 (hosts, both login generations,
 * credentials, wire conventions). Each test names the discrepancy it guards.
 */
setLogLevel('error');
let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(() => rig.close());

const key = (): string => rig.sim.state.accounts.get(rig.account)!.apiKey;
const raw = (method: string, path: string, init: RequestInit = {}) => fetch(`${rig.sim.url}${path}`, { method, ...init });

describe('hosts (§2, §14 #2)', () => {
  it('the client refuses the dev-alexa documentation host', () => {
    expect(() => createSifelyClient({ time: testTime(), baseUrl: 'https://dev-alexa.sifely.com', account: 'a', password: 'b' })).toThrow(
      /test host/,
    );
  });

  it('the simulator answers /v3 writes sent to dev-alexa with 504, reads normally', async () => {
    const port = new URL(rig.sim.url).port;
    const send = (method: string, path: string) =>
      new Promise<number>((resolve, reject) => {
        const r = request(
          { host: '127.0.0.1', port, method, path, headers: { Host: 'dev-alexa.sifely.com', Authorization: key() } },
          (res: IncomingMessage) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        r.on('error', reject);
        r.end();
      });
    expect(await send('POST', `/v3/lock/unlock?lockId=${rig.lock('Room 101')}`)).toBe(504);
    expect(await send('GET', `/v3/lock/detail?lockId=${rig.lock('Room 101')}`)).toBe(200);
  });
});

describe('credentials (§3.1, §3.6, §10.5)', () => {
  it('`Bearer sk-…` is refused: the key goes raw', async () => {
    expect((await raw('POST', '/v3/lock/list?pageNo=1&pageSize=20', { headers: { Authorization: key() } })).status).toBe(200);
    expect((await raw('POST', '/v3/lock/list?pageNo=1&pageSize=20', { headers: { Authorization: `Bearer ${key()}` } })).status).toBe(401);
  });

  it('roll-token: new key, same client id, the old key dies at once; the client carries on with the new one', async () => {
    const before = await rig.client.login();
    const oldKey = key();
    const after = await rig.client.rollApiKey();
    expect(key()).not.toBe(oldKey);
    expect(after.clientId).toBe(before.clientId);
    expect(after.plan).toBe(before.plan);
    expect((await raw('POST', '/v3/lock/list?pageNo=1&pageSize=20', { headers: { Authorization: oldKey } })).status).toBe(401);
    const logins = rig.sim.state.accounts.size;
    expect((await rig.client.listLocks()).total).toBe(3);
    expect(rig.sim.state.accounts.size).toBe(logins);
  });

  it('an auth-failure text with an unknown code (§3.7) makes the client sign in once more', async () => {
    await rig.client.listLocks();
    await rig.admin('faults', {
      path: '/v3/lock/list',
      error: { status: 200, body: { code: 10086, msg: 'Token expired, please log in again' } },
      times: 1,
    });
    expect((await rig.client.listLocks()).total).toBe(3);
  });
});

describe('legacy tokens (§3.2, §3.5, §10.4)', () => {
  // The cloud and the desk share one clock that moves only when the test says so.
  let clock = testClock(TEST_INSTANT, { frozen: true });
  beforeEach(async () => {
    clock = testClock(TEST_INSTANT, { frozen: true });
    await rig.close();
    rig = await startRig({ generation: 'legacy', clientId: 'HOTEL' }, clock);
  });

  it('a login answer without expires_in lives 3600 s (the shorter client default)', async () => {
    const t = rig.sim.state.issueLegacyToken(rig.account);
    await rig.admin('faults', {
      path: '/system/smart/login',
      error: { status: 200, body: { code: 200, message: 'Operation success!', data: { token: t.token, refreshToken: t.refreshToken } } },
      times: 1,
    });
    const info = await rig.client.login();
    expect(info.expiresAt).toBe(clock.wall() + 3_600_000);
  });

  it('oauthToken: access_token is read before token; token/refreshToken are the fallback names', async () => {
    rig.sim.state.settings.legacyTokenTtlSec = 600;
    await rig.client.login();
    const good = rig.sim.state.issueLegacyToken(rig.account);
    await rig.admin('faults', {
      path: '/system/smart/oauthToken',
      error: { status: 200, body: { access_token: good.token, token: 'eyJ.stale.x', refresh_token: good.refreshToken, expires_in: '600' } },
      times: 1,
    });
    clock.advance(6 * 60_000);
    const tokens = rig.sim.state.legacyTokens.size;
    expect((await rig.client.listLocks()).total).toBe(3);
    expect(rig.sim.state.legacyTokens.size).toBe(tokens); // used access_token as is: no second sign-in
    const fallback = rig.sim.state.issueLegacyToken(rig.account);
    await rig.admin('faults', {
      path: '/system/smart/oauthToken',
      error: { status: 200, body: { token: fallback.token, refreshToken: fallback.refreshToken, expires_in: 600 } },
      times: 1,
    });
    clock.advance(6 * 60_000);
    expect((await rig.client.listLocks()).total).toBe(3);
    expect(rig.client.loginInfo()?.expiresAt).toBe(clock.wall() + 600_000);
  });

  it('wrong legacy credentials: HTTP 200 with body code 401, expires_in as a string on success', async () => {
    let res = await raw(
      'POST',
      `/system/smart/login?client_id=HOTEL&username=${encodeURIComponent(rig.account)}&password=${md5Hex('wrong')}`,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 401 });
    res = await raw(
      'POST',
      `/system/smart/login?client_id=HOTEL&username=${encodeURIComponent(rig.account)}&password=${md5Hex(rig.password)}`,
    );
    const body = (await res.json()) as {
      code: number;
      message: string;
      data: { token: string; refreshToken: string; expires_in: unknown };
    };
    expect(body).toMatchObject({ code: 200, message: 'Operation success!' });
    expect(typeof body.data.expires_in).toBe('string');
    expect(body.data.refreshToken).toBeTruthy();
  });

  it('authorization_code flow (§3.4): a code by redirect or in the body, exchanged once at oauthToken', async () => {
    const q = `client_id=HOTEL&username=${encodeURIComponent(rig.account)}&password=${md5Hex(rig.password)}`;
    let res = await raw('POST', `/system/smart/authorize?${q}&redirect_uri=${encodeURIComponent('https://desk.test/cb')}&state=xyz`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('state')).toBe('xyz');
    const code = location.searchParams.get('code')!;
    res = await raw('POST', `/system/smart/oauthToken?client_id=HOTEL&grant_type=authorization_code&code=${code}`);
    const token = (await res.json()) as { access_token: string };
    expect(
      (await raw('POST', '/v3/lock/list?pageNo=1&pageSize=20', { headers: { Authorization: `Bearer ${token.access_token}` } })).status,
    ).toBe(200);
    res = await raw('POST', `/system/smart/oauthToken?client_id=HOTEL&grant_type=authorization_code&code=${code}`);
    expect(await res.json()).toMatchObject({ code: 10002 });
    res = await raw('POST', `/system/smart/authorize?${q}`);
    const direct = (await res.json()) as { code: number; data: { code: unknown } };
    expect(direct.code).toBe(200);
    expect(typeof direct.data.code).toBe('string');
    res = await raw('POST', `/system/smart/authorize?client_id=HOTEL&username=x&password=${md5Hex('y')}`);
    expect(await res.json()).toMatchObject({ code: 10007 });
  });

  it('guest login (§3.3): form body, sifelyToken usable raw, 500 for an unknown user, 401 for a wrong password', async () => {
    const form = (u: string, p: string) => ({
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: u, password: p }).toString(),
    });
    let res = await raw('POST', '/system/smart/loginByGuest', form(rig.account, md5Hex(rig.password)));
    const body = (await res.json()) as { code: number; data: { clientId: string; sifelyToken: string } };
    expect(body.code).toBe(200);
    expect(body.data.clientId).toMatch(/^cli_/);
    res = await raw('POST', '/v3/lock/list?pageNo=1&pageSize=20', { headers: { Authorization: body.data.sifelyToken } });
    expect(await res.json()).toMatchObject({ total: 3 });
    expect((await raw('POST', '/system/smart/loginByGuest', form('nobody@x', md5Hex('x')))).status).toBe(500);
    expect((await raw('POST', '/system/smart/loginByGuest', form(rig.account, md5Hex('wrong')))).status).toBe(401);
  });
});

describe('wire conventions (§4)', () => {
  it('every /v3 call: query string only (no body, no Content-Type), %20 for spaces, a fresh date, raw sk- key', async () => {
    const seen: { method: string; url: string; body: string; type: string | undefined; auth: string | undefined }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          body,
          type: req.headers['content-type'],
          auth: req.headers.authorization,
        });
        const answer = req.url?.startsWith('/system/smart/login')
          ? { code: 200, data: { clientToken: 'sk-test', clientId: 'cli_1' } }
          : { keyboardPwdId: 7 };
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = createSifelyClient({
        time: testTime(),
        baseUrl: url,
        account: 'a@b',
        password: 'password',
        rateLimit: { perMinute: 0 },
        retry: FAST_RETRY,
      });
      const before = rig.now();
      await client.addPasscode({ lockId: 5, keyboardPwd: '480173', keyboardPwdName: 'Room 1 #2 & Núñez', startDate: 1, endDate: 2 });
      const [login, add] = seen;
      expect(login).toMatchObject({ method: 'POST', type: 'application/json', auth: undefined });
      expect(JSON.parse(login!.body)).toEqual({ account: 'a@b', password: '5f4dcc3b5aa765d61d8327deb882cf99' });
      expect(add).toMatchObject({ method: 'POST', body: '', type: undefined, auth: 'sk-test' });
      expect(add!.url).toContain('keyboardPwdName=Room%201%20%232%20%26%20N%C3%BA%C3%B1ez');
      expect(add!.url).not.toContain('+');
      const params = new URL(add!.url, url).searchParams;
      expect(params.get('keyboardPwdName')).toBe('Room 1 #2 & Núñez');
      expect(Number(params.get('date'))).toBeGreaterThanOrEqual(before);
      expect(params.get('endDate')).toBe('2');
    } finally {
      server.close();
    }
  });

  it('a non-numeric `date` fails Spring conversion (500); pageNo/pageSize may be omitted (page 1 of 20) or numeric strings', async () => {
    const h = { headers: { Authorization: key() } };
    let res = await raw('POST', '/v3/lock/list?pageNo=1&pageSize=20&date=yesterday', h);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toContain("'java.lang.Long'");
    for (let i = 0; i < 22; i++) rig.sim.state.addLock(rig.account, { lockAlias: `Room ${200 + i}`, hasGateway: false });
    res = await raw('POST', '/v3/lock/list', h);
    expect(await res.json()).toMatchObject({ pageNo: 1, pageSize: 20, total: 25, pages: 2 });
    res = await raw('POST', '/v3/key/list?pageNo=2&pageSize=20', h);
    const p2 = (await res.json()) as { list: unknown[]; pages: number };
    expect(p2.list).toHaveLength(5);
    res = await raw('POST', '/v3/key/list?pageNo=3&pageSize=20', h);
    expect(await res.json()).toMatchObject({ list: [], pageNo: 3, total: 25 });
  });

  it('a JSON body on /v3 is ignored even when it is not valid JSON; the query carries the parameters', async () => {
    const res = await raw('POST', '/v3/lock/list?pageNo=1&pageSize=2', {
      headers: { Authorization: key(), 'Content-Type': 'application/json' },
      body: 'not json',
    });
    expect(await res.json()).toMatchObject({ pageSize: 2, total: 3 });
    const bad = await raw('POST', '/system/smart/login', { headers: { 'Content-Type': 'application/json' }, body: '{"account":' });
    expect(await bad.json()).toMatchObject({ code: 80002 });
  });

  it('missing gatewayId names its Java type Integer (§10.30 "gatewayId (int)")', async () => {
    const res = await raw('GET', '/v3/gateway/detail', { headers: { Authorization: key() } });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toBe(
      "Required request parameter 'gatewayId' for method parameter type Integer is not present",
    );
  });
});
