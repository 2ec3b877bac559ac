import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkFeedAddress, type Resolve } from '../../electron/core/bookings/feed-address';
import { FEED_LIMITS } from '../../electron/core/bookings/feeds';
import { setLogLevel } from '../../electron/core/log';
import { accessLevelOf } from '../../electron/core/staff/policy';
import { openBookingsHarness } from './bookings-harness';
import { openDemoDesk } from './demo-desk';
import { worded } from '../support/in-english';

setLogLevel('error');

/** A real HTTP server on 127.0.0.1 playing the hostile feed: each path answers what the test set. */
const routes = new Map<string, (res: ServerResponse) => void>();
const hits = new Map<string, number>();
let server: Server;
let base: string;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (route) route(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  routes.clear();
  hits.clear();
});

const NOW = Date.UTC(2027, 0, 10);
const DAY = 86_400_000;
const ics = (events: { uid: string; fromMs: number }[]): string => {
  const d = (ms: number): string => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
  const body = events
    .map(
      (e) =>
        `BEGIN:VEVENT\r\nUID:${e.uid}\r\nDTSTART;VALUE=DATE:${d(e.fromMs)}\r\nDTEND;VALUE=DATE:${d(e.fromMs + 2 * DAY)}\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n`,
    )
    .join('');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${body}END:VCALENDAR\r\n`;
};
const calendar = (text: string) => (res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/calendar' }).end(text);

async function refresh(url: string, allowHosts: string[], resolve?: Resolve) {
  const h = openBookingsHarness({ nowMs: NOW, allowHosts, ...(resolve ? { resolve } : {}) });
  try {
    const id = h.feeds.add(h.roomIds['101']!, 'Feed', url);
    const r = await h.feedSync.refresh(id);
    const booked = h.db.prepare(`SELECT count(*) FROM bookings`).pluck().get() as number;
    return { r, booked };
  } finally {
    await h.close();
  }
}

describe('a booking feed cannot reach inside', () => {
  it('refuses loopback by default, before any request is made; allowed by name, it is fetched', async () => {
    routes.set('/cal.ics', calendar(ics([{ uid: 'a', fromMs: NOW + DAY }])));
    const refused = await refresh(`${base}/cal.ics`, []);
    expect(worded(refused.r)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/address on this PC or the local network/) as string,
    });
    expect(hits.get('/cal.ics')).toBeUndefined();
    const allowed = await refresh(`${base}/cal.ics`, ['127.0.0.1']);
    expect(allowed.r.ok).toBe(true);
    expect(allowed.booked).toBe(1);
  });

  it('checks the resolved address, not the name; link-local and metadata are refused even when allowed', async () => {
    const to = (addrs: string[]) => () => Promise.resolve(addrs);
    await expect(checkFeedAddress('https://calendar.example/x.ics', { allowHosts: [] }, to(['93.184.216.34']))).resolves.toBeUndefined();
    for (const inside of ['127.0.0.1', '10.0.0.5', '192.168.1.1', '172.20.0.1', '::1', '::ffff:127.0.0.1', 'fd12::1']) {
      await expect(
        checkFeedAddress('https://innocent.example/x.ics', { allowHosts: [] }, to(['93.184.216.34', inside])),
        inside,
      ).rejects.toThrow(/local network/);
    }
    for (const never of ['http://169.254.169.254/latest/meta-data/', 'http://[fe80::1]/', 'http://100.100.100.200/', 'http://0.0.0.0/']) {
      await expect(checkFeedAddress(never, { allowHosts: [new URL(never).hostname.replace(/^\[|\]$/g, '')] }), never).rejects.toThrow(
        /local network/,
      );
    }
    await expect(checkFeedAddress('https://nas.lan/cal.ics', { allowHosts: ['NAS.lan'] }, to(['192.168.1.20']))).resolves.toBeUndefined();
    await expect(checkFeedAddress('file:///etc/passwd', { allowHosts: [] })).rejects.toThrow(/starts with https/);
  });

  it('checks every redirect: a hop to a name that resolves inside, or to the metadata address, is refused unasked', async () => {
    routes.set('/to-localhost', (res) => res.writeHead(302, { location: `http://localhost:${port}/secret` }).end());
    routes.set('/to-metadata', (res) => res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
    routes.set('/secret', calendar(ics([{ uid: 's', fromMs: NOW + DAY }])));
    for (const path of ['/to-localhost', '/to-metadata']) {
      const { r, booked } = await refresh(`${base}${path}`, ['127.0.0.1']);
      expect(worded(r), path).toMatchObject({ ok: false, error: expect.stringMatching(/local network/) as string });
      expect(booked).toBe(0);
    }
    expect(hits.get('/secret')).toBeUndefined();
    routes.set('/loop', (res) => res.writeHead(302, { location: '/loop' }).end());
    expect(worded((await refresh(`${base}/loop`, ['127.0.0.1'])).r)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/redirected too many times/) as string,
    });
  });

  it('DNS rebinding: the address checked is the address connected to, at the first request and at every redirect', async () => {
    routes.set('/cal.ics', calendar(ics([{ uid: 'a', fromMs: NOW + DAY }])));
    routes.set('/secret', calendar(ics([{ uid: 's', fromMs: NOW + DAY }])));
    routes.set('/hop', (res) => res.writeHead(302, { location: `http://rebind.test:${port}/secret` }).end());
    // A name server that answers a public address the first time and this PC the next (no DNS
    // server involved: the desk's resolver is injected, for the check and the connection alike).
    const rebinding = (): { resolve: Resolve; asked: string[] } => {
      const asked: string[] = [];
      return {
        asked,
        resolve: (host) => (
          asked.push(host),
          Promise.resolve(asked.filter((h) => h === host).length === 1 ? ['93.184.216.34'] : ['127.0.0.1'])
        ),
      };
    };
    const first = rebinding();
    const direct = await refresh(`http://rebind.test:${port}/cal.ics`, [], first.resolve);
    expect(worded(direct.r)).toMatchObject({ ok: false, error: expect.stringMatching(/local network/) as string });
    expect(first.asked).toEqual(['rebind.test', 'rebind.test']); // checked, then the connection's own lookup refused
    const hop = rebinding();
    const redirected = await refresh(`${base}/hop`, ['127.0.0.1'], hop.resolve);
    expect(worded(redirected.r)).toMatchObject({ ok: false, error: expect.stringMatching(/local network/) as string });
    expect(hits.get('/secret')).toBeUndefined();
    expect(hits.get('/cal.ics')).toBeUndefined();
    // The connection really goes where the lookup said: a name no DNS knows, answered 127.0.0.1
    // and allowed by name, reaches the local server.
    const pinned = await refresh(`http://calendar.test:${port}/cal.ics`, ['calendar.test'], () => Promise.resolve(['127.0.0.1']));
    expect(pinned.r.ok).toBe(true);
    expect(pinned.booked).toBe(1);
  });

  it("the manager's LAN host: allowed on the LAN by name, never on loopback or link-local", async () => {
    const to = (addrs: string[]) => () => Promise.resolve(addrs);
    await expect(
      checkFeedAddress('https://nas.lan/cal.ics', { allowHosts: [], lanHost: 'nas.lan' }, to(['192.168.1.20'])),
    ).resolves.toBeUndefined();
    await expect(
      checkFeedAddress('https://NAS.lan/cal.ics', { allowHosts: [], lanHost: 'nas.lan' }, to(['10.1.2.3'])),
    ).resolves.toBeUndefined();
    await expect(
      checkFeedAddress('https://other.lan/cal.ics', { allowHosts: [], lanHost: 'nas.lan' }, to(['192.168.1.21'])),
    ).rejects.toThrow(/local network/);
    for (const inside of ['127.0.0.1', '::1', '169.254.169.254', 'fe80::1']) {
      await expect(
        checkFeedAddress('https://nas.lan/cal.ics', { allowHosts: [], lanHost: 'nas.lan' }, to([inside])),
        inside,
      ).rejects.toThrow(/local network/);
    }
  });

  it('a manager sets the LAN host in setup (stored, validated) and the next refresh uses it', async () => {
    // nas.test is "on the LAN"; the connection's lookup then finds nothing, so an allowed host
    // fails as unreachable instead of being refused (no LAN server is needed to tell them apart).
    const asked: string[] = [];
    const resolve: Resolve = (host) => (
      asked.push(host),
      asked.length % 2 === 1 ? Promise.resolve(['192.168.1.20']) : Promise.reject(new Error('no answer'))
    );
    const { desk, close } = await openDemoDesk({ feedResolve: resolve });
    try {
      const roomId = (await desk.handlers['booking:today']({})).arrivals[0]!.roomId;
      const feed = await desk.handlers['feed:add']({ roomId, name: 'NAS', url: 'http://nas.test:8080/cal.ics', refreshNow: false });
      expect((await desk.handlers['feed:refresh']({ feedId: feed.id })).results[0]?.error?.key).toBe('bookings.feed.refusedAddress');
      await expect(desk.dispatch('setup:save-settings', { feedLanHost: 'http://nas.test/' })).resolves.toMatchObject({
        ok: false,
        code: 'invalid-request',
      });
      expect((await desk.handlers['setup:save-settings']({ feedLanHost: ' NAS.test ' })).feedLanHost).toBe('nas.test');
      expect((await desk.handlers['setup:state']({})).settings.feedLanHost).toBe('nas.test');
      asked.length = 0;
      expect((await desk.handlers['feed:refresh']({ feedId: feed.id })).results[0]?.error?.key).toBe('bookings.feed.unreachable');
      expect(asked).toEqual(['nas.test', 'nas.test']);
      await desk.handlers['setup:save-settings']({ feedLanHost: null });
      expect((await desk.handlers['feed:refresh']({ feedId: feed.id })).results[0]?.error?.key).toBe('bookings.feed.refusedAddress');
    } finally {
      await close();
    }
  });

  it('never echoes what a non-calendar answer said', async () => {
    routes.set('/admin', (res) =>
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('BEGIN:VCALENDAR\r\ninvalid line admin password hunter2\r\nEND:VCALENDAR\r\n'),
    );
    const { r } = await refresh(`${base}/admin`, ['127.0.0.1']);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/hunter2|password/);
    expect(worded(r.error)).toMatch(/did not answer with a calendar/);
  });
});

describe('limits per feed', () => {
  it('too many events: refused whole; beyond ~2 years: left out; new bookings per refresh: capped', async () => {
    routes.set('/huge', calendar(ics(Array.from({ length: FEED_LIMITS.events + 1 }, (_, i) => ({ uid: `e${i}`, fromMs: NOW + DAY })))));
    expect(worded((await refresh(`${base}/huge`, ['127.0.0.1'])).r)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/more than 5000 events/) as string,
    });

    routes.set(
      '/far',
      calendar(
        ics([
          { uid: 'near', fromMs: NOW + 30 * DAY },
          { uid: 'far', fromMs: NOW + 3 * 365 * DAY },
        ]),
      ),
    );
    expect((await refresh(`${base}/far`, ['127.0.0.1'])).booked).toBe(1);

    // 520 stays, all within the horizon (overlaps are the desk's warning, not this limit's business).
    const stays = Array.from({ length: FEED_LIMITS.newPerRefresh + 20 }, (_, i) => ({ uid: `m${i}`, fromMs: NOW + DAY + i * DAY }));
    routes.set('/many', calendar(ics(stays)));
    const many = await refresh(`${base}/many`, ['127.0.0.1']);
    expect(many.r.ok).toBe(true);
    expect(many.booked).toBe(FEED_LIMITS.newPerRefresh);
    expect((worded(many.r.warnings) as string[]).join('\n')).toMatch(/More than 500 new bookings/);
  });

  it('only a manager adds a feed', () => {
    expect(accessLevelOf('feed:add')).toBe('manager');
  });
});
