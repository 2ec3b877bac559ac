import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { english, type WireMessage } from '../../shared/messages';
import { startIcsServer, type IcsServer } from '../e2e/ics-server';
import { testClock, TEST_INSTANT, type TestClock } from '../support/time';
import { storeOver } from '../support/renderer-store';
import { openDemoDesk } from './demo-desk';

/**
 * The renderer's store slices against a real demo desk (test/support/renderer-store.ts): every
 * answer, refusal and message is the core's. A test may hold one answer back to play it late.
 */
let desk: Desk;
let close: () => Promise<void>;
let clock: TestClock;
let over: Awaited<ReturnType<typeof storeOver>>;
const store = () => over.store.getState();
const say = (m: WireMessage | null | undefined): string | null => (m ? english(m) : null);

let ics: IcsServer;
beforeAll(async () => {
  ics = await startIcsServer();
});
afterAll(() => ics.close());
beforeEach(async () => {
  clock = testClock(TEST_INSTANT);
  ({ desk, close } = await openDemoDesk({ clock, feedAllowHosts: ['127.0.0.1'] }));
  over = await storeOver(desk);
});
afterEach(() => close());

const guest = async (q: string) => (await desk.handlers['booking:search']({ query: q, limit: 5 })).bookings[0]!;
const detailOf = async (q: string) => desk.handlers['booking:get']({ bookingId: (await guest(q)).id });
const roomId = async (name: string) => (await desk.handlers['setup:state']({})).rooms.find((r) => r.name === name)!.id;

describe('deliverySlice', () => {
  it('shows only the latest booking asked for: a late answer for the booking the clerk left is dropped', async () => {
    const ana = await guest('Ana García');
    const tom = await guest('Tom Becker');
    const release = over.holdNext('delivery:state');
    const left = store().loadDelivery(ana.id);
    await store().loadDelivery(tom.id);
    expect(store().delivery?.bookingId).toBe(tom.id);
    release();
    await left;
    expect(store().delivery?.bookingId).toBe(tom.id);
  });

  it('saves a new guest name and the contact, and the open booking shows the new name', async () => {
    const ana = await detailOf('Ana García');
    await store().select(ana.id);
    const failed = await store().saveGuestContact(ana, 'Ana García López', { email: 'ana@example.es', phone: '', language: 'es' });
    expect(failed).toBeNull();
    expect(store().delivery).toMatchObject({ bookingId: ana.id, state: { contact: { email: 'ana@example.es', language: 'es' } } });
    expect((await desk.handlers['booking:get']({ bookingId: ana.id })).guestName).toBe('Ana García López');
    await expect.poll(() => store().detail?.guestName).toBe('Ana García López');
  });

  it('a refused name saves nothing else; a refused address is said and nothing is shown as saved', async () => {
    const ana = await detailOf('Ana García');
    const before = await desk.handlers['delivery:state']({ bookingId: ana.id });
    const noName = await store().saveGuestContact(ana, '   ', { email: 'ana@example.es', phone: '', language: 'en' });
    expect(say(noName)).toMatch(/name/i);
    expect((await desk.handlers['delivery:state']({ bookingId: ana.id })).contact).toEqual(before.contact);
    const badMail = await store().saveGuestContact(ana, ana.guestName, { email: 'ana(at)example', phone: '', language: 'en' });
    expect(say(badMail)).toMatch(/e-mail/i);
    expect(store().delivery).toBeNull();
    expect((await desk.handlers['booking:get']({ bookingId: ana.id })).guestName).toBe(ana.guestName);
  });

  it('a test e-mail the desk cannot send is an error notice with the core’s reason', async () => {
    const n = await store().testEmail('manager@example.es');
    expect(n.tone).toBe('error');
    expect(say(n.msg)).not.toBe('');
  });
});

describe('importSlice', () => {
  const calendar = readFileSync(new URL('../fixtures/bookings/airbnb-room101.ics', import.meta.url), 'utf8');

  it('adding a feed: refused, added but unreadable, or added and read, each listed as the core keeps it', async () => {
    const room = await roomId('101');
    const refused = await store().addFeed({ roomId: room, name: 'Local', url: 'file:///etc/passwd' });
    expect(refused.kind).toBe('refused');
    expect(store().feeds).toEqual([]);

    const unread = await store().addFeed({ roomId: room, name: ' Gone ', url: `${ics.base}/gone.ics` });
    expect(unread).toMatchObject({ kind: 'unread', feed: { name: 'Gone' } });
    expect(say(unread.kind === 'unread' ? unread.msg : null)).toBeTruthy();
    expect(store().feeds.map((f) => [f.name, f.lastError !== null])).toEqual([['Gone', true]]);

    ics.routes.set('/101.ics', calendar);
    const read = await store().addFeed({ roomId: room, name: 'Airbnb', url: `${ics.base}/101.ics` });
    expect(read).toMatchObject({ kind: 'read', feed: { name: 'Airbnb' }, result: { ok: true } });
    expect(read.kind === 'read' && read.result!.counts.create).toBeGreaterThan(0);
    expect(
      store()
        .feeds.map((f) => f.name)
        .sort(),
    ).toEqual(['Airbnb', 'Gone']);
  });

  it('refreshing answers each feed’s result with the list read after it', async () => {
    ics.routes.set('/a.ics', calendar);
    const feed = await desk.handlers['feed:add']({
      roomId: await roomId('101'),
      name: 'Airbnb',
      url: `${ics.base}/a.ics`,
      refreshNow: false,
    });
    const r = await store().refreshFeeds(feed.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.results).toMatchObject([{ feedId: feed.id, ok: true }]);
    expect(feed.lastSuccessMs).toBeNull();
    expect(r.value.feeds).toMatchObject([{ id: feed.id, lastSuccessMs: expect.any(Number) as number }]);
    expect(store().feeds).toEqual(r.value.feeds);
    const none = await store().refreshFeeds(9999);
    expect(none.ok).toBe(false);
  });

  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('imports the mapping the preview showed, and leaves out the problem rows only when asked', async () => {
    const file = {
      fileName: 'a.csv',
      dataBase64: b64('Code,Who,Unit,From,To\nM-1,Mia Map,201,12/06/2026,14/06/2026\nM-2,Max Map,909,12/06/2026,14/06/2026\n'),
    };
    const guessed = await store().previewCsv('  Our PMS ', file, null);
    expect(guessed.ok && guessed.value).toMatchObject({ source: 'Our PMS' });
    const mapping = {
      preset: 'generic' as const,
      columns: { ref: 'Code', guestName: 'Who', room: 'Unit', arrival: 'From', departure: 'To' },
      dateFormat: 'DMY' as const,
      encoding: 'auto' as const,
    };
    const checked = await store().previewCsv('Our PMS', file, mapping);
    if (!checked.ok) throw new Error('preview refused');
    expect(checked.value.counts).toMatchObject({ create: 1, error: 1 });

    const whole = await store().commitCsv(checked.value, file, false);
    expect(whole.ok).toBe(false);
    expect(await desk.handlers['booking:search']({ query: 'Mia Map', limit: 5 })).toMatchObject({ bookings: [] });

    const rest = await store().commitCsv(checked.value, file, true);
    expect(rest).toMatchObject({ ok: true, value: { create: 1, error: 1 } });
    expect((await guest('Mia Map')).roomName).toBe('201');
  });
});

describe('bookingsSlice: no-show', () => {
  it('says why before the arrival time; after it, shows the marked stay', async () => {
    const ana = await guest('Ana García');
    await store().select(ana.id);
    const early = await store().markNoShow(ana.id);
    expect(say(early)).toBe('The arrival time has not come yet: a guest can be marked a no-show only after it.');
    expect(store().detail?.noShowMs).toBeNull();

    clock.advance(ana.arrivalMs - clock.wall() + 3_600_000);
    expect(await store().markNoShow(ana.id)).toBeNull();
    expect(store().selectedId).toBe(ana.id);
    expect(store().detail).toMatchObject({ id: ana.id, status: 'cancelled', noShowMs: expect.any(Number) as number });
  });
});

describe('auditSlice: export', () => {
  it('exports the filtered log without the screen’s row limit, then reads the log again with the export in it', async () => {
    const r = await store().exportAudit({ limit: 50 }, 'es');
    expect(r).toMatchObject({ ok: true, value: { file: expect.stringMatching(/\.csv$/) as string } });
    await expect.poll(() => store().auditEntries.map((e) => e.action)).toContain('audit-export');
  });
});

describe('slipSlice', () => {
  it('starts the slip language at the property’s, read again when asked', async () => {
    await store().loadSlipOptions();
    expect(store().slipLanguage).toBe('en');
    await desk.handlers['setup:save-settings']({ language: 'es' });
    await store().loadSlipOptions();
    expect(store().slipLanguage).toBe('es');
  });
});
