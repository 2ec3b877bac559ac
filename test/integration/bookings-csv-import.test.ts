import { openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogLevel } from '../../electron/core/log';
import { openBookingsHarness, type BookingsHarness } from './bookings-harness';
import { worded } from '../support/in-english';

setLogLevel('error');
const NOW = Date.UTC(2027, 0, 10);
const b64 = (name: string): string => readFileSync(new URL(`../fixtures/bookings/${name}`, import.meta.url)).toString('base64');
const req = (name: string, source = 'Booking.com export') => ({ source, fileName: name, dataBase64: b64(name) });

let h: BookingsHarness;
beforeEach(() => {
  h = openBookingsHarness({ nowMs: NOW });
});
afterEach(async () => h.close());

describe('CSV import', () => {
  it('previews, commits all rows with events, re-imports as a no-op, and applies an updated file as extend / cancel / move', () => {
    const preview = h.csv.preview(req('booking-com-semicolon.csv'));
    expect(preview.counts).toEqual({ create: 3, update: 0, unchanged: 0, cancel: 0, skip: 0, error: 0 });
    expect(h.bookings.search('novak')).toEqual([]); // a preview writes nothing
    expect(h.csv.commit(req('booking-com-semicolon.csv'))).toMatchObject({ create: 3 });
    const lukas = h.bookings.getByRef('Booking.com export', '4051223987')!;
    expect(lukas).toMatchObject({ guestName: 'Lukas Novák', roomName: '101', notes: 'Arrives late,\nafter 22:00', status: 'booked' });
    expect(h.eventKinds()).toEqual(['created', 'created', 'created']);

    // The same file again: nothing changes, no events, and the remembered mapping is used.
    const before = h.db.prepare('SELECT * FROM bookings ORDER BY id').all();
    expect(h.csv.commit(req('booking-com-semicolon.csv'))).toMatchObject({ create: 0, update: 0, unchanged: 3 });
    expect(h.db.prepare('SELECT * FROM bookings ORDER BY id').all()).toEqual(before);
    expect(h.eventKinds()).toHaveLength(3);

    // The tool's later export: Lukas stays a night longer, Ana cancelled, Søren moved to 102.
    expect(h.csv.preview(req('booking-com-semicolon-updated.csv')).counts).toMatchObject({ update: 2, cancel: 1, unchanged: 0 });
    h.csv.commit(req('booking-com-semicolon-updated.csv'));
    expect(h.bookings.get(lukas.id)!.departureMs).toBe(Date.parse('2027-03-31T09:00:00Z'));
    expect(h.bookings.getByRef('Booking.com export', '4051223988')!.status).toBe('cancelled');
    expect(h.bookings.getByRef('Booking.com export', '4051223989')!.roomName).toBe('102');
    expect(h.eventKinds().slice(3).sort()).toEqual(['cancelled', 'extended', 'moved']);
  });

  it('imports nothing when any row is wrong, and says which row and why', () => {
    const preview = h.csv.preview(req('unknown-room.csv', 'hand'));
    expect(preview.counts).toMatchObject({ create: 1, error: 2 });
    expect(preview.rows.slice(0, 2).map((r) => [r.line, worded(r.errors)])).toEqual([
      [3, ['unknown room "909"']],
      [4, ['departure is not after arrival']],
    ]);
    expect(() => h.csv.commit(req('unknown-room.csv', 'hand'))).toThrow(
      /Nothing was imported: 2 rows have errors \(line 3: unknown room "909"\)/,
    );
    expect(h.db.prepare('SELECT count(*) FROM bookings').pluck().get()).toBe(0);
    expect(h.db.prepare('SELECT count(*) FROM booking_events').pluck().get()).toBe(0);
  });

  it('refuses wrong encodings, malformed and empty files with a clear message and imports nothing', () => {
    expect(() => h.csv.preview(req('latin1-windows-1252.csv', 'x'))).toThrow(/not UTF-8 text/);
    expect(() => h.csv.commit(req('malformed-quote.csv', 'x'))).toThrow(/not valid CSV/);
    expect(() => h.csv.commit(req('empty-with-bom.csv', 'x'))).toThrow(/empty/);
    expect(h.db.prepare('SELECT count(*) FROM bookings').pluck().get()).toBe(0);
  });

  it('refuses a 20 MB file before parsing it', () => {
    const file = join(h.dir, 'huge.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'ref,name,room,arrival,departure\n');
    const chunk = Array.from({ length: 10_000 }, (_, i) => `R${i},Guest ${i},101,2027-06-01,2027-06-02\n`).join('');
    let size = 0;
    while (size < 20 * 1024 * 1024) size += writeSync(fd, chunk);
    closeSync(fd);
    const dataBase64 = readFileSync(file).toString('base64');
    expect(() => h.csv.preview({ source: 'x', fileName: 'huge.csv', dataBase64 })).toThrow(
      /is 20\.\d MB; the desk reads files up to 10 MB/,
    );
    expect(h.db.prepare('SELECT count(*) FROM bookings').pluck().get()).toBe(0);
  });
});

describe('walk-ins and edits at the desk', () => {
  const H = 3_600_000;
  const at = Date.parse('2027-02-01T14:00:00Z');

  // Rule 2 of issue 15: no "save anyway" for an occupied room; asking twice does not save either.
  it('creates a walk-in and refuses to double-book the room, even when asked to save anyway', () => {
    const first = h.manual.create({
      guestName: 'Walk In',
      contact: '+34 600 000 000',
      notes: '',
      roomId: h.roomIds['101']!,
      arrivalMs: at,
      departureMs: at + 44 * H,
    });
    expect(first.kind).toBe('saved');
    const clash = h.manual.create({
      guestName: 'Second',
      contact: '',
      notes: '',
      roomId: h.roomIds['101']!,
      arrivalMs: at + 20 * H,
      departureMs: at + 70 * H,
    });
    expect(worded(clash)).toMatchObject({
      kind: 'overlap',
      message: expect.stringMatching(/Room 101 is already booked for Walk In/) as string,
    });
    expect(h.bookings.search('second')).toEqual([]);
    expect(
      h.manual.create({
        guestName: 'Second',
        contact: '',
        notes: '',
        roomId: h.roomIds['101']!,
        arrivalMs: at + 20 * H,
        departureMs: at + 70 * H,
      }).kind,
    ).toBe('overlap');
    expect(h.bookings.search('second')).toEqual([]);
    // Back-to-back stays do not overlap.
    expect(
      h.manual.create({
        guestName: 'Next',
        contact: '',
        notes: '',
        roomId: h.roomIds['102']!,
        arrivalMs: at + 44 * H,
        departureMs: at + 60 * H,
      }).kind,
    ).toBe('saved');
  });

  it('validates dates and rooms, and an edit that moves the stay emits the right event', () => {
    const base = { guestName: 'G', contact: '', notes: '' };
    expect(() => h.manual.create({ ...base, roomId: h.roomIds['101']!, arrivalMs: at, departureMs: at })).toThrow(
      /departure must be after the arrival/,
    );
    expect(() => h.manual.create({ ...base, roomId: 999, arrivalMs: at, departureMs: at + H })).toThrow(/room does not exist/);
    const saved = h.manual.create({ ...base, roomId: h.roomIds['101']!, arrivalMs: at, departureMs: at + 20 * H });
    if (saved.kind !== 'saved') throw new Error('expected saved');
    const moved = h.manual.update({ bookingId: saved.booking.id, roomId: h.roomIds['201']! });
    expect(moved).toMatchObject({ kind: 'saved', booking: { roomName: '201', notes: '' } });
    h.manual.update({ bookingId: saved.booking.id, notes: 'allergic to feathers' });
    expect(h.bookings.get(saved.booking.id)).toMatchObject({ notes: 'allergic to feathers', roomName: '201' });
    expect(h.eventKinds()).toEqual(['created', 'moved']);
    h.bookings.setStatus(saved.booking.id, 'checked_out');
    expect(() => h.manual.update({ bookingId: saved.booking.id, departureMs: at + 30 * H })).toThrow(/checked out/);
  });
});
