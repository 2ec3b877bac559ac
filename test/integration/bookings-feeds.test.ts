import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { feedSource } from '../../electron/core/bookings/feeds';
import { setLogLevel } from '../../electron/core/log';
import { openBookingsHarness, type BookingsHarness } from './bookings-harness';
import { worded } from '../support/in-english';

setLogLevel('error');
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/bookings/${name}`, import.meta.url), 'utf8');

/** A real ICS server on 127.0.0.1: each path answers whatever the test put there. */
type Route = string | ((res: ServerResponse) => void);
const routes = new Map<string, Route>();
const hits = new Map<string, number>();
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (route === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    if (typeof route === 'function') return route(res);
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(route);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const NOW = Date.UTC(2027, 0, 10);
let h: BookingsHarness;
beforeEach(() => {
  routes.clear();
  h = openBookingsHarness({ nowMs: NOW, limits: { timeoutMs: 1_500, maxBytes: 10 * 1024 * 1024 } });
});
afterEach(async () => h.close());

describe('iCal feeds per room', () => {
  it('imports new events at check-in/out times, updates moved ones, and cancels vanished future ones only', async () => {
    routes.set('/airbnb/101.ics', fixture('airbnb-room101.ics'));
    const feedId = h.feeds.add(h.roomIds['101']!, 'Airbnb', `${base}/airbnb/101.ics`);
    const first = await h.feedSync.refresh(feedId);
    expect(worded(first)).toMatchObject({
      ok: true,
      counts: { create: 2 },
      warnings: [expect.stringContaining('blocked by the host') as string],
    });
    const stays = h.bookings.bySource(feedSource(feedId)).sort((a, b) => a.arrivalMs - b.arrivalMs);
    expect(
      stays.map((b) => [b.guestName, b.roomName, new Date(b.arrivalMs).toISOString(), new Date(b.departureMs).toISOString(), b.status]),
    ).toEqual([
      ['Airbnb guest', '101', '2027-03-26T14:00:00.000Z', '2027-03-30T09:00:00.000Z', 'booked'],
      ['Airbnb guest', '101', '2027-04-05T13:00:00.000Z', '2027-04-10T09:00:00.000Z', 'booked'],
    ]);
    expect(h.feeds.get(feedId)).toMatchObject({ lastSuccessMs: NOW, lastError: null, lastEventCount: 2 });

    // Unchanged feed: nothing written.
    expect((await h.feedSync.refresh(feedId)).counts).toMatchObject({ create: 0, update: 0, unchanged: 2, cancel: 0 });

    // The first stay moved a night later; the second vanished from the feed.
    routes.set('/airbnb/101.ics', fixture('airbnb-room101-changed.ics'));
    expect((await h.feedSync.refresh(feedId)).counts).toMatchObject({ update: 1, cancel: 1 });
    const [moved, vanished] = [h.bookings.get(stays[0]!.id)!, h.bookings.get(stays[1]!.id)!];
    expect(new Date(moved.arrivalMs).toISOString()).toBe('2027-03-27T14:00:00.000Z');
    expect(vanished.status).toBe('cancelled');
    expect(h.eventKinds()).toEqual(['created', 'created', 'rescheduled', 'cancelled']);
  });

  it('never touches history or in-house guests when their events disappear', async () => {
    routes.set('/f.ics', fixture('airbnb-room101.ics'));
    const feedId = h.feeds.add(h.roomIds['101']!, 'Airbnb', `${base}/f.ics`);
    await h.feedSync.refresh(feedId);
    const [a, b] = h.bookings.bySource(feedSource(feedId)).sort((x, y) => x.arrivalMs - y.arrivalMs);
    h.bookings.setStatus(a!.id, 'checked_in');
    h.bookings.setStatus(a!.id, 'checked_out');
    h.bookings.setStatus(b!.id, 'checked_in');
    routes.set('/f.ics', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN\r\nEND:VCALENDAR\r\n');
    h.clock.nowMs = Date.parse('2027-04-06T10:00:00Z'); // a has departed, b is in house
    const r = await h.feedSync.refresh(feedId);
    expect(r.counts).toMatchObject({ cancel: 0, skip: 1 });
    expect(worded(r.warnings)).toEqual([
      expect.stringMatching(/in house but no longer in the feed; the guest keeps their access until a clerk confirms it/) as string,
    ]);
    expect(h.bookings.get(a!.id)!.status).toBe('checked_out');
    expect(h.bookings.get(b!.id)!.status).toBe('checked_in');
  });

  it('cancels on STATUS:CANCELLED and reads TZID / VTIMEZONE feeds', async () => {
    routes.set('/vrbo.ics', fixture('airbnb-room101.ics').replace('Airbnb Inc', 'HomeAway'));
    const vrbo = h.feeds.add(h.roomIds['102']!, 'VRBO', `${base}/vrbo.ics`);
    await h.feedSync.refresh(vrbo);
    // VRBO keeps the event but marks it cancelled (same UID as the first stay above).
    routes.set(
      '/vrbo.ics',
      fixture('vrbo-cancelled.ics').replace('4f2b9c7e-vrbo-1', '1418fb94e984-8b2c1c0e1e3a1b1e6d6a4b0f34e3b1b0@airbnb.com'),
    );
    const r = await h.feedSync.refresh(vrbo);
    expect(r.counts).toMatchObject({ cancel: 2 }); // one marked cancelled, one vanished
    routes.set('/cm.ics', fixture('channel-manager-tzid.ics'));
    const cm = h.feeds.add(h.roomIds['201']!, 'Channel manager', `${base}/cm.ics`);
    const res = await h.feedSync.refresh(cm);
    expect(res).toMatchObject({ ok: true, counts: { create: 3, skip: 1 } });
    expect(h.bookings.search('garcia')[0]).toMatchObject({ roomName: '201', arrivalMs: Date.parse('2027-03-27T15:00:00Z') });
  });

  it('records each kind of feed failure on the feed and keeps every booking', async () => {
    routes.set('/ok.ics', fixture('airbnb-room101.ics'));
    const feedId = h.feeds.add(h.roomIds['101']!, 'Airbnb', `${base}/ok.ics`);
    await h.feedSync.refresh(feedId);
    const count = (): unknown => h.db.prepare("SELECT count(*) FROM bookings WHERE status = 'booked'").pluck().get();
    expect(count()).toBe(2);

    const failWith = async (route: Route | null, pattern: RegExp): Promise<void> => {
      if (route === null) routes.delete('/ok.ics');
      else routes.set('/ok.ics', route);
      h.clock.nowMs += 60_000;
      const r = await h.feedSync.refresh(feedId);
      expect(worded(r)).toMatchObject({ ok: false, error: expect.stringMatching(pattern) as string });
      expect(worded(h.feeds.get(feedId))).toMatchObject({
        lastError: expect.stringMatching(pattern) as string,
        lastErrorMs: h.clock.nowMs,
        lastSuccessMs: NOW,
      });
      expect(count()).toBe(2);
    };
    await failWith(null, /answered HTTP 404/);
    await failWith(fixture('malformed.ics'), /did not answer with a calendar/);
    await failWith('', /empty/);
    await failWith((res) => res.writeHead(200).write('BEGIN:VCALENDAR\r\n'), /did not (answer|finish) within/); // never ends
    await failWith((res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      const chunk = Buffer.alloc(1024 * 1024, 0x41);
      for (let i = 0; i < 11; i++) res.write(chunk);
      res.end();
    }, /larger than 10 MB/);
    await failWith((res) => res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end(), /larger than 10 MB/);

    const dead = h.feeds.add(h.roomIds['102']!, 'Gone', 'http://127.0.0.1:9/none.ics');
    expect(worded(await h.feedSync.refresh(dead))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/could not be reached/) as string,
    });

    // Back to normal: the error clears, nothing was lost.
    routes.set('/ok.ics', fixture('airbnb-room101.ics'));
    expect(await h.feedSync.refresh(feedId)).toMatchObject({ ok: true, counts: { unchanged: 2 } });
    expect(h.feeds.get(feedId)).toMatchObject({ lastError: null });
  });

  it('refreshes all feeds on a schedule', async () => {
    routes.set('/a.ics', fixture('airbnb-room101.ics'));
    h.feeds.add(h.roomIds['101']!, 'Airbnb', `${base}/a.ics`);
    hits.clear();
    h.feedSync.start(50);
    await expect.poll(() => hits.get('/a.ics') ?? 0, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    await h.feedSync.stop();
    expect(h.bookings.search('com')).toEqual([]); // the UID's domain (@airbnb.com) is not searchable
    expect(h.bookings.search('1418fb94').length).toBe(1);
  });
});
