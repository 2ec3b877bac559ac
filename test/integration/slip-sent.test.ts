import { afterEach, describe, expect, it } from 'vitest';
import type { SlipPrinter } from '../../electron/core/slip/printer';
import { formatMessage, type WireMessage } from '../../shared/messages';
import { openDemoDesk } from './demo-desk';
import { worded } from '../support/in-english';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe('a slip the spooler took but nobody can confirm printed (Windows)', () => {
  it('reaches the clerk as "sent to the printer" with the PDF copy named, never "printed", and the audit says not confirmed', async () => {
    // Electron main's port answers as print.ts does when the printer's state cannot be read.
    const printer: SlipPrinter = {
      print: () =>
        Promise.resolve({ kind: 'sent', printer: 'EPSON TM-T20III', file: 'C:\\Users\\desk\\Documents\\Sifely slips\\slip-1.pdf' }),
      list: () => Promise.resolve([]),
    };
    const { desk, close } = await openDemoDesk({ printer });
    closers.push(close);
    const bookingId = (await desk.handlers['booking:today']({})).arrivals[0]!.id;
    await desk.handlers['access:issue-passcode']({ bookingId });

    const r = (await desk.dispatch('slip:print', { bookingId })) as { ok: true; value: { kind: string; note: WireMessage } };
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({
      kind: 'sent',
      printer: 'EPSON TM-T20III',
      file: 'C:\\Users\\desk\\Documents\\Sifely slips\\slip-1.pdf',
    });
    const en = formatMessage(r.value.note, 'en');
    const es = formatMessage(r.value.note, 'es');
    expect(en).toMatch(/^Slip sent to the printer "EPSON TM-T20III" .*saved as C:\\Users\\desk\\Documents\\Sifely slips\\slip-1\.pdf\.$/);
    expect(es).toMatch(/^Ticket enviado a la impresora «EPSON TM-T20III» .*slip-1\.pdf\.$/);
    expect(en).not.toMatch(/\bprinted\b/);
    expect(es).not.toMatch(/\bimpreso\b/);

    const { entries } = await desk.handlers['audit:list']({ bookingId });
    const note = entries.find((e) => e.action === 'print-slip')!;
    expect(worded(note.detail)).toMatch(/sent to EPSON TM-T20III, not confirmed; PDF copy .*slip-1\.pdf$/);
  });
});
