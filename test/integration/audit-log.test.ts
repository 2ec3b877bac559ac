import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { csvCell } from '../../electron/core/audit/audit-csv';
import { TEST_INSTANT, testClock } from '../support/time';
import { openDemoDesk } from './demo-desk';
import { worded } from '../support/in-english';

const DAY = 86_400_000;
let desk: Desk;
let close: () => Promise<void>;
let clock = testClock(TEST_INSTANT);
beforeEach(async () => {
  clock = testClock(TEST_INSTANT);
  ({ desk, close } = await openDemoDesk({ clock }));
});
afterEach(() => close());

async function someHistory(): Promise<void> {
  await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '3661413478' });
  await desk.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' });
  await desk.handlers['staff:unlock']({ staffId: 1, pin: '2580' });
  clock.jump(2 * DAY);
  await desk.handlers['access:issue-passcode']({ bookingId: 2 });
}

describe('the audit log: guest and room columns, filters, CSV export', () => {
  it('every entry about a booking names its guest and room as they were when written', async () => {
    await someHistory();
    const { entries } = await desk.handlers['audit:list']({ bookingId: 1 });
    expect(entries[0]).toMatchObject({ action: 'issue-card', guestName: 'Ana García', roomName: '101' });
    // A later room move does not rewrite the history.
    await desk.handlers['access:apply-change']({ bookingId: 1, roomId: 3 });
    const after = await desk.handlers['audit:list']({ bookingId: 1, action: 'issue-card' });
    expect(after.entries[0]!.roomName).toBe('101');
  });

  it('filters by who, what, room and whole days of the property calendar; the choices list who and which rooms appear', async () => {
    await someHistory();
    const all = await desk.handlers['audit:list']({});
    expect(all.choices.staff).toEqual(expect.arrayContaining(['Marta']));
    expect(all.choices.rooms).toEqual(['101', '102']);
    const byMarta = await desk.handlers['audit:list']({ staff: 'Marta' });
    expect(byMarta.entries.length).toBeGreaterThan(0);
    expect(byMarta.entries.every((e) => e.staff === 'Marta')).toBe(true);
    expect((await desk.handlers['audit:list']({ room: '102' })).entries.map((e) => e.action)).toEqual(['issue-passcode']);
    // TEST_INSTANT is 10 June in Madrid; the passcode was issued on 12 June.
    expect((await desk.handlers['audit:list']({ room: '102', toDate: '2026-06-11' })).entries).toEqual([]);
    expect((await desk.handlers['audit:list']({ room: '102', fromDate: '2026-06-12', toDate: '2026-06-12' })).entries).toHaveLength(1);
    expect(
      (await desk.handlers['audit:list']({ fromDate: '2026-06-10', toDate: '2026-06-10', action: 'issue-card' })).entries,
    ).toHaveLength(1);
  });

  it('a manager exports the filtered log as CSV (in Spanish when asked) into the exports folder, and the export is itself audited', async () => {
    await someHistory();
    const r = { value: await desk.handlers['audit:export']({ room: '101', language: 'es' }) };
    expect(dirname(r.value.file)).toMatch(/exports$/);
    const text = readFileSync(r.value.file, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Cuándo,Personal,Acción,Huésped,Habitación,Qué,Resultado');
    expect(lines).toHaveLength(1 + r.value.count);
    expect(lines[1]).toMatch(
      /^2026-06-10 09:30,.*,issue-card,Ana García,101,tarjeta 3661413478 en 2 puerta\(s\),(Hecho|Enviado a las cerraduras)$/,
    );
    const audit = await desk.handlers['audit:list']({ action: 'audit-export' });
    expect(audit.entries[0]).toMatchObject({ staff: 'Marta', result: 'ok' });
    expect(worded(audit.entries[0]!.detail)).toContain(r.value.file);
  });

  it('a desk clerk cannot export', async () => {
    await someHistory();
    await desk.handlers['staff:save']({ name: 'Dev', role: 'desk', pin: '1357' });
    await desk.dispatch('staff:lock', {});
    expect((await desk.dispatch('staff:unlock', { staffId: 2, pin: '1357' })).ok).toBe(true);
    expect(await desk.dispatch('audit:export', { language: 'en' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await desk.dispatch('audit:list', {})).ok).toBe(true);
  });

  it('a cell a spreadsheet would run as a formula is written as text, and separators are quoted', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+34 600')).toBe("'+34 600");
    expect(csvCell('García, Ana')).toBe('"García, Ana"');
    expect(csvCell('Room 101')).toBe('Room 101');
  });
});
