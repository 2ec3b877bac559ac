import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliverySettings } from '../../shared/domain/delivery';
import { DEFAULT_DELIVERY_SETTINGS } from '../../electron/core/delivery/delivery-settings';
import type { Desk } from '../../electron/core/desk';
import { startTestSmtp, type TestSmtp } from '../support/smtp-server';
import { TEST_INSTANT, testClock, type TestClock } from '../support/time';
import { openDemoDesk, until } from './demo-desk';

const HOUR = 3_600_000;

/** A calendar server on 127.0.0.1 whose one feed the test rewrites. */
async function startIcs(): Promise<{ url: string; set: (ics: string) => void; close: () => Promise<void> }> {
  let body = '';
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/calendar' }).end(body));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/room101.ics`,
    set: (ics) => (body = ics),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const calendar = (events: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
// TEST_INSTANT is Wednesday 10 June 2026 in Madrid: a stay from Sunday 14 to Tuesday 16 (15:00 → 11:00).
const STAY = [
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260614',
  'DTEND;VALUE=DATE:20260616',
  'UID:remote-guest-1@airbnb.com',
  'SUMMARY:Reserved',
  'END:VEVENT',
].join('\r\n');
const ARRIVAL = Date.parse('2026-06-14T15:00:00+02:00');
const DEPARTURE = Date.parse('2026-06-16T11:00:00+02:00');

function emailSettings(port: number): DeliverySettings {
  return {
    ...DEFAULT_DELIVERY_SETTINGS,
    email: { enabled: true, host: '127.0.0.1', port, tls: 'none', user: '', from: 'Casa Azul <desk@casa-azul.example>' },
    propertyText: 'Wi-Fi: CasaAzul / sol-y-mar',
  };
}

let smtp: TestSmtp;
let ics: Awaited<ReturnType<typeof startIcs>>;
let clock: TestClock;
let desk: Desk;
let close: () => Promise<void>;
let dir: string;
let dbFile: string;

beforeEach(async () => {
  smtp = await startTestSmtp();
  ics = await startIcs();
  clock = testClock(TEST_INSTANT);
  dir = mkdtempSync(join(tmpdir(), 'delivery-flow-'));
  dbFile = join(dir, 'desk.sqlite');
  ({ desk, close } = await openDemoDesk({ clock, dbFile, feedAllowHosts: ['127.0.0.1'], delivery: { tickMs: 40 } }));
  await desk.handlers['setup:save-delivery']({ settings: emailSettings(smtp.port) });
});
afterEach(async () => {
  await close();
  await ics.close();
  await smtp.close();
  rmSync(dir, { recursive: true, force: true });
});

const room = (name: string): number => {
  const lock = [...desk.simulator!.state.locks.values()].find((l) => l.lockAlias === name);
  if (!lock) throw new Error(`no lock ${name}`);
  return lock.lockId;
};

describe('fully automated passcodes (feed → code ahead → e-mail → cancellation)', () => {
  it('issues the code 48 h before arrival by itself, mails it once the locks have it, and revokes it with a message when the feed cancels', async () => {
    ics.set(calendar([STAY]));
    const feed = await desk.handlers['feed:add']({
      roomId: (await desk.handlers['booking:search']({ query: '101', limit: 5 })).bookings[0]!.roomId,
      name: 'Airbnb',
      url: ics.url,
      refreshNow: true,
    });
    const booking = (await desk.handlers['booking:search']({ query: 'Airbnb', limit: 5 })).bookings.find(
      (b) => b.source === `feed:${feed.id}`,
    )!;
    expect(booking.arrivalMs).toBe(ARRIVAL);
    // The clerk adds the guest's e-mail (the feed carries none).
    const before = await desk.handlers['delivery:save-contact']({
      bookingId: booking.id,
      email: 'remote.guest@example.org',
      phone: '',
      language: 'en',
    });
    expect(before).toMatchObject({ reachable: true, auto: { state: 'waiting', atMs: ARRIVAL - 48 * HOUR } });

    // Four days before arrival: nothing happens.
    await new Promise((r) => setTimeout(r, 200));
    expect((await desk.handlers['booking:get']({ bookingId: booking.id })).credentials).toHaveLength(0);

    // The clock reaches 48 h before arrival: the code is issued by itself, on the room and the entrance.
    clock.advance(ARRIVAL - 48 * HOUR - clock.wall() + 60_000);
    await until(
      async () =>
        (await desk.handlers['booking:get']({ bookingId: booking.id })).credentials.filter((c) => c.state === 'issued').length === 2,
    );
    const detail = await desk.handlers['booking:get']({ bookingId: booking.id });
    expect(detail.status).toBe('booked'); // not checked in: nobody came to the desk
    // Issued behind the clerk's work in the rate budget (priority 1 = background).
    const db = new Database(dbFile, { readonly: true });
    try {
      const priorities = db
        .prepare<[number], { priority: number }>(
          'SELECT o.priority FROM outbox o JOIN credentials c ON c.id = o.credential_id WHERE c.booking_id = ?',
        )
        .all(booking.id);
      expect(priorities.map((p) => p.priority)).toEqual([1, 1]);
    } finally {
      db.close();
    }
    const code = detail.credentials[0]!.secret;
    expect(detail.credentials.map((c) => [c.doorName, c.kind, c.secret, c.startMs, c.endMs])).toEqual([
      ['Room 101', 'passcode', code, ARRIVAL, DEPARTURE],
      ['Entrance', 'passcode', code, ARRIVAL, DEPARTURE],
    ]);

    // The e-mail arrives with the code and its window in property time, as text and HTML.
    await until(() => smtp.received.length === 1);
    const mail = smtp.received[0]!;
    expect(mail.to).toMatchObject({ value: [{ address: 'remote.guest@example.org' }] });
    expect(mail.subject).toBe('Your door code for Casa Azul B&B');
    expect(mail.text).toContain(`Your door code: ${code}`);
    expect(mail.text).toContain('from Sun 14 Jun 2026, 15:00 to Tue 16 Jun 2026, 11:00 (Europe/Madrid)');
    expect(mail.text).toContain('Wi-Fi: CasaAzul / sol-y-mar');
    expect(mail.html || '').toContain(code);
    // The server has the message before the desk reads its 250 reply and records it as sent.
    await until(async () => (await desk.handlers['delivery:state']({ bookingId: booking.id })).messages[0]?.state === 'sent');
    const state = await desk.handlers['delivery:state']({ bookingId: booking.id });
    expect(state.messages).toMatchObject([{ channel: 'email', kind: 'code', state: 'sent', recipient: 'remote.guest@example.org' }]);
    expect(state.shareText).toContain(code);

    // Lock-side truth: the code opens Room 101 and the Entrance during the stay only, and no other room.
    const sim = desk.simulator!.state;
    for (const lock of [room('Room 101'), room('Entrance')]) {
      expect(sim.canOpen(lock, { passcode: code }, ARRIVAL - 60_000)).toBe(false);
      expect(sim.canOpen(lock, { passcode: code }, ARRIVAL + HOUR)).toBe(true);
      expect(sim.canOpen(lock, { passcode: code }, DEPARTURE + 60_000)).toBe(false);
    }
    expect(sim.canOpen(room('Room 102'), { passcode: code }, ARRIVAL + HOUR)).toBe(false);

    // Nothing is sent twice: more looks, more changes of nothing.
    await desk.handlers['feed:refresh']({ feedId: feed.id });
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received).toHaveLength(1);

    // The feed cancels: the code is deleted from both doors and a cancellation goes out.
    ics.set(calendar([]));
    await desk.handlers['feed:refresh']({ feedId: feed.id });
    await until(async () =>
      (await desk.handlers['booking:get']({ bookingId: booking.id })).credentials.every((c) => c.state === 'revoked'),
    );
    for (const lock of [room('Room 101'), room('Entrance')]) expect(sim.canOpen(lock, { passcode: code }, ARRIVAL + HOUR)).toBe(false);
    await until(() => smtp.received.length === 2);
    expect(smtp.received[1]!.subject).toBe('Your booking at Casa Azul B&B is cancelled');
    expect(smtp.received[1]!.text).not.toContain(code);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received).toHaveLength(2);
  });
});

// Lukas Novák is in 202 until Saturday 13 June; a feed on 202 brings a stay from Thursday 11 to Friday 12.
const OVER_LUKAS = [
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260611',
  'DTEND;VALUE=DATE:20260612',
  'UID:remote-guest-2@airbnb.com',
  'SUMMARY:Reserved',
  'END:VEVENT',
].join('\r\n');

describe('an automatic code that meets another stay', () => {
  it('waits in Needs attention with the clash named, is not tried again until something changes, and goes out once a clerk moves the stay', async () => {
    const room202 = (await desk.handlers['booking:search']({ query: 'Lukas', limit: 5 })).bookings[0]!.roomId;
    ics.set(calendar([OVER_LUKAS]));
    const feed = await desk.handlers['feed:add']({ roomId: room202, name: 'Airbnb 202', url: ics.url, refreshNow: true });
    const booking = (await desk.handlers['booking:search']({ query: 'Airbnb', limit: 5 })).bookings.find(
      (b) => b.source === `feed:${feed.id}`,
    )!;
    await desk.handlers['delivery:save-contact']({ bookingId: booking.id, email: 'second.guest@example.org', phone: '', language: 'en' });

    // Within 48 h of the arrival: the scheduler tries at once, and the occupancy rules refuse.
    await until(async () => (await desk.handlers['delivery:state']({ bookingId: booking.id })).auto.state === 'held');
    const held = await desk.handlers['delivery:state']({ bookingId: booking.id });
    expect(held.auto.reason).toMatchObject({ key: 'access.roomHeld', params: { guest: 'Lukas Novák' } });
    const items = (await desk.handlers['attention:list']({})).items;
    expect(items.some((i) => i.booking.id === booking.id || (i.kind === 'clash' && i.other.id === booking.id))).toBe(true);
    expect((await desk.handlers['booking:get']({ bookingId: booking.id })).credentials).toHaveLength(0);

    // Held is not a retry loop: while nothing changes at the desk, later looks leave it alone.
    const db = new Database(dbFile, { readonly: true });
    const triedAt = (): number =>
      db.prepare<[number], { updated_ms: number }>('SELECT updated_ms FROM auto_issues WHERE booking_id = ?').get(booking.id)!.updated_ms;
    try {
      const first = triedAt();
      clock.advance(5 * 60_000);
      await new Promise((r) => setTimeout(r, 400)); // ten looks at 40 ms
      expect(triedAt()).toBe(first);
      // An hour on (a stay that overlapped only the past would be free now), it is tried once more, still refused.
      clock.advance(60 * 60_000);
      await until(() => triedAt() > first);
      expect((await desk.handlers['delivery:state']({ bookingId: booking.id })).auto.state).toBe('held');
    } finally {
      db.close();
    }
    expect(smtp.received).toHaveLength(0);

    // The clerk moves the stay to 103 (free from Thursday): the code is issued by itself and mailed.
    const room103 = (await desk.handlers['setup:state']({})).rooms.find((r) => r.name === '103')!.id;
    await desk.handlers['access:apply-change']({ bookingId: booking.id, roomId: room103 });
    await until(
      async () =>
        (await desk.handlers['booking:get']({ bookingId: booking.id })).credentials.filter((c) => c.state === 'issued').length === 2,
    );
    const detail = await desk.handlers['booking:get']({ bookingId: booking.id });
    expect(detail.credentials.map((c) => c.doorName).sort()).toEqual(['Entrance', 'Room 103']);
    await until(() => smtp.received.length === 1);
    expect(smtp.received[0]!.text).toContain(detail.credentials[0]!.secret);
    expect((await desk.handlers['delivery:state']({ bookingId: booking.id })).auto.state).toBe('issued');
    expect((await desk.handlers['attention:list']({})).items.some((i) => i.booking.id === booking.id)).toBe(false);
  });
});
