import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { english } from '../../shared/messages';
import { icsCalendar, startIcsServer, type IcsServer } from '../e2e/ics-server';
import { drainOutbox, openDemoDesk } from './demo-desk';

/**
 * Issue 15, rules 3 and 4 to the end: what an import could not decide waits in the Needs-attention
 * list (attention:list) until a clerk resolves it, and the locks (the simulator's truth) follow the
 * clerk's answer only. The demo at TEST_INSTANT (09:30 in Madrid): Olivia Smith in 103 until 11:00
 * today, Mei Tanaka in 201 tonight, Lukas Novák in 202 until day 3.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = 'Europe/Madrid';
let desk: Desk;
let close: () => Promise<void>;
let ics: IcsServer;
beforeEach(async () => {
  ({ desk, close } = await openDemoDesk({ feedAllowHosts: ['127.0.0.1'] }));
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
const one = async (q: string) => (await search(q))[0]!;
const list = async () => (await desk.handlers['attention:list']({})).items;
const refresh = async (feedId: number) => (await desk.handlers['feed:refresh']({ feedId })).results[0]!;
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const roomId = async (name: string) => (await desk.handlers['setup:state']({})).rooms.find((r) => r.name === name)!.id;

/**
 * A feed on room 103 with Pat Feed from today to `toDay` (or nothing), and Pat holding a card: from
 * the arrival, or from now (in house already) when Olivia has been checked out first.
 */
async function patWithCard(opts: { early?: boolean } = {}): Promise<{ feedId: number; put: (toDay: number | null) => void }> {
  const put = (toDay: number | null) =>
    ics.routes.set('/103.ics', icsCalendar(toDay === null ? [] : [{ uid: 'stay-1', summary: 'Pat Feed', fromDay: 0, toDay }], ZONE));
  put(3);
  const feed = await desk.handlers['feed:add']({
    roomId: await roomId('103'),
    name: 'Airbnb 103',
    url: `${ics.base}/103.ics`,
    refreshNow: false,
  });
  await refresh(feed.id);
  if (opts.early) await desk.handlers['access:check-out']({ bookingId: (await one('Olivia Smith')).id });
  await desk.handlers['access:issue-card']({ bookingId: (await one('Pat Feed')).id, cardNumber: '7770002222' });
  await drainOutbox(desk);
  return { feedId: feed.id, put };
}

describe('rule 3: a clashing import waits in the list until a clerk resolves it', () => {
  it('lists the feed event that landed on Lukas, and moving it to a free room clears it', async () => {
    ics.routes.set('/202.ics', icsCalendar([{ uid: 'clash-1', summary: 'Reserved', fromDay: 1, toDay: 2 }], ZONE));
    const feed = await desk.handlers['feed:add']({
      roomId: await roomId('202'),
      name: 'Airbnb 202',
      url: `${ics.base}/202.ics`,
      refreshNow: false,
    });
    await refresh(feed.id);
    const items = await list();
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.kind).toBe('clash');
    if (item.kind !== 'clash') return;
    expect(item.booking.guestName).toBe('Airbnb 202 guest');
    expect(item.other.guestName).toBe('Lukas Novák');
    // A move into another held room is refused and the item stays; a free one resolves it.
    const room101 = await roomId('101');
    await expect(
      Promise.resolve().then(() => desk.handlers['access:apply-change']({ bookingId: item.booking.id, roomId: room101 })),
    ).rejects.toThrow(/101/);
    expect(await list()).toHaveLength(1);
    await desk.handlers['access:apply-change']({ bookingId: item.booking.id, roomId: await roomId('103') });
    expect(await list()).toEqual([]);
    const issued = await desk.handlers['access:issue-card']({ bookingId: item.booking.id, cardNumber: '7770001111' });
    await drainOutbox(desk);
    expect(opens('Room 103', '7770001111', issued.arrivalMs + HOUR)).toBe(true);
    expect(opens('Room 202', '7770001111', issued.arrivalMs + HOUR)).toBe(false);
  });

  it('a cancelled clash leaves the list', async () => {
    const file = csv(`Reference,Guest,Room,Arrival,Departure\nCB-1,Carla Clash,202,${dates(1, 2)}\n`);
    await desk.handlers['import:csv-commit']({ source: 'Cloudbeds', fileName: 'b.csv', dataBase64: file });
    const [item] = await list();
    expect(item?.booking.guestName).toBe('Carla Clash');
    await desk.handlers['access:cancel']({ bookingId: item!.booking.id });
    expect(await list()).toEqual([]);
  });
});

/** "YYYY-MM-DD,YYYY-MM-DD" for days from today in the property's zone. */
function dates(from: number, to: number): string {
  const day = (n: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(desk.time.now() + n * DAY),
    );
  return `${day(from)},${day(to)}`;
}

describe('rule 4: a held-back change is stored and waits for a clerk', () => {
  it('a feed extension is kept, named with the feed, and opens later only once confirmed', async () => {
    const { feedId, put } = await patWithCard();
    const pat = await one('Pat Feed');
    put(5);
    await refresh(feedId);
    const [item] = await list();
    expect(item?.kind).toBe('held');
    if (item?.kind !== 'held') return;
    expect(item.source).toBe('Airbnb 103');
    expect(item.proposal.departureMs).toBe(pat.departureMs + 2 * DAY);
    expect((await one('Pat Feed')).departureMs).toBe(pat.departureMs);
    expect(opens('Room 103', '7770002222', pat.departureMs + HOUR)).toBe(false);

    const after = (await desk.handlers['attention:resolve']({ heldId: item.id, confirm: true })).booking!;
    expect(after.departureMs).toBe(pat.departureMs + 2 * DAY);
    await drainOutbox(desk);
    expect(opens('Room 103', '7770002222', pat.departureMs + HOUR)).toBe(true);
    expect(opens('Room 103', '7770002222', after.departureMs + HOUR)).toBe(false);
    expect(await list()).toEqual([]);
    // The feed now agrees with the booking: nothing is held or warned again.
    expect((await refresh(feedId)).warnings).toEqual([]);
    const { entries } = await desk.handlers['audit:list']({ bookingId: pat.id });
    expect(entries.map((e) => english(e.detail ?? { key: 'audit.noChange', params: {} }))).toContain(
      'confirmed the change held back from feed:' + feedId,
    );
  });

  it('a rejected change is not asked again by the next refresh, but a different one is', async () => {
    const { feedId, put } = await patWithCard();
    const pat = await one('Pat Feed');
    put(6);
    await refresh(feedId);
    const [item] = await list();
    await desk.handlers['attention:resolve']({ heldId: item!.kind === 'held' ? item!.id : -1, confirm: false });
    expect(await list()).toEqual([]);
    expect((await refresh(feedId)).warnings).toEqual([]);
    expect(await list()).toEqual([]);
    expect((await one('Pat Feed')).departureMs).toBe(pat.departureMs);
    put(7);
    await refresh(feedId);
    expect((await list()).map((i) => i.kind === 'held' && i.proposal.departureMs)).toEqual([pat.departureMs + 4 * DAY]);
  });

  it('confirming an extension over another stay is refused with the clash named, and the item stays', async () => {
    const { feedId, put } = await patWithCard();
    await desk.handlers['import:csv-commit']({
      source: 'Cloudbeds',
      fileName: 'b.csv',
      dataBase64: csv(`Reference,Guest,Room,Arrival,Departure\nCB-9,Nina Next,103,${dates(5, 6)}\n`),
    });
    put(6);
    await refresh(feedId);
    const held = (await list()).find((i) => i.kind === 'held')!;
    await expect(
      Promise.resolve().then(() => desk.handlers['attention:resolve']({ heldId: held.kind === 'held' ? held.id : -1, confirm: true })),
    ).rejects.toThrow(/Nina Next/);
    expect((await list()).some((i) => i.kind === 'held')).toBe(true);
  });

  it('a CSV move of a guest with a code waits, and once confirmed the code opens the new room only', async () => {
    await desk.handlers['import:csv-commit']({
      source: 'Cloudbeds',
      fileName: 'a.csv',
      dataBase64: csv(`Reference,Guest,Room,Arrival,Departure\nCB-2,Mo Mover,201,${dates(1, 2)}\n`),
    });
    const mo = await one('Mo Mover');
    const code = (await desk.handlers['access:issue-passcode']({ bookingId: mo.id })).credentials.find(
      (c) => c.kind === 'passcode',
    )!.secret;
    await desk.handlers['import:csv-commit']({
      source: 'Cloudbeds',
      fileName: 'b.csv',
      dataBase64: csv(`Reference,Guest,Room,Arrival,Departure\nCB-2,Mo Mover,103,${dates(1, 2)}\n`),
    });
    expect((await one('Mo Mover')).roomName).toBe('201');
    const [item] = await list();
    expect(item?.kind === 'held' && item.source).toBe('Cloudbeds');
    await desk.handlers['attention:resolve']({ heldId: item!.kind === 'held' ? item!.id : -1, confirm: true });
    await drainOutbox(desk);
    const at = mo.arrivalMs + HOUR;
    expect(sim().canOpen(lockOf('Room 103'), { passcode: code }, at)).toBe(true);
    expect(sim().canOpen(lockOf('Room 201'), { passcode: code }, at)).toBe(false);
  });

  it('a feed that drops a guest in house does not lock them out: it waits, and confirming revokes', async () => {
    const { feedId, put } = await patWithCard({ early: true });
    const pat = await one('Pat Feed');
    expect(pat.status).toBe('checked_in');
    const now = desk.time.now() + 60_000;
    expect(opens('Room 103', '7770002222', now)).toBe(true);
    put(null);
    const r = await refresh(feedId);
    expect(r.warnings.map(english).join(' ')).toMatch(/keeps their access until a clerk confirms it in Needs attention/);
    await drainOutbox(desk);
    expect((await one('Pat Feed')).status).toBe('checked_in');
    expect(opens('Room 103', '7770002222', now)).toBe(true);
    const [item] = await list();
    expect(item?.kind === 'held' && item.proposal.cancel).toBe(true);
    await desk.handlers['attention:resolve']({ heldId: item!.kind === 'held' ? item!.id : -1, confirm: true });
    await drainOutbox(desk);
    expect((await one('Pat Feed')).status).toBe('cancelled');
    expect(opens('Room 103', '7770002222', now)).toBe(false);
    expect(opens('Room 103', '7770002222', pat.arrivalMs + HOUR)).toBe(false);
    expect(await list()).toEqual([]);
  });

  it('a feed that drops a checked-in guest whose card starts at a later arrival cancels at once', async () => {
    const { feedId, put } = await patWithCard();
    const pat = await one('Pat Feed');
    expect(pat.status).toBe('checked_in');
    put(null);
    expect((await refresh(feedId)).counts.cancel).toBe(1);
    await drainOutbox(desk);
    expect(opens('Room 103', '7770002222', pat.arrivalMs + HOUR)).toBe(false);
    expect(await list()).toEqual([]);
  });
});
