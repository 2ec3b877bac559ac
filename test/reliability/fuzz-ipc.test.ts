import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { signInManager } from '../support/desk-manager';
import { openDatabase } from '../../electron/core/db/open';
import { setLogLevel } from '../../electron/core/log';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/channels';
import { seedProperty, type SeededProperty } from '../../bench/property';
import { mutate, object, seeded, value } from './fuzz-values';
import { TEST_INSTANT, TEST_INSTANT_MS, testClock } from '../support/time';
import { english } from '../../shared/messages';

setLogLevel('error');

/**
 * Malformed input to every IPC channel through the dispatcher both transports use: each channel
 * gets seeded mutations of a good payload and random values. Every answer must be an IpcResult;
 * a rejection must be a clear error (never 'internal', which means a handler threw on input the
 * contract let through), and the desk and its database must be intact afterwards.
 */
const SEED = 424242;
const PER_CHANNEL = 120;
const now = TEST_INSTANT_MS;
const csv = Buffer.from('Reference,Guest,Room,Arrival,Departure\nF-1,Ana García,101,2027-07-01,2027-07-03\n').toString('base64');

/** A good payload per channel to mutate; a channel added later starts from {} until it gets one. */
const GOOD: Partial<Record<ChannelName, Record<string, unknown>>> = {
  'desk:status': {},
  'reader:status': {},
  'reader:devices': {},
  'reader:keyboard-read': { raw: '3661413478' },
  'reader:calibrate': { lockId: 1, raw: '3661413478' },
  'reader:save-profile': { name: 'Desk reader', source: 'keyboard', device: null, card: {}, calibration: null },
  'booking:today': {},
  'booking:grid': {},
  'booking:get': { bookingId: 1 },
  'access:issue-card': { bookingId: 1, cardNumber: '3661413478' },
  'access:check-out': { bookingId: 1 },
  'access:issue-passcode': { bookingId: 2, digits: '583920' },
  'access:cancel': { bookingId: 3 },
  'access:report-lost': { cardNumber: '3661413478' },
  'access:card-returned': { cardNumber: '3661413478' },
  'access:identify-card': { cardNumber: '3661413478' },
  'access:preview-change': { bookingId: 2, departureMs: now + 3 * 86_400_000 },
  'access:apply-change': { bookingId: 2, departureMs: now + 3 * 86_400_000 },
  'audit:list': {},
  'audit:export': { language: 'en', room: '101', fromDate: '2026-06-01' },
  'booking:door-log': { bookingId: 1 },
  'outbox:status': {},
  'access:reconcile': {},
  'booking:search': { query: 'gue', limit: 10 },
  'booking:create': { guestName: 'Fuzz', roomId: 1, arrivalMs: now, departureMs: now + 86_400_000 },
  'booking:update': { bookingId: 4, guestName: 'Renamed' },
  'import:csv-preview': { source: 'fuzz', dataBase64: csv },
  'import:csv-commit': { source: 'fuzz', dataBase64: csv },
  'feed:list': {},
  'feed:add': { roomId: 1, name: 'Airbnb', url: 'http://127.0.0.1:1/calendar.ics', refreshNow: true },
  'feed:refresh': {},
  'lock:health': { refresh: true },
  'lock:records': { doorId: 1, page: 1 },
};

let p: SeededProperty;
let desk: Desk;
beforeAll(async () => {
  p = await seedProperty({ twoDoorRooms: 6 }, { clock: testClock(TEST_INSTANT) });
  desk = await createDesk({
    clock: p.clock,
    dbFile: p.dbFile,
    sifely: { ...p.sifely, rateLimit: { perMinute: 0 } },
    access: { backoff: { baseMs: 20, capMs: 200 }, interactiveWaitMs: 200 },
  });
  await signInManager(desk); // a real-account desk is closed until its first manager exists
});
afterAll(async () => {
  await desk?.close();
  await p?.close();
});

describe('IPC fuzzer', () => {
  it(`answers ${PER_CHANNEL} hostile payloads on each of the ${CHANNEL_NAMES.length} channels with a result, never a crash`, async () => {
    const r = seeded(SEED);
    const tally = { sent: 0, ok: 0, rejected: 0 };
    const internal: string[] = [];
    for (const channel of CHANNEL_NAMES) {
      for (let i = 0; i < PER_CHANNEL; i++) {
        const good = GOOD[channel] ?? {};
        const payload = i === 0 ? good : r() < 0.7 ? mutate(r, good) : r() < 0.5 ? object(r) : value(r);
        tally.sent++;
        const res = await desk.dispatch(channel, payload);
        expect(typeof res.ok).toBe('boolean');
        if (res.ok) tally.ok++;
        else {
          tally.rejected++;
          expect(english(res.msg).length, `${channel} explains the rejection`).toBeGreaterThan(0);
          if (res.code === 'internal') internal.push(`${channel} ← ${JSON.stringify(payload)?.slice(0, 200)}`);
        }
      }
    }
    // Unknown channels and non-string names.
    for (const name of ['desk:Status', 'access:issue-card ', '__proto__', 'constructor', '', 42, null, {}]) {
      const res = await desk.dispatch(name, {});
      expect(res.ok).toBe(false);
    }
    console.log(
      `[reliability] IPC fuzz: sent ${tally.sent}, accepted ${tally.ok}, rejected with a reason ${tally.rejected}, internal errors ${internal.length}`,
    );
    expect(internal, 'payloads that made a handler throw').toEqual([]);
    expect((await desk.dispatch('desk:status', {})).ok).toBe(true);
    const db = openDatabase(p.dbFile);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
