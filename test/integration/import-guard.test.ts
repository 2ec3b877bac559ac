import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { english } from '../../shared/messages';
import { icsCalendar, startIcsServer, type IcsServer } from '../e2e/ics-server';
import { drainOutbox, openDemoDesk } from './demo-desk';

/**
 * Issue 15, rules 3–5, through the desk's own handlers: a real SQLite file, the simulator over
 * HTTP, and a calendar served over HTTP. The demo at TEST_INSTANT (09:30 in Madrid): Lukas Novák
 * is in 202 until day 3, Olivia Smith in 103 until 11:00 today.
 */
const HOUR = 3_600_000;
const ZONE = 'Europe/Madrid';
let desk: Desk;
let close: () => Promise<void>;
let ics: IcsServer;
beforeEach(async () => {
  ({ desk, close } = await openDemoDesk({ feedAllowHosts: ['127.0.0.1'] })); // the test's ICS server, allowed by name
  ics = await startIcsServer();
});
afterEach(async () => {
  await ics.close();
  await close();
});

const sim = () => desk.simulator!.state;
const lockOf = (alias: string) => [...sim().locks.values()].find((l) => l.lockAlias === alias)!.lockId;
const opens = (alias: string, card: string, at: number) => sim().canOpen(lockOf(alias), { card }, at);
const search = async (q: string) => (await desk.handlers['booking:search']({ query: q, limit: 10 })).bookings;
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const refresh = async (feedId: number) => (await desk.handlers['feed:refresh']({ feedId })).results[0]!;

describe('rule 3: an import never double-books silently', () => {
  it('a feed event on top of an in-house guest goes in as needs-attention and gets no card', async () => {
    const lukas = (await search('Lukas'))[0]!;
    ics.routes.set('/202.ics', icsCalendar([{ uid: 'clash-1', summary: 'Reserved', fromDay: 1, toDay: 2 }], ZONE));
    const feed = await desk.handlers['feed:add']({ roomId: lukas.roomId, name: 'Airbnb', url: `${ics.base}/202.ics`, refreshNow: false });
    const r = await refresh(feed.id);
    expect(r.counts.create).toBe(1);
    expect(r.warnings.map(english).join(' ')).toMatch(/clashes with Lukas Novák .* needs attention/);
    const added = (await search('Airbnb guest'))[0]!;
    await expect(
      Promise.resolve().then(() => desk.handlers['access:issue-card']({ bookingId: added.id, cardNumber: '7770001111' })),
    ).rejects.toThrow(/held by Lukas Novák/);
    expect(opens('Room 202', '7770001111', added.arrivalMs + HOUR)).toBe(false);
  });

  it('a CSV row into an occupied room goes in with the clash named in the preview', async () => {
    const file = csv('Reference,Guest,Room,Arrival,Departure\nCB-1,Carla Clash,202,2026-06-11,2026-06-12\n');
    const preview = await desk.handlers['import:csv-preview']({ source: 'Cloudbeds', fileName: 'b.csv', dataBase64: file });
    expect(preview.rows[0]!.action).toBe('create');
    expect(preview.rows[0]!.warnings.map(english).join(' ')).toMatch(/clashes with Lukas Novák/);
  });
});

describe('rule 4: outside changes that widen issued access wait; shortening applies at once; limits for every source', () => {
  it('a feed extending a guest with a card waits for the clerk, a shortening applies, a 2099 departure is left out with a reason', async () => {
    const olivia = (await search('Olivia'))[0]!;
    const put = (toDay: number) =>
      ics.routes.set('/103.ics', icsCalendar([{ uid: 'stay-1', summary: 'Pat Feed', fromDay: 0, toDay }], ZONE));
    put(3);
    const feed = await desk.handlers['feed:add']({ roomId: olivia.roomId, name: 'Airbnb', url: `${ics.base}/103.ics`, refreshNow: false });
    expect((await refresh(feed.id)).counts.create).toBe(1);
    const pat = (await search('Pat Feed'))[0]!;
    await desk.handlers['access:issue-card']({ bookingId: pat.id, cardNumber: '7770002222' });

    put(6);
    const longer = await refresh(feed.id);
    expect(longer.warnings.map(english).join(' ')).toMatch(
      /would extend or move a card or code already issued; it waits in Needs attention for a clerk/,
    );
    expect((await search('Pat Feed'))[0]!.departureMs).toBe(pat.departureMs);
    expect(opens('Room 103', '7770002222', pat.departureMs + HOUR)).toBe(false);

    put(2);
    await refresh(feed.id);
    const shorter = (await search('Pat Feed'))[0]!;
    expect(shorter.departureMs).toBe(pat.departureMs - 24 * HOUR);
    await drainOutbox(desk);
    expect(opens('Room 103', '7770002222', shorter.departureMs + HOUR)).toBe(false);
    expect(opens('Room 103', '7770002222', shorter.departureMs - HOUR)).toBe(true);
    // Rule 7: the audit says what made the change (the feed) and the window before and after.
    const { entries } = await desk.handlers['audit:list']({ bookingId: pat.id });
    const byFeed = entries.find((e) => e.action === 'booking-changed')!;
    expect(byFeed.staff).toBe(`feed:${feed.id}`);
    expect(english(byFeed.detail!)).toMatch(
      new RegExp(`by feed:${feed.id}: departure \\d{4}-\\d\\d-\\d\\d 11:00 → \\d{4}-\\d\\d-\\d\\d 11:00$`),
    );

    // Not a datatype mismatch for the whole feed: that one event is left out, the booking kept.
    ics.routes.set(
      '/103.ics',
      icsCalendar([{ uid: 'stay-1', summary: 'Pat Feed', fromDay: 0, toDay: 2 }], ZONE).replace(
        /DTEND;VALUE=DATE:\d{8}/,
        'DTEND;VALUE=DATE:21100101',
      ),
    );
    const far = await refresh(feed.id);
    expect(far.ok).toBe(true);
    expect(far.warnings.map(english).join(' ')).toMatch(/Event stay-1 left out: the dates are outside what the desk can store/);
    expect((await search('Pat Feed'))[0]!.status).not.toBe('cancelled');
  });

  it('a CSV row in 2062 or longer than a year is a row error, with its reason', async () => {
    const file = csv(
      'Reference,Guest,Room,Arrival,Departure\nF-1,Far Future,101,2062-05-01,2062-05-03\nL-1,Long Stay,102,2026-07-01,2027-12-01\n',
    );
    const preview = await desk.handlers['import:csv-preview']({ source: 'Cloudbeds', fileName: 'b.csv', dataBase64: file });
    const byRef = new Map(preview.rows.map((r) => [r.ref, r]));
    expect(byRef.get('F-1')!.action).toBe('error');
    expect(byRef.get('F-1')!.errors.map(english)).toContain('the arrival is more than two years ahead');
    expect(byRef.get('L-1')!.errors.map(english).join(' ')).toMatch(/a stay can be at most a year/);
  });
});

describe('rule 5: a CSV source is a name chosen in the desk, never a reserved one', () => {
  it.each(['desk', 'Desk ', 'feed:1', 'demo'])('source %j is refused and edits nothing', async (source) => {
    const ana = (await search('Ana'))[0]!;
    const file = csv(`Reference,Guest,Room,Arrival,Departure\n${ana.ref},Mallory,202,2026-06-10,2026-06-20\n`);
    await expect(
      Promise.resolve().then(() => desk.handlers['import:csv-commit']({ source, fileName: 'b.csv', dataBase64: file })),
    ).rejects.toThrow(/a name the desk uses itself/);
    expect((await search('Ana'))[0]).toEqual(ana);
  });
});
