import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBookingsCsv, type CsvContext } from '../../electron/core/bookings/csv';
import { detectPreset, readStatus, type PresetId } from '../../shared/domain/import-presets';
import { worded } from '../support/in-english';

/** One fixture per export format, written from each tool's documentation (docs/csv-presets.md). */
const bytes = (name: string): Buffer => readFileSync(new URL(`../fixtures/bookings/presets/${name}.csv`, import.meta.url));
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 16));

/** Rooms 101, 102 (Double Room) and 201 (Suite); free rooms handed out in order, none taken. */
function context(): CsvContext & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    roomsByName: new Map([
      ['101', 1],
      ['102', 2],
      ['201', 3],
    ]),
    roomTypes: new Map([
      ['double room', [1, 2]],
      ['suite', [3]],
    ]),
    assignRoom: (ref, roomIds) => {
      asked.push(ref);
      return { roomId: roomIds[0]!, free: true };
    },
    timeZone: 'Europe/Madrid',
    checkInTime: '15:00',
    checkOutTime: '11:00',
  };
}

const summary = (id: string) => {
  const csv = parseBookingsCsv(bytes(id), context());
  return {
    preset: csv.mapping.preset,
    fileErrors: worded(csv.fileErrors),
    rows: csv.rows.map((r) => ({
      ref: r.ref,
      guest: r.guestName,
      room: r.room,
      status: r.status,
      arrival: iso(r.arrivalMs),
      departure: iso(r.departureMs),
      stay: r.stay === null ? 'none' : r.stay.cancelled ? 'ends' : 'stay',
      errors: r.errors,
    })),
  };
};

describe('CSV presets: each real export format is recognised from its header', () => {
  it.each<[string, PresetId]>([
    ['booking-com', 'booking-com'],
    ['airbnb', 'airbnb'],
    ['expedia', 'expedia'],
    ['cloudbeds', 'cloudbeds'],
    ['little-hotelier', 'little-hotelier'],
    ['beds24', 'beds24'],
    ['lodgify', 'lodgify'],
    ['hostaway', 'hostaway'],
    ['generic', 'generic'],
  ])('%s → %s, with no file errors', (file, preset) => {
    const s = summary(file);
    expect(s.preset).toBe(preset);
    expect(s.fileErrors).toEqual([]);
  });

  it('Booking.com: "Rooms" (a count) is never the room; the unit type assigns one; ok / cancelled_by_guest / no_show', () => {
    const csv = parseBookingsCsv(bytes('booking-com'), context());
    expect(csv.mapping.columns).toMatchObject({
      ref: 'Book number',
      guestName: 'Guest name(s)',
      roomType: 'Unit type',
      arrival: 'Check-in',
      departure: 'Check-out',
      status: 'Status',
      phone: 'Phone number',
      notes: 'Remarks',
    });
    expect(csv.mapping.columns.room).toBeUndefined();
    expect(summary('booking-com').rows).toEqual([
      {
        ref: '4051223987',
        guest: 'Lukas Novák',
        room: '101',
        status: 'confirmed',
        arrival: '2027-03-26T14:00',
        departure: '2027-03-30T09:00',
        stay: 'stay',
        errors: [],
      },
      {
        ref: '4051223988',
        guest: 'Ana García',
        room: '101',
        status: 'confirmed',
        arrival: '2027-03-27T14:00',
        departure: '2027-03-29T09:00',
        stay: 'stay',
        errors: [],
      },
      {
        ref: '4051223989',
        guest: 'Søren Ødegård',
        room: '',
        status: 'cancelled',
        arrival: '2027-04-13T13:00',
        departure: '2027-04-15T09:00',
        stay: 'ends',
        errors: [],
      },
      {
        ref: '4051223990',
        guest: 'John Smith',
        room: '',
        status: 'no-show',
        arrival: '2027-03-26T14:00',
        departure: '2027-03-27T10:00',
        stay: 'ends',
        errors: [],
      },
    ]);
    // The phone goes to the guest's contact (guest delivery), validated and in the form providers take.
    expect(csv.rows[0]!.stay).toMatchObject({ contact: '+420 601 555 0199', phone: '+4206015550199' });
  });

  it('Airbnb: month-first dates, the listing as the room, "Canceled by guest" ends the stay', () => {
    const s = summary('airbnb');
    expect(s.rows.map((r) => [r.ref, r.room, r.status, r.arrival, r.departure, r.stay])).toEqual([
      ['HMABCD1234', '101', 'confirmed', '2027-04-13T13:00', '2027-04-16T09:00', 'stay'],
      ['HMEFGH5678', '102', 'confirmed', '2027-03-01T14:00', '2027-03-03T10:00', 'stay'],
      ['HMIJKL9012', '201', 'cancelled', '2027-05-02T13:00', '2027-05-06T09:00', 'ends'],
      ['HMMNOP3456', '201', 'confirmed', '2027-03-25T14:00', '2027-03-31T09:00', 'stay'],
    ]);
  });

  it('Expedia: "Room" is the type booked; Booked / Cancelled / No-show', () => {
    expect(summary('expedia').rows.map((r) => [r.ref, r.room, r.status, r.stay])).toEqual([
      ['2471968871', '101', 'confirmed', 'stay'],
      ['2473121964', '', 'cancelled', 'ends'],
      ['2473999001', '', 'no-show', 'ends'],
    ]);
  });

  it('Cloudbeds: the room number when there is one, else a room of the type; day-first dates; Canceled / No Show', () => {
    const ctx = context();
    const csv = parseBookingsCsv(bytes('cloudbeds'), ctx);
    expect(csv.mapping.columns).toMatchObject({ roomType: 'Room Type', room: 'Room Number', email: 'Email', phone: 'Phone Number' });
    expect(
      csv.rows.map((r) => [r.ref, r.room, r.roomType, r.status, iso(r.arrivalMs), r.stay?.cancelled ?? null, worded(r.errors)]),
    ).toEqual([
      ['8PQ5K2X9', '102', '', 'confirmed', '2027-04-13T13:00', false, []],
      ['8PQ5K2Y1', '201', 'Suite', 'confirmed', '2027-04-20T13:00', false, []],
      ['8PQ5K2Z3', '101', '', 'cancelled', '2027-04-21T13:00', true, []],
      ['8PQ5K3A5', '101', '', 'no-show', '2027-04-02T13:00', true, []],
    ]);
    expect(ctx.asked).toEqual(['8PQ5K2Y1']);
    expect(csv.rows[0]!.stay).toMatchObject({
      contact: 'ana@example.com +34 600 555 0123',
      email: 'ana@example.com',
      phone: '+346005550123',
    });
  });

  it('Little Hotelier: first + last name, "Rooms" is the room, a row without one gets a room of its type', () => {
    const csv = parseBookingsCsv(bytes('little-hotelier'), context());
    expect(csv.mapping.columns).toMatchObject({
      ref: 'Booking reference',
      firstName: 'Guest first name',
      lastName: 'Guest last name',
      room: 'Rooms',
      roomType: 'Room types',
      notes: 'Guest comments',
    });
    expect(csv.rows.map((r) => [r.line, r.ref, r.guestName, r.room, r.status, worded(r.errors)])).toEqual([
      [2, 'LH27031856211924', 'Ana García', '101', 'confirmed', []],
      [4, 'BDC-6894565548', 'Lukas Novák', '201', 'cancelled', []],
      [5, 'EXP-2471968871', 'Mei Tanaka', '101', 'confirmed', []],
    ]);
    expect(csv.rows[0]!.stay?.notes).toBe('Arrives late,\nafter 22:00');
  });

  it('Beds24: "Unit" is the room, "Room" the type; New counts as confirmed, Inquiry holds no room', () => {
    expect(summary('beds24').rows.map((r) => [r.ref, r.guest, r.room, r.status, r.stay])).toEqual([
      ['85455224', 'Zoé Krischer', '101', 'confirmed', 'stay'],
      ['85455225', 'Ana García', '201', 'confirmed', 'stay'],
      ['85455226', 'Paul Martin', '102', 'cancelled', 'ends'],
      ['85455227', 'Olga Ivanova', '', 'not-a-stay', 'none'],
    ]);
  });

  it('Lodgify: the house is the room; Booked / Declined / Cancelled', () => {
    expect(summary('lodgify').rows.map((r) => [r.ref, r.room, r.status, r.stay])).toEqual([
      ['10422331', '101', 'confirmed', 'stay'],
      ['10422332', '102', 'confirmed', 'stay'],
      ['10422333', '201', 'not-a-stay', 'none'],
      ['10422334', '201', 'cancelled', 'ends'],
    ]);
  });

  it('Hostaway: the listing is the room; New / Modified / Cancelled / Pending', () => {
    expect(summary('hostaway').rows.map((r) => [r.ref, r.room, r.status, r.stay])).toEqual([
      ['3345001', '101', 'confirmed', 'stay'],
      ['3345002', '102', 'modified', 'stay'],
      ['3345003', '201', 'cancelled', 'ends'],
      ['3345004', '201', 'not-a-stay', 'none'],
    ]);
  });

  it('generic: a type in the room column gets a room of that type; an unknown status is a row problem, not a guess', () => {
    expect(summary('generic').rows.map((r) => [r.ref, r.room, r.status, r.stay, worded(r.errors)])).toEqual([
      ['G1', '101', 'confirmed', 'stay', []],
      ['G2', '101', 'confirmed', 'stay', []],
      ['G3', '201', 'cancelled', 'ends', []],
      ['G4', '102', null, 'none', ['the status "maybe" is not one the desk knows (confirmed, modified, cancelled, no-show)']],
    ]);
  });

  it('a remembered mapping is used only while the file still has its columns', () => {
    const remembered = {
      preset: 'generic' as const,
      columns: { ref: 'Ref', guestName: 'Name', room: 'Room', arrival: 'Arrival', departure: 'Departure' },
      dateFormat: 'DMY' as const,
      encoding: 'auto' as const,
    };
    expect(parseBookingsCsv(bytes('generic'), context(), undefined, remembered).mapping).toEqual(remembered);
    expect(parseBookingsCsv(bytes('airbnb'), context(), undefined, remembered).mapping.preset).toBe('airbnb');
  });

  it('detects no preset from a header that only shares generic words, and reads status words per preset', () => {
    expect(detectPreset(['Status', 'Check-in', 'Check-out', 'Name'])).toBe('generic');
    expect(readStatus('booking-com', 'no_show')).toBe('no-show');
    expect(readStatus('cloudbeds', 'No Show')).toBe('no-show');
    expect(readStatus('airbnb', 'Canceled by Airbnb')).toBe('cancelled');
    expect(readStatus('hostaway', 'awaiting payment')).toBe('not-a-stay');
    expect(readStatus('generic', '')).toBe('confirmed');
    expect(readStatus('generic', 'whatever')).toBeNull();
  });
});
