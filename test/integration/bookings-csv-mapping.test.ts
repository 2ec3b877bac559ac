import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { english } from '../../shared/messages';
import { drainOutbox, openDemoDesk } from './demo-desk';
import { inEnglish, worded } from '../support/in-english';

/**
 * Issue 19 through the desk's handlers (the IPC table): presets, room types, statuses and bad
 * rows. The demo at TEST_INSTANT (2026-06-10 09:30 Madrid): 101, 102 and 201 are taken from
 * today, Olivia leaves 103 at 11:00, Lukas holds 202 until day 3.
 */
let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ desk, close } = await openDemoDesk());
});
afterEach(async () => {
  await close();
});

const HOUR = 3_600_000;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const search = async (q: string) => (await desk.handlers['booking:search']({ query: q, limit: 10 })).bookings;
const roomId = async (name: string) => (await desk.handlers['setup:state']({})).rooms.find((r) => r.name === name)!.id;
const sim = () => desk.simulator!.state;
const opens = (alias: string, card: string, at: number) =>
  sim().canOpen([...sim().locks.values()].find((l) => l.lockAlias === alias)!.lockId, { card }, at);
const BDC = 'Book number,Guest name(s),Check-in,Check-out,Status,Rooms,Unit type\n';

describe('CSV import with presets, over the handler table', () => {
  it('a Booking.com row with only a unit type gets a free room of that type, or waits as needs attention when none is', async () => {
    await desk.handlers['setup:save-room-type']({
      name: 'Double Room',
      roomIds: [await roomId('101'), await roomId('102'), await roomId('103')],
    });
    const file = b64(`${BDC}B-1,Carla Free,2026-06-10,2026-06-12,ok,1,Double Room\nB-2,Dan Full,2026-06-10,2026-06-12,ok,1,Double Room\n`);
    const preview = await desk.handlers['import:csv-preview']({ source: 'Booking.com', fileName: 'b.csv', dataBase64: file });
    expect(preview.mapping.preset).toBe('booking-com');
    expect(preview.mapping.columns.room).toBeUndefined();
    expect(preview.rows.map((r) => [r.ref, r.room, r.roomType, r.action])).toEqual([
      ['B-1', '103', 'Double Room', 'create'],
      ['B-2', '101', 'Double Room', 'create'],
    ]);
    expect(preview.rows[1]!.warnings.map(english).join(' ')).toMatch(/no room of type "Double Room" is free.*clashes with Ana García/);
    expect((await desk.handlers['import:csv-commit']({ source: 'Booking.com', fileName: 'b.csv', dataBase64: file })).counts.create).toBe(
      2,
    );
    const dan = (await search('Dan Full'))[0]!;
    expect(dan.roomName).toBe('101');
    await expect(
      Promise.resolve().then(() => desk.handlers['access:issue-card']({ bookingId: dan.id, cardNumber: '7770002222' })),
    ).rejects.toThrow(/held by Ana García/);
  });

  it('a no-show or cancelled row never creates a stay and cancels the one the same source made; an in-house guest is left for the desk', async () => {
    const source = 'Booking.com';
    const first = b64(
      `${BDC}N-1,Nora Show,2026-06-12,2026-06-14,ok,1,201\nN-2,Never Came,2026-06-12,2026-06-14,cancelled_by_guest,1,202\nN-3,Ines House,2026-06-09,2026-06-10,ok,1,101\n`,
    );
    const before = await desk.handlers['import:csv-preview']({ source, fileName: 'b.csv', dataBase64: first });
    expect(before.rows.map((r) => [r.ref, r.action])).toEqual([
      ['N-1', 'create'],
      ['N-2', 'skip'],
      ['N-3', 'create'],
    ]);
    await desk.handlers['import:csv-commit']({ source, fileName: 'b.csv', dataBase64: first });
    expect(await search('Never Came')).toEqual([]);
    const ines = (await search('Ines House'))[0]!;
    await desk.handlers['access:issue-card']({ bookingId: ines.id, cardNumber: '7770003333' });
    await drainOutbox(desk);
    expect(opens('Room 101', '7770003333', ines.departureMs - HOUR)).toBe(true);

    // The same reference from another source is not this source's booking: it is left alone.
    const noShows = b64(`${BDC}N-1,Nora Show,2026-06-12,2026-06-14,no_show,1,201\nN-3,Ines House,2026-06-09,2026-06-10,no_show,1,101\n`);
    expect((await desk.handlers['import:csv-preview']({ source: 'Expedia', fileName: 'b.csv', dataBase64: noShows })).counts).toMatchObject(
      { cancel: 0, create: 0, skip: 2 },
    );

    const preview = await desk.handlers['import:csv-preview']({ source, fileName: 'b.csv', dataBase64: noShows });
    expect(preview.rows.map((r) => [r.ref, r.action])).toEqual([
      ['N-1', 'cancel'],
      ['N-3', 'skip'],
    ]);
    expect(english(preview.rows[1]!.warnings[0]!)).toBe(
      'Ines House (N-3) is in house but a no-show at the source; the guest keeps their access until a clerk confirms it in Needs attention.',
    );
    expect((await desk.handlers['import:csv-commit']({ source, fileName: 'b.csv', dataBase64: noShows })).counts.cancel).toBe(1);
    expect((await search('Nora Show'))[0]!.status).toBe('cancelled');
    await drainOutbox(desk);
    expect(opens('Room 101', '7770003333', ines.departureMs - HOUR)).toBe(true);
  });

  it('bad rows are listed; left out by line they let the rest in whole; a bad line not chosen still stops everything', async () => {
    const file = b64(
      `${BDC}R-1,Rita Ok,2026-06-20,2026-06-22,ok,1,101\nR-2,Rob Bad,2026-06-20,2026-06-22,ok,1,909\nR-3,Ray Late,2026-06-21,31/02/2026,ok,1,102\nR-4,Rose Ok,2026-06-20,2026-06-22,ok,1,102\n`,
    );
    const req = { source: 'Booking.com', fileName: 'b.csv', dataBase64: file };
    const preview = await desk.handlers['import:csv-preview'](req);
    expect(preview.errorLines).toEqual([3, 4]);
    expect(preview.rows.filter((r) => r.action === 'error').map((r) => [r.line, worded(r.errors)])).toEqual([
      [3, ['unknown room type "909" (add it in Setup → Room types)']],
      [4, [expect.stringMatching(/^departure: "31\/02\/2026" is not/) as string]],
    ]);
    const refused = await desk.dispatch('import:csv-commit', req);
    expect(inEnglish(refused)).toMatchObject({
      ok: false,
      code: 'invalid-request',
      message: expect.stringMatching(/2 rows have errors|Nothing was imported/) as string,
    });
    const partly = await desk.dispatch('import:csv-commit', { ...req, leaveOut: [3] });
    expect(inEnglish(partly)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Line 4 has a problem .* Nothing was imported/) as string,
    });
    expect(await search('Rita')).toEqual([]);
    const done = await desk.dispatch('import:csv-commit', { ...req, leaveOut: preview.errorLines });
    expect(done).toMatchObject({ ok: true, value: { counts: { create: 2, error: 2 } } });
    expect((await search('Rita')).length + (await search('Rose')).length).toBe(2);
  });

  it('the manager’s corrected mapping is remembered for the source and used for its next file', async () => {
    const file = b64('Code,Who,Unit,From,To,State\nM-1,Mia Map,201,12/06/2026,14/06/2026,confirmed\n');
    const guessed = await desk.handlers['import:csv-preview']({ source: 'Our PMS', fileName: 'a.csv', dataBase64: file });
    expect(guessed.mapping.preset).toBe('generic');
    expect(worded(guessed.fileErrors)).toEqual(['Choose the column that holds the guest name.']);
    const mapping = {
      preset: 'generic' as const,
      columns: { ref: 'Code', guestName: 'Who', room: 'Unit', arrival: 'From', departure: 'To', status: 'State' },
      dateFormat: 'DMY' as const,
      encoding: 'auto' as const,
    };
    await desk.handlers['import:csv-commit']({ source: 'Our PMS', fileName: 'a.csv', dataBase64: file, mapping });
    const next = await desk.handlers['import:csv-preview']({
      source: 'Our PMS',
      fileName: 'b.csv',
      dataBase64: b64('Code,Who,Unit,From,To,State\nM-2,Max Map,201,15/06/2026,16/06/2026,cancelled\n'),
    });
    expect(next.mapping).toEqual(mapping);
    expect(next.rows[0]).toMatchObject({ ref: 'M-2', action: 'skip' });
  });

  it('room types are manager setup: saved, listed, named once, removed', async () => {
    const r101 = await roomId('101');
    const { types } = await desk.handlers['setup:save-room-type']({ name: 'Suite', roomIds: [r101] });
    expect(types).toEqual([{ id: expect.any(Number) as number, name: 'Suite', roomIds: [r101] }]);
    await expect(desk.dispatch('setup:save-room-type', { name: 'suite', roomIds: [] })).resolves.toMatchObject({
      ok: false,
      code: 'conflict',
    });
    await expect(desk.dispatch('setup:save-room-type', { name: 'X', roomIds: [99999] })).resolves.toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect((await desk.handlers['setup:remove-room-type']({ id: types[0]!.id })).types).toEqual([]);
  });
});
