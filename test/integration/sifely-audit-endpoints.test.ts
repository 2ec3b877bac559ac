import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogLevel } from '../../electron/core/log';
import { md5Hex } from '../../electron/core/sifely/md5';
import { parseSifelyWebhook, WEBHOOK_REPLY, type WebhookNotice } from '../../electron/core/sifely/webhook';
import { failure, startRig, type Rig } from './sifely-setup';

/**
 * Audit of the simulated endpoints against §10 (methods, paths, parameter types,
 * filters) and §15.1 (records), with the real client where it has a call for the endpoint.
 */
setLogLevel('error');
const HOUR = 3_600_000;
let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(() => rig.close());

const key = (account = rig.account): string => rig.sim.state.accounts.get(account)!.apiKey;
async function api<T>(method: string, path: string, account?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${rig.sim.url}${path}`, { method, headers: { Authorization: key(account) } });
  return { status: res.status, body: (await res.json()) as T };
}
type PageOf<T> = { list: T[]; total: number };

describe('ekeys (§10.7–10.9, §10.19)', () => {
  it('send → listed on the lock and as a shared lock in the receiver’s key list; lockAlis and lockAlias filter; delete', async () => {
    const room = rig.lock('Room 101');
    const sent = await api<{ keyId: number }>(
      'POST',
      `/v3/key/send?lockId=${room}&receiverUsername=other%40hotel.test&keyName=Cleaner&startDate=0&endDate=0`,
    );
    expect(sent.body).toMatchObject({ errcode: 0, keyId: expect.any(Number) as number });
    const onLock = await api<PageOf<{ keyId: number; username: string; keyStatus: string }>>(
      'GET',
      `/v3/lock/listKey?lockId=${room}&pageNo=1&pageSize=20`,
    );
    expect(onLock.body.list).toMatchObject([{ keyId: sent.body.keyId, username: 'other@hotel.test', keyStatus: '110401' }]);
    const theirs = await api<PageOf<{ lockId: number; keyId: number; userType: string }>>(
      'POST',
      '/v3/key/list?pageNo=1&pageSize=20',
      'other@hotel.test',
    );
    expect(theirs.body.list.find((k) => k.lockId === room)).toMatchObject({ keyId: sent.body.keyId, userType: '110302' });
    expect((await api<PageOf<unknown>>('POST', '/v3/key/list?pageNo=1&pageSize=20&lockAlis=Room', 'other@hotel.test')).body.total).toBe(1);
    expect((await api<PageOf<unknown>>('POST', '/v3/key/list?pageNo=1&pageSize=20&lockAlias=Room', 'other@hotel.test')).body.total).toBe(1);
    // The lock list shows only locks the account administers (§10.22).
    expect(
      (await api<PageOf<{ lockId: number }>>('POST', '/v3/lock/list?pageNo=1&pageSize=20', 'other@hotel.test')).body.list.some(
        (l) => l.lockId === room,
      ),
    ).toBe(false);
    expect((await api('POST', `/v3/key/delete?keyId=${sent.body.keyId}`)).body).toMatchObject({ errcode: 0 });
    expect((await api('POST', `/v3/key/delete?keyId=${sent.body.keyId}`)).body).toMatchObject({ code: -1008 });
    expect(
      (await api('POST', `/v3/key/send?lockId=${room}&receiverUsername=nobody%40x&keyName=K&startDate=0&endDate=0`)).body,
    ).toMatchObject({ code: -4064 });
    expect(
      (await api('POST', `/v3/key/send?lockId=${room}&receiverUsername=${encodeURIComponent(rig.account)}&keyName=K&startDate=0&endDate=0`))
        .body,
    ).toMatchObject({ code: -2019 });
    const missing = await api<{ message: string }>('POST', `/v3/key/send?receiverUsername=a&keyName=K&startDate=0&endDate=0`);
    expect(missing.body.message).toBe("Required request parameter 'lockId' for method parameter type Integer is not present");
    expect((await api('POST', `/v3/lock/listKey?lockId=${room}&pageNo=1&pageSize=20`)).status).toBe(500);
  });
});

describe('other lists in the navigation (§10.23, §10.27, §10.29)', () => {
  it('groups with their lock counts filter the lock and key lists by groupId', async () => {
    rig.sim.state.groups.set(7619, 'Annex building');
    rig.sim.state.locks.get(rig.lock('Annex'))!.groupId = 7619;
    expect((await api<PageOf<unknown>>('GET', '/v3/group/list')).body.list).toEqual([
      { groupId: 7619, groupName: 'Annex building', lockNum: 1 },
    ]);
    const locks = await api<PageOf<{ lockAlias: string }>>('POST', '/v3/lock/list?pageNo=1&pageSize=20&groupId=7619');
    expect(locks.body.list.map((l) => l.lockAlias)).toEqual(['Annex']);
    const keys = await api<PageOf<{ groupName: string }>>('POST', '/v3/key/list?pageNo=1&pageSize=20&groupId=7619');
    expect(keys.body.list).toMatchObject([{ groupName: 'Annex building' }]);
  });

  it('fingerprint list and door-sensor records are paged lists (GET only)', async () => {
    const room = rig.lock('Room 101');
    rig.sim.state.fingerprints.set(1, {
      fingerprintId: 1,
      lockId: room,
      fingerprintNumber: '123',
      fingerprintName: 'Manager',
      startDate: 0,
      endDate: 0,
      createDate: rig.now(),
    });
    expect((await api<PageOf<unknown>>('GET', `/v3/fingerprint/list?lockId=${room}&pageNo=1&pageSize=20`)).body.list).toMatchObject([
      { fingerprintId: 1, fingerprintName: 'Manager' },
    ]);
    rig.sim.state.addRecord({
      lockId: room,
      recordType: 31,
      recordTypeFromLock: 31,
      success: 1,
      username: '',
      keyboardPwd: '',
      lockDate: rig.now(),
    });
    rig.sim.state.addRecord({
      lockId: room,
      recordType: 4,
      recordTypeFromLock: 4,
      success: 1,
      username: 'x',
      keyboardPwd: '480173',
      lockDate: rig.now(),
    });
    expect((await api<PageOf<unknown>>('GET', `/v3/doorSensor/listRecord?lockId=${room}&pageNo=1&pageSize=20`)).body.list).toMatchObject([
      { recordType: 31 },
    ]);
    expect((await api('POST', `/v3/fingerprint/list?lockId=${room}&pageNo=1&pageSize=20`)).status).toBe(500);
    // Method not shown in the navigation (§10.29): both served.
    expect((await api<PageOf<unknown>>('POST', `/v3/doorSensor/listRecord?lockId=${room}&pageNo=1&pageSize=20`)).body.total).toBe(1);
  });
});

describe('passcodes and records (§10.15, §10.20, §10.28, §15.1)', () => {
  it('delete by code (client) reaches the lock; unknown digits are -2009', async () => {
    const room = rig.lock('Room 101');
    await rig.client.addPasscode({ lockId: room, keyboardPwd: '730281', startDate: rig.now(), endDate: rig.now() + HOUR });
    await rig.client.deletePasscodeByCode(room, '730281');
    expect(rig.sim.state.canOpen(room, { passcode: '730281' }, rig.now() + 1000)).toBe(false);
    expect(await rig.client.listAllPasscodes(room)).toHaveLength(0);
    expect(await failure(rig.client.deletePasscodeByCode(room, '730281'))).toMatchObject({ kind: 'not-found', code: -2009 });
  });

  it('passcode list orderBy 0/1/2 (name asc, newest first, name desc)', async () => {
    const room = rig.lock('Room 101');
    for (const [digits, name] of [
      ['730281', 'B'],
      ['730282', 'C'],
      ['730283', 'A'],
    ] as const)
      await rig.client.addPasscode({
        lockId: room,
        keyboardPwd: digits,
        keyboardPwdName: name,
        startDate: rig.now(),
        endDate: rig.now() + HOUR,
      });
    const names = async (orderBy: number) =>
      (
        await api<PageOf<{ keyboardPwdName: string }>>(
          'GET',
          `/v3/lock/listKeyboardPwd?lockId=${room}&pageNo=1&pageSize=20&orderBy=${orderBy}`,
        )
      ).body.list
        .map((p) => p.keyboardPwdName)
        .join('');
    expect(await names(0)).toBe('ABC');
    expect(await names(1)).toBe('ACB');
    expect(await names(2)).toBe('CBA');
  });

  it('a refused card is recorded as raw 25 (§15.1), a refused code as raw 7; records search by name or digits', async () => {
    const room = rig.lock('Room 101');
    await rig.admin('card-tap', { lockId: room, card: '99999' });
    await rig.admin('keypad', { lockId: room, passcode: '111222' });
    const records = await rig.client.listAllRecords(room);
    expect(records.map((r) => [r.recordType, r.recordTypeFromLock, r.success])).toEqual([
      [4, 7, 0],
      [7, 25, 0],
    ]);
    const found = await api<PageOf<{ keyboardPwd: string }>>(
      'GET',
      `/v3/lockRecord/list?lockId=${room}&pageNo=1&pageSize=20&searchStr=99999`,
    );
    expect(found.body.list.map((r) => r.keyboardPwd)).toEqual(['99999']);
  });

  it('offline code: keyboardPwdVersion is sent only when given and accepted', async () => {
    const annex = rig.lock('Annex');
    const start = Math.floor(rig.now() / HOUR) * HOUR + HOUR;
    const r = await rig.client.getOfflinePasscode({
      lockId: annex,
      keyboardPwdType: 3,
      startDate: start,
      endDate: start + 24 * HOUR,
      keyboardPwdVersion: 4,
    });
    expect(r.keyboardPwd).toMatch(/^\d{8}$/);
  });
});

describe('guest login account (§3.3) is independent of the Open API key', () => {
  it('a guest-login token keeps working after the Open API key is rolled', async () => {
    const res = await fetch(
      `${rig.sim.url}/system/smart/loginByGuest?username=${encodeURIComponent(rig.account)}&password=${md5Hex(rig.password)}`,
      { method: 'POST' },
    );
    const token = ((await res.json()) as { data: { sifelyToken: string } }).data.sifelyToken;
    await rig.client.rollApiKey();
    const list = await fetch(`${rig.sim.url}/v3/lock/list?pageNo=1&pageSize=20`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await list.json()).toMatchObject({ total: 3 });
  });
});

describe('webhooks (§11): a receiver built on parseSifelyWebhook gets both formats and answers 200 success', () => {
  it.each(['json', 'form'] as const)('simulator push as %s', async (format) => {
    const notices: WebhookNotice[] = [];
    const replies: number[] = [];
    const hook = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        notices.push(parseSifelyWebhook(text, req.headers['content-type']));
        res.writeHead(WEBHOOK_REPLY.status, { 'Content-Type': WEBHOOK_REPLY.contentType }).end(WEBHOOK_REPLY.body);
        replies.push(WEBHOOK_REPLY.status);
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    try {
      await rig.admin('webhook', { url: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/webhooks/sifely/secret`, format });
      const room = rig.lock('Room 101');
      await rig.admin('keypad', { lockId: room, passcode: '0480173' });
      for (let i = 0; i < 100 && notices.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(notices[0]).toMatchObject({ notifyType: 1, lockId: room, admin: rig.account });
      expect(notices[0]!.records).toMatchObject([
        { lockId: room, recordType: 4, recordTypeFromLock: 7, success: 0, keyboardPwd: '0480173' },
      ]);
      expect(replies).toEqual([200]);
    } finally {
      hook.close();
    }
  });

  it('accepts records as an array, numbers as strings; refuses a body that is not a notice', () => {
    const n = parseSifelyWebhook(
      JSON.stringify({
        notifyType: 1,
        lockId: 5,
        records: [{ lockId: '5', recordType: '7', success: '1', keyboardPwd: 3661413478, lockDate: '1767268800000', serverDate: 1 }],
      }),
      'application/json',
    );
    expect(n.records).toEqual([
      { lockId: 5, recordType: 7, success: 1, keyboardPwd: '3661413478', lockDate: 1767268800000, serverDate: 1 },
    ]);
    const wifi = parseSifelyWebhook('notifyType=3&lockId=9&isOnline=0&lockAlias=Room%20101', 'application/x-www-form-urlencoded');
    expect(wifi).toMatchObject({ notifyType: 3, lockId: 9, records: [], fields: { isOnline: '0', lockAlias: 'Room 101' } });
    expect(() => parseSifelyWebhook('{"records":"[]"}', 'application/json')).toThrow(/notifyType/);
    expect(() => parseSifelyWebhook('{"notifyType":"1","records":"[{"}', 'application/json')).toThrow(/JSON array/);
  });
});

describe('create passcode dates (§10.11, §14 #16)', () => {
  it('endDate omitted → HTTP 500; blank or 0 on a period code → -3; type 2 with an end is stored as type 3', async () => {
    const room = rig.lock('Room 101');
    const base = `/v3/keyboardPwd/add?lockId=${room}&keyboardPwd=730281&keyboardPwdType=3&addType=2&startDate=${rig.now()}`;
    expect((await api('POST', base)).status).toBe(500);
    expect((await api('POST', `${base}&endDate=`)).body).toMatchObject({ code: -3 });
    expect((await api('POST', `${base}&endDate=0`)).body).toMatchObject({ code: -3 });
    const two = await rig.client.addPasscode({
      lockId: room,
      keyboardPwd: '730282',
      keyboardPwdType: 2,
      startDate: rig.now(),
      endDate: rig.now() + HOUR,
    });
    const permanent = await rig.client.addPasscode({
      lockId: room,
      keyboardPwd: '730283',
      keyboardPwdType: 2,
      startDate: rig.now(),
      endDate: 0,
    });
    const types = new Map((await rig.client.listAllPasscodes(room)).map((p) => [p.keyboardPwdId, p.keyboardPwdType]));
    expect(types.get(two.keyboardPwdId)).toBe(3);
    expect(types.get(permanent.keyboardPwdId)).toBe(2);
  });
});
