import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import { TEST_INSTANT, testClock } from '../support/time';
import { inEnglish } from '../support/in-english';

setLogLevel('error');
let dir: string;
let desk: Desk;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-bk-ipc-'));
  desk = await createDesk({ clock: testClock(TEST_INSTANT), dbFile: join(dir, 'desk.sqlite'), timeZone: 'Europe/Madrid' });
});
afterEach(async () => {
  await desk.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bookings over IPC', () => {
  it('searches the demo guests by any word, case- and accent-insensitive', async () => {
    const r = await desk.dispatch('booking:search', { query: 'NOVAK' });
    expect(r).toMatchObject({ ok: true, value: { bookings: [{ guestName: 'Lukas Novák', contact: '', notes: '' }] } });
    const g = await desk.dispatch('booking:search', { query: 'garcia' });
    expect(g).toMatchObject({ ok: true, value: { bookings: [{ guestName: 'Ana García' }] } });
  });

  it('answers an overlapping walk-in with a question, and bad input with a clear error', async () => {
    const ana = (await desk.handlers['booking:search']({ query: 'garcia', limit: 5 })).bookings[0]!;
    const clash = await desk.dispatch('booking:create', {
      guestName: 'Walk In',
      roomId: ana.roomId,
      arrivalMs: ana.arrivalMs,
      departureMs: ana.departureMs,
    });
    expect(clash).toMatchObject({ ok: true, value: { kind: 'overlap', conflicts: [{ id: ana.id }] } });
    await expect(
      desk.dispatch('booking:create', { guestName: '', roomId: ana.roomId, arrivalMs: 1, departureMs: 2 }),
    ).resolves.toMatchObject({ ok: false, code: 'invalid-request' });
    expect(
      inEnglish(await desk.dispatch('booking:create', { guestName: 'X', roomId: ana.roomId, arrivalMs: 2, departureMs: 1 })),
    ).toMatchObject({ ok: false, code: 'invalid-request', message: 'The departure must be after the arrival.' });
    // Dates no store or formatter holds (found by the IPC fuzzer: the audit's old → new wording threw).
    const far = 8e15;
    for (const change of [
      { arrivalMs: far, departureMs: far + 86_400_000 },
      { arrivalMs: -far, departureMs: -far + 86_400_000 },
    ]) {
      expect(await desk.dispatch('booking:create', { guestName: 'X', roomId: ana.roomId, ...change })).toMatchObject({
        ok: false,
        code: 'invalid-request',
      });
      expect(await desk.dispatch('access:apply-change', { bookingId: ana.id, ...change })).toMatchObject({
        ok: false,
        code: 'invalid-request',
      });
    }
    await expect(desk.dispatch('feed:add', { roomId: ana.roomId, name: 'x', url: 'file:///etc/passwd' })).resolves.toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    const bad = readFileSync(new URL('../fixtures/bookings/latin1-windows-1252.csv', import.meta.url)).toString('base64');
    expect(inEnglish(await desk.dispatch('import:csv-preview', { source: 'x', dataBase64: bad }))).toMatchObject({
      ok: false,
      code: 'invalid-request',
      message: expect.stringMatching(/not UTF-8/) as string,
    });
  });

  it('keeps today’s lists working', async () => {
    const r = await desk.handlers['booking:today']({});
    expect(r.arrivals.map((b) => b.guestName)).toEqual(expect.arrayContaining(['Ana García', 'Tom Becker', 'Mei Tanaka']));
    expect(r.inHouse.map((b) => b.guestName).sort()).toEqual(['Lukas Novák', 'Olivia Smith']);
  });
});
