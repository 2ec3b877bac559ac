import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogLevel } from '../../electron/core/log';
import { printOrSaveSlip, type SlipWebContents } from '../../electron/main/print-job';
import { msg } from '../../shared/messages';
import { worded } from '../support/in-english';

/**
 * The hidden slip window's webContents as far as a print job uses it: getPrintersAsync() as
 * Electron 45 lists printers, print() answering like the spooler (success = queued), and
 * printToPDF() giving bytes. Records what was asked of it.
 */
function fakeWebContents(
  printers: { name: string; displayName?: string; description?: string; options?: object }[],
  spooler: { success: boolean; reason?: string } = { success: true },
) {
  const jobs: { deviceName?: string | undefined; silent?: boolean | undefined; pageSize?: unknown }[] = [];
  let pdfs = 0;
  const wc = {
    getPrintersAsync: () => Promise.resolve(printers.map((p) => ({ displayName: p.name, description: '', options: {}, ...p }))),
    print: (options, callback) => {
      jobs.push({ deviceName: options?.deviceName, silent: options?.silent, pageSize: options?.pageSize });
      callback?.(spooler.success, spooler.reason ?? '');
    },
    printToPDF: () => {
      pdfs++;
      return Promise.resolve(Buffer.from('%PDF-1.7 slip'));
    },
  } satisfies SlipWebContents;
  return { wc: wc as SlipWebContents, jobs, pdfCount: () => pdfs };
}

const PAGE = { width: 80, height: 120 };
const WINDOWS_PRINTER = { name: 'EPSON TM-T20III', options: { 'printer-make-and-model': 'EPSON TM-T20III Receipt' } };
const CUPS_READY = { name: 'Star_TSP143', options: { 'printer-state': '3', 'printer-is-accepting-jobs': 'true' } };
const CUPS_STOPPED = { name: 'Star_TSP143', options: { 'printer-state': '5', 'printer-is-accepting-jobs': 'true' } };

let pdfDir: string;
beforeEach(() => {
  setLogLevel('error');
  pdfDir = mkdtempSync(join(tmpdir(), 'desk-slips-'));
});
afterEach(() => rmSync(pdfDir, { recursive: true, force: true }));

describe('a slip print job checks the printer before a silent print', () => {
  it('Windows (state unreadable): the job is spooled and the outcome is "sent" with a PDF copy, never "printed"', async () => {
    const f = fakeWebContents([WINDOWS_PRINTER]);
    const outcome = await printOrSaveSlip(f.wc, PAGE, { deviceName: 'EPSON TM-T20III', pdfDir, bookingId: 7 });
    expect(f.jobs).toEqual([{ deviceName: 'EPSON TM-T20III', silent: true, pageSize: { width: 80_000, height: 120_000 } }]);
    expect(outcome.kind).toBe('sent');
    if (outcome.kind !== 'sent') return;
    expect(outcome.deviceName).toBe('EPSON TM-T20III');
    expect(readFileSync(outcome.file, 'utf8')).toBe('%PDF-1.7 slip');
  });

  it('a printer that said it is ready (CUPS idle) and took the job counts as printed; no PDF is made', async () => {
    const f = fakeWebContents([CUPS_READY]);
    expect(await printOrSaveSlip(f.wc, PAGE, { deviceName: 'Star_TSP143', pdfDir, bookingId: 7 })).toEqual({
      kind: 'printed',
      deviceName: 'Star_TSP143',
    });
    expect(f.pdfCount()).toBe(0);
  });

  it('a printer known not to be ready gets no job: a PDF with the reason instead', async () => {
    const f = fakeWebContents([CUPS_STOPPED]);
    const outcome = await printOrSaveSlip(f.wc, PAGE, { deviceName: 'Star_TSP143', pdfDir, bookingId: 7 });
    expect(f.jobs).toEqual([]);
    expect(outcome).toMatchObject({
      kind: 'pdf',
      reason: msg('slip.printerFailed', { printer: 'Star_TSP143', failure: msg('slip.printerState.paused') }),
    });
    expect(worded(outcome)).toMatchObject({ reason: 'printer "Star_TSP143": it is paused or not taking jobs' });
    if (outcome.kind === 'pdf') expect(existsSync(outcome.file)).toBe(true);
  });

  it('the chosen printer is gone from the list: no job, PDF', async () => {
    const f = fakeWebContents([WINDOWS_PRINTER]);
    const outcome = await printOrSaveSlip(f.wc, PAGE, { deviceName: 'Old printer', pdfDir, bookingId: 7 });
    expect(f.jobs).toEqual([]);
    expect(worded(outcome)).toMatchObject({ kind: 'pdf', reason: 'printer "Old printer": it is not installed on this PC' });
  });

  it("the spooler refusing the job gives a PDF with the OS's reason", async () => {
    const f = fakeWebContents([WINDOWS_PRINTER], { success: false, reason: 'Print job failed' });
    expect(worded(await printOrSaveSlip(f.wc, PAGE, { deviceName: 'EPSON TM-T20III', pdfDir, bookingId: 7 }))).toMatchObject({
      kind: 'pdf',
      reason: 'printer "EPSON TM-T20III": Print job failed',
    });
  });

  it('no printer chosen: a PDF, and no printer is even asked about', async () => {
    const f = fakeWebContents([]);
    const outcome = await printOrSaveSlip(f.wc, PAGE, { pdfDir, bookingId: 7 });
    expect(worded(outcome)).toMatchObject({ kind: 'pdf', reason: 'no printer chosen' });
    expect(f.jobs).toEqual([]);
    // Named for its booking, in the given folder, so checkout and the daily sweep find it (core/slip/slip-files.ts).
    const file = (outcome as { file: string }).file;
    expect(dirname(file)).toBe(pdfDir);
    expect(basename(file)).toMatch(/^slip-b7-[\w-]+\.pdf$/);
  });
});
