import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS, fetchFeedText } from '../../electron/core/bookings/fetch-feed';
import { setLogLevel } from '../../electron/core/log';
import type { HttpFetch } from '../../electron/core/net/http-fetch';
import { asNodeFetchError, electronHttpFetch } from '../../electron/main/net-fetch';
import { openDemoDesk } from './demo-desk';
import { failure, startRig, type Rig } from './sifely-setup';

/**
 * The cloud client and the feed fetcher use the HTTP client the shell gives them (Electron's
 * net.fetch in the app). Here a recording wrapper around Node's fetch stands in for net.fetch, and
 * a fake net.fetch fails the way Chromium's does ("net::ERR_…"), to check the Sifely transport
 * still tells "certainly not sent" from "maybe sent".
 */
const HOUR = 3_600_000;
let rig: Rig | null = null;
let server: Server | null = null;
beforeEach(() => setLogLevel('error'));
afterEach(async () => {
  await rig?.close();
  rig = null;
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = null;
});

function recording(): { fetch: HttpFetch; urls: string[] } {
  const urls: string[] = [];
  return { urls, fetch: (input, init) => (urls.push(input), fetch(input, init)) };
}

/** net.fetch as Electron 45 behaves when Chromium fails: Error('net::ERR_…'), not Node's TypeError with an errno. */
function chromiumFailing(error: string, on: RegExp, pass: HttpFetch = (i, init) => fetch(i, init)): HttpFetch {
  return (input, init) => (on.test(input) ? Promise.reject(new Error(`net::${error}`)) : pass(input, init));
}

describe('the shell supplies the HTTP client', () => {
  it('a demo desk sends its Sifely calls through DeskConfig.fetch', async () => {
    const net = recording();
    const { desk, close } = await openDemoDesk({ fetch: net.fetch });
    try {
      const bookingId = (await desk.handlers['booking:today']({})).arrivals[0]!.id;
      await desk.handlers['access:issue-passcode']({ bookingId });
      expect(net.urls.some((u) => u.includes('/v3/keyboardPwd/'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('a booking feed is fetched through the given client', async () => {
    server = createServer((_req, res) => res.end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'));
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/room-101.ics`;
    const net = recording();
    expect(await fetchFeedText(url, DEFAULT_FETCH_LIMITS, net.fetch, { allowHosts: ['127.0.0.1'] })).toContain('BEGIN:VCALENDAR');
    expect(net.urls).toEqual([url]);
  });

  it("a feed failing in Chromium's network stack still gets a sentence for its status line", async () => {
    const url = 'https://feeds.example.invalid/room.ics';
    await expect(
      fetchFeedText(url, DEFAULT_FETCH_LIMITS, electronHttpFetch(chromiumFailing('ERR_NAME_NOT_RESOLVED', /./))),
    ).rejects.toMatchObject({
      msg: { key: 'bookings.feed.unreachable', params: { cause: 'net::ERR_NAME_NOT_RESOLVED' } },
    });
  });
});

describe("net.fetch's errors keep the outbox's safety rule (a write is resent only if it certainly did not leave)", () => {
  it('connection refused (or the proxy refused) before sending: a clear network failure', async () => {
    for (const error of ['ERR_CONNECTION_REFUSED', 'ERR_PROXY_CONNECTION_FAILED', 'ERR_NAME_NOT_RESOLVED', 'ERR_INTERNET_DISCONNECTED']) {
      rig = await startRig({ fetch: electronHttpFetch(chromiumFailing(error, /identityCard\/add/)) });
      const e = await failure(
        rig.client.addCard({ lockId: rig.lock('Room 101'), cardNumber: '7001', startDate: rig.now(), endDate: rig.now() + HOUR }),
      );
      expect(e, error).toMatchObject({ kind: 'network', unclear: false });
      await rig.close();
      rig = null;
    }
  });

  it('a connection reset after the request went out: unclear, so the outbox looks on the lock before sending again', async () => {
    rig = await startRig({ fetch: electronHttpFetch(chromiumFailing('ERR_CONNECTION_RESET', /identityCard\/add/)) });
    const e = await failure(
      rig.client.addCard({ lockId: rig.lock('Room 101'), cardNumber: '7002', startDate: rig.now(), endDate: rig.now() + HOUR }),
    );
    expect(e).toMatchObject({ kind: 'network', unclear: true });
    expect(e.detail).toContain('ERR_CONNECTION_RESET');
  });

  it('time-outs and aborts pass through untouched; other errors too', () => {
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    expect(asNodeFetchError(timeout)).toBe(timeout);
    const other = new Error('something else');
    expect(asNodeFetchError(other)).toBe(other);
    expect(asNodeFetchError(new Error('net::ERR_CONNECTION_REFUSED'))).toMatchObject({
      name: 'TypeError',
      cause: { code: 'ECONNREFUSED' },
    });
  });
});
