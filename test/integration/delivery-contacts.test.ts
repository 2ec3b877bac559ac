import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { openDemoDesk } from './demo-desk';

/** The guest's e-mail and phone come in with a CSV file (columns guessed from the headers) and with a walk-in. */
let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => ({ desk, close } = await openDemoDesk()));
afterEach(() => close());

const file = (rows: string[]): string =>
  Buffer.from(['Reservation ID,Guest name,Room,Arrival,Departure,Email,Mobile phone', ...rows].join('\n'), 'utf8').toString('base64');

describe('guest contact from CSV and walk-ins', () => {
  it('reads the e-mail and phone columns, normalised, with the bookings', async () => {
    const counts = await desk.handlers['import:csv-commit']({
      source: 'Booking.com export',
      fileName: 'b.csv',
      dataBase64: file([
        'BK-1,Eva Ruiz,201,2026-06-20,2026-06-22,eva@example.es,+34 611 22 33 44',
        'BK-2,Jon Lee,202,2026-06-20,2026-06-22,,',
      ]),
    });
    expect(counts.counts).toMatchObject({ create: 2 });
    const [eva, jon] = (await desk.handlers['booking:search']({ query: 'BK', limit: 5 })).bookings.sort((a, b) =>
      a.ref.localeCompare(b.ref),
    );
    expect((await desk.handlers['delivery:state']({ bookingId: eva!.id })).contact).toEqual({
      email: 'eva@example.es',
      phone: '+34611223344',
      language: 'en',
    });
    expect(await desk.handlers['delivery:state']({ bookingId: jon!.id })).toMatchObject({ reachable: false, auto: { state: 'off' } });
  });

  it('refuses the whole file when one address is not an address, naming it', async () => {
    const r = await desk.dispatch('import:csv-commit', {
      source: 'Booking.com export',
      fileName: 'b.csv',
      dataBase64: file([
        'BK-1,Eva Ruiz,201,2026-06-20,2026-06-22,eva@example.es,',
        'BK-2,Jon Lee,202,2026-06-20,2026-06-22,jon(at)example,',
      ]),
    });
    expect(r).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(JSON.stringify(r)).toContain('jon(at)example');
    expect((await desk.handlers['booking:search']({ query: 'BK', limit: 5 })).bookings).toHaveLength(0);
  });

  it('a walk-in keeps the contact typed with it; an invalid one saves nothing', async () => {
    const roomId = (await desk.handlers['booking:search']({ query: '201', limit: 5 })).bookings[0]!.roomId;
    const input = {
      guestName: 'Kai Walk',
      contact: '',
      notes: '',
      roomId,
      arrivalMs: Date.parse('2026-06-20T15:00:00+02:00'),
      departureMs: Date.parse('2026-06-21T11:00:00+02:00'),
    };
    const bad = await desk.dispatch('booking:create', { ...input, guestContact: { email: 'kai@', phone: '', language: 'es' } });
    expect(bad).toMatchObject({ ok: false, code: 'invalid-request' });
    const r = await desk.handlers['booking:create']({ ...input, guestContact: { email: 'kai@example.org', phone: '', language: 'es' } });
    if (r.kind !== 'saved') throw new Error('not saved');
    expect((await desk.handlers['delivery:state']({ bookingId: r.booking.id })).contact).toEqual({
      email: 'kai@example.org',
      phone: '',
      language: 'es',
    });
  });
});
