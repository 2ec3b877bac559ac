import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { openDemoDesk } from './demo-desk';

/**
 * Guest identity (issue 19 item 5) through the desk's handlers (the IPC table): the reservation code
 * and the phone's last 4 digits from feeds, shown and searchable; the name, e-mail and phone a clerk
 * sets are kept when the feed or the file is read again, while dates and cancellations still apply.
 *
 * The calendars are written from the formats as Airbnb, VRBO/HomeAway and Booking.com publish them
 * (feed-identity.ts says what each carries), with made-up codes and digits.
 */
async function startIcs(): Promise<{ url: string; set: (ics: string) => void; close: () => Promise<void> }> {
  let body = '';
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/calendar' }).end(body));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/room.ics`,
    set: (ics) => (body = ics),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const calendar = (prodid: string, events: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodid}`, ...events, 'END:VCALENDAR', ''].join('\r\n');
// Airbnb folds the long DESCRIPTION line (RFC 5545 §3.1) and escapes its line break as \n.
const airbnb = (uid: string, start: string, end: string, code: string, last4: string): string =>
  [
    'BEGIN:VEVENT',
    'DTSTAMP:20260601T080000Z',
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    'SUMMARY:Reserved',
    `UID:${uid}@airbnb.com`,
    'DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/de',
    ` tails/${code}\\nPhone Number (Last 4 Digits): ${last4}`,
    'END:VEVENT',
  ].join('\r\n');
const AIRBNB = '-//Airbnb Inc//Hosting Calendar 1.0//EN';

let ics: Awaited<ReturnType<typeof startIcs>>;
let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => {
  ics = await startIcs();
  ({ desk, close } = await openDemoDesk({ feedAllowHosts: ['127.0.0.1'] }));
});
afterEach(async () => {
  await close();
  await ics.close();
});

const search = async (q: string) => (await desk.handlers['booking:search']({ query: q, limit: 10 })).bookings;
const roomId = async (name: string) => (await desk.handlers['setup:state']({})).rooms.find((r) => r.name === name)!.id;
const addFeed = async (name: string, room: string) =>
  desk.handlers['feed:add']({ roomId: await roomId(room), name, url: `${ics.url}?${encodeURIComponent(name)}`, refreshNow: true });

describe('guest identity from feeds', () => {
  it('an Airbnb stay shows its reservation code (not the UID hash) and the phone’s last 4, and is found by either', async () => {
    // The demo at 2026-06-10: room 103 is free from the 10th at 11:00.
    ics.set(calendar(AIRBNB, [airbnb('5f1e2d3c4b5a-0a1b2c3d4e5f60718293a4b5c6d7e8f9', '20260620', '20260623', 'HMQ4ZT7KXA', '4821')]));
    await addFeed('Airbnb', '103');
    const [found] = await search('HMQ4ZT7KXA');
    expect(found).toMatchObject({ guestName: 'Airbnb guest', resCode: 'HMQ4ZT7KXA', phoneLast4: '4821', roomName: '103' });
    expect(found!.ref).toBe('5f1e2d3c4b5a-0a1b2c3d4e5f60718293a4b5c6d7e8f9@airbnb.com');
    // By a prefix of the code, any case, and by the last 4 digits.
    expect((await search('hmq4z')).map((b) => b.id)).toEqual([found!.id]);
    expect((await search('4821')).map((b) => b.id)).toEqual([found!.id]);
    const detail = await desk.handlers['booking:get']({ bookingId: found!.id });
    expect(detail).toMatchObject({ resCode: 'HMQ4ZT7KXA', phoneLast4: '4821' });
  });

  it('VRBO / HomeAway give the name in the title; Booking.com gives nothing and gets no guess', async () => {
    ics.set(
      calendar('-//HomeAway.com, Inc.//EN', [
        [
          'BEGIN:VEVENT',
          'UID:7d1c2b3a-0f9e-4d8c-b7a6-5e4d3c2b1a09',
          'DTSTAMP:20260601T080000Z',
          'DTSTART;VALUE=DATE:20260620',
          'DTEND;VALUE=DATE:20260622',
          'SUMMARY:Reserved - Mélanie Dubois',
          'END:VEVENT',
        ].join('\r\n'),
      ]),
    );
    await addFeed('VRBO', '103');
    expect(await search('Mélanie')).toMatchObject([{ guestName: 'Mélanie Dubois', resCode: '', phoneLast4: '' }]);

    ics.set(
      calendar('-//admin.booking.com\\\\\\, b.v.//NONSGML v1.0//EN', [
        [
          'BEGIN:VEVENT',
          'DTSTAMP:20260601T080000Z',
          'DTSTART;VALUE=DATE:20260625',
          'DTEND;VALUE=DATE:20260627',
          'UID:0c4e1f2a9b8d7c6e5f4a3b2c1d0e9f8a@booking.com',
          'SUMMARY:CLOSED - Not available',
          'END:VEVENT',
        ].join('\r\n'),
      ]),
    );
    await addFeed('Booking.com', '103');
    const [bdc] = await search('Booking.com guest');
    expect(bdc).toMatchObject({
      guestName: 'Booking.com guest',
      resCode: '',
      phoneLast4: '',
      ref: '0c4e1f2a9b8d7c6e5f4a3b2c1d0e9f8a@booking.com',
    });
  });

  it('the name, e-mail and phone a clerk sets are kept across refreshes; the feed still moves the dates and cancels', async () => {
    const uid = '5f1e2d3c4b5a-1b2c3d4e5f6071829304a5b6c7d8e9f0';
    ics.set(calendar(AIRBNB, [airbnb(uid, '20260620', '20260623', 'HMK2W9PZ4D', '0375')]));
    const feed = await addFeed('Airbnb', '103');
    const [b] = await search('HMK2W9PZ4D');
    expect((await desk.handlers['booking:update']({ bookingId: b!.id, guestName: 'Hannah Schulz' })).kind).toBe('saved');
    await desk.handlers['delivery:save-contact']({
      bookingId: b!.id,
      email: 'hannah@example.org',
      phone: '+49 151 2345 0375',
      language: 'en',
    });

    // The host moved the stay a night later: the dates follow the feed, the clerk's guest stays.
    ics.set(calendar(AIRBNB, [airbnb(uid, '20260621', '20260624', 'HMK2W9PZ4D', '0375')]));
    const refreshed = await desk.handlers['feed:refresh']({ feedId: feed.id });
    expect(refreshed.results[0]!.counts).toMatchObject({ update: 1 });
    const after = await desk.handlers['booking:get']({ bookingId: b!.id });
    expect(after).toMatchObject({ guestName: 'Hannah Schulz', resCode: 'HMK2W9PZ4D', arrivalMs: Date.parse('2026-06-21T15:00:00+02:00') });
    expect((await desk.handlers['delivery:state']({ bookingId: b!.id })).contact).toMatchObject({
      email: 'hannah@example.org',
      phone: '+4915123450375',
    });
    expect((await search('Hannah')).map((x) => x.id)).toEqual([b!.id]);

    // And the stay is gone from the feed: cancelled, whoever the clerk said the guest was.
    ics.set(calendar(AIRBNB, []));
    await desk.handlers['feed:refresh']({ feedId: feed.id });
    expect(await desk.handlers['booking:get']({ bookingId: b!.id })).toMatchObject({ guestName: 'Hannah Schulz', status: 'cancelled' });
  });

  it('a CSV re-import moves the dates but keeps the e-mail and name a clerk corrected', async () => {
    const file = (email: string, arrival: string) =>
      Buffer.from(`Reference,Guest name,Room,Arrival,Departure,Email\nK-1,Kim Lee,103,${arrival},2026-06-24,${email}\n`, 'utf8').toString(
        'base64',
      );
    const req = (email: string, arrival: string) => ({ source: 'Agency', fileName: 'k.csv', dataBase64: file(email, arrival) });
    await desk.handlers['import:csv-commit'](req('kim.old@example.org', '2026-06-20'));
    const [kim] = await search('Kim Lee');
    expect((await desk.handlers['delivery:state']({ bookingId: kim!.id })).contact.email).toBe('kim.old@example.org');
    await desk.handlers['delivery:save-contact']({ bookingId: kim!.id, email: 'kim@example.org', phone: '', language: 'en' });
    await desk.handlers['booking:update']({ bookingId: kim!.id, guestName: 'Kim Lee-Park' });

    await desk.handlers['import:csv-commit'](req('kim.old@example.org', '2026-06-21'));
    const after = await desk.handlers['booking:get']({ bookingId: kim!.id });
    expect(after).toMatchObject({ guestName: 'Kim Lee-Park', arrivalMs: Date.parse('2026-06-21T15:00:00+02:00') });
    expect((await desk.handlers['delivery:state']({ bookingId: kim!.id })).contact.email).toBe('kim@example.org');
  });
});
