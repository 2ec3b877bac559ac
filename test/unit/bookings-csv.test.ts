import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseStayDate } from '../../electron/core/bookings/dates';
import { guessColumns, parseBookingsCsv, type CsvContext } from '../../electron/core/bookings/csv';
import { english, type WireMessage } from '../../shared/messages';
import { worded } from '../support/in-english';

/** A date cell's problem in English (parseStayDate answers a message, or the instant). */
const dateProblem = (r: number | WireMessage): string => (typeof r === 'number' ? `parsed as ${r}` : english(r));

const bytes = (name: string): Buffer => readFileSync(new URL(`../fixtures/bookings/${name}`, import.meta.url));
const ctx: CsvContext = {
  roomsByName: new Map([
    ['101', 1],
    ['102', 2],
    ['201', 3],
  ]),
  timeZone: 'Europe/Madrid',
  checkInTime: '15:00',
  checkOutTime: '11:00',
};
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('reading booking CSVs', () => {
  it('reads a Booking.com-style export: BOM, semicolons, CRLF, a quoted newline, day-first dates, accents', () => {
    const csv = parseBookingsCsv(bytes('booking-com-semicolon.csv'), ctx);
    expect(csv.delimiter).toBe(';');
    expect(csv.fileErrors).toEqual([]);
    expect(csv.mapping.columns).toMatchObject({
      ref: 'Book number',
      guestName: 'Guest name',
      room: 'Room',
      arrival: 'Check-in',
      departure: 'Check-out',
      status: 'Status',
      notes: 'Remarks',
    });
    expect(worded(csv.rows.map((r) => [r.line, r.ref, r.guestName, iso(r.arrivalMs), iso(r.departureMs), r.errors]))).toEqual([
      [2, '4051223987', 'Lukas Novák', '2027-03-26T14:00:00.000Z', '2027-03-30T09:00:00.000Z', []],
      [4, '4051223988', 'Ana García', '2027-03-27T14:00:00.000Z', '2027-03-29T09:00:00.000Z', []],
      [5, '4051223989', 'Søren Ødegård', '2027-04-13T13:00:00.000Z', '2027-04-15T09:00:00.000Z', []],
    ]);
    expect(csv.rows[0]!.stay?.notes).toBe('Arrives late,\nafter 22:00');
  });

  it('reads a comma CSV with month-first dates, times, explicit offsets and a quoted comma', () => {
    const csv = parseBookingsCsv(bytes('excel-comma-us.csv'), ctx);
    expect(csv.mapping.columns).toMatchObject({ ref: 'Reservation #', guestName: 'Guest', room: 'Unit', email: 'Email' });
    expect(csv.rows.map((r) => [r.guestName, iso(r.arrivalMs), iso(r.departureMs), r.stay?.contact])).toEqual([
      ['Smith, John', '2027-04-13T13:00:00.000Z', '2027-04-16T09:00:00.000Z', 'john@example.com'],
      ['Mei Tanaka', '2027-04-20T10:30:00.000Z', '2027-04-22T08:00:00.000Z', ''],
      ['Zoë Brontë', '2027-05-01T16:00:00.000Z', '2027-05-03T07:00:00.000Z', 'zoe@example.org'],
    ]);
  });

  it('decodes UTF-16 with a BOM (Excel "Unicode text", tab-separated)', () => {
    const csv = parseBookingsCsv(bytes('utf16le-bom.csv'), ctx);
    expect(csv.encoding).toBe('utf-16le');
    expect(csv.rows[0]).toMatchObject({ guestName: 'François Lefèvre', errors: [] });
  });

  it('refuses Latin-1 bytes unless Windows-1252 is chosen, then reads them right', () => {
    expect(() => parseBookingsCsv(bytes('latin1-windows-1252.csv'), ctx)).toThrow(/not UTF-8 text \(byte 0xe9 on line 2\).*Windows-1252/);
    const mapping = {
      columns: guessColumns(['ref', 'name', 'room', 'arrival', 'departure']),
      dateFormat: 'auto' as const,
      encoding: 'windows-1252' as const,
    };
    expect(parseBookingsCsv(bytes('latin1-windows-1252.csv'), ctx, mapping).rows[0]).toMatchObject({ guestName: 'José Muñoz', errors: [] });
  });

  it('reports unknown rooms, backwards stays and duplicate refs per row', () => {
    const csv = parseBookingsCsv(bytes('unknown-room.csv'), ctx);
    expect(worded(csv.rows.map((r) => [r.ref, r.errors]))).toEqual([
      ['A1', []],
      ['A2', ['unknown room "909"']],
      ['A3', ['departure is not after arrival']],
    ]);
    const dup = parseBookingsCsv(
      Buffer.from('ref,name,room,arrival,departure\nX,A,101,2027-01-01,2027-01-02\nX,B,101,2027-02-01,2027-02-02\n'),
      ctx,
    );
    expect(worded(dup.rows[1]!.errors)).toEqual(['the reference X is also on line 2']);
  });

  it('says which column is missing, and refuses empty, malformed and oversized files with a clear message', () => {
    const csv = parseBookingsCsv(Buffer.from('Guest,Room\nA,101\n'), ctx);
    expect(worded(csv.fileErrors)).toEqual(
      expect.arrayContaining(['Choose the column that holds the booking reference.', 'Choose the column that holds the arrival.']),
    );
    expect(() => parseBookingsCsv(bytes('empty-with-bom.csv'), ctx)).toThrow(/empty/);
    expect(() => parseBookingsCsv(Buffer.alloc(0), ctx)).toThrow(/empty/);
    expect(() => parseBookingsCsv(bytes('malformed-quote.csv'), ctx)).toThrow(/not valid CSV.*Nothing was imported/);
    expect(() => parseBookingsCsv(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), ctx)).toThrow(/10\.0 MB; the desk reads files up to 10 MB/);
  });
});

describe('dates in CSVs', () => {
  it('detects the order and flags impossible dates', () => {
    expect(detectDateOrder(['01/02/2027', '28/02/2027'])).toBe('DMY');
    expect(detectDateOrder(['02/28/2027'])).toBe('MDY');
    expect(detectDateOrder(['2027-02-01'])).toBe('YMD');
    expect(detectDateOrder(['01/02/2027'])).toBeNull();
    expect(dateProblem(parseStayDate('31/02/2027', 'DMY', 'Europe/Madrid', '15:00'))).toBe('"31/02/2027" is not a real date (read as DMY)');
    expect(dateProblem(parseStayDate('tomorrow', 'DMY', 'Europe/Madrid', '15:00'))).toMatch(/not a date/);
    expect(dateProblem(parseStayDate('2027-02-01 25:00', 'YMD', 'Europe/Madrid', '15:00'))).toMatch(/impossible time/);
  });
  it('puts a check-in inside the spring-forward gap at the first real minute after it', () => {
    expect(iso(parseStayDate('28.03.2027 02:30', 'DMY', 'Europe/Madrid', '15:00') as number)).toBe('2027-03-28T01:30:00.000Z');
  });
});
