import type { WebContents } from 'electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { english, msg, type Message } from '../../shared/messages';
import { createLogger } from '../core/log';
import { slipFileName } from '../core/slip/slip-files';
import { toPdfPageSize, toPrintPageSize, type PageMm } from './print-layout';
import { printerState } from './printer-state';

const log = createLogger('print');

/**
 * `printed`: the printer said it was ready and the spooler took the job. `sent`: the spooler took
 * it but the printer's state cannot be read (Windows), so a PDF copy is saved at `file` as well.
 * `pdf`: not printed; `reason` is why, worded for the clerk in their language.
 */
export type SlipPrintOutcome =
  | { kind: 'printed'; deviceName: string }
  | { kind: 'sent'; deviceName: string; file: string }
  | { kind: 'pdf'; file: string; reason: Message };

/** The few webContents methods a print job uses (print.ts passes the hidden slip window's; Vitest a fake). */
export type SlipWebContents = Pick<WebContents, 'getPrintersAsync' | 'print' | 'printToPDF'>;

/**
 * What happens to a rendered slip: the chosen printer's state is read first (printer-state.ts),
 * and a printer known not to be ready gets no job at all; otherwise a silent print whose `success`
 * only means "spooled" (electron/electron#38975), so it counts as printed only when the printer
 * said it was ready. Every other path ends in a PDF the clerk can print by hand.
 */
export async function printOrSaveSlip(
  wc: SlipWebContents,
  page: PageMm,
  job: { deviceName?: string | undefined; pdfDir: string; bookingId: number },
): Promise<SlipPrintOutcome> {
  const deviceName = job.deviceName;
  if (!deviceName) return savePdf(wc, page, job, msg('slip.noPrinter'));
  const state = printerState(await wc.getPrintersAsync(), deviceName);
  if (state.kind === 'not-ready') {
    log.warn(`printer ${deviceName} is not ready (${english(state.why)}); saving a PDF instead`);
    return savePdf(wc, page, job, msg('slip.printerFailed', { printer: deviceName, failure: state.why }));
  }
  // The OS's failure reason comes in the OS's words; ours is worded in the clerk's language.
  const failure = await new Promise<string | Message | null>((resolve) => {
    wc.print(
      { silent: true, deviceName, pageSize: toPrintPageSize(page), margins: { marginType: 'none' }, printBackground: true },
      (success, reason) => resolve(success ? null : reason || msg('slip.printerRefused')),
    );
  });
  if (failure !== null) {
    log.warn(`printing on ${deviceName} failed (${typeof failure === 'string' ? failure : english(failure)}); saving a PDF instead`);
    return savePdf(wc, page, job, msg('slip.printerFailed', { printer: deviceName, failure }));
  }
  if (state.kind === 'ready') return { kind: 'printed', deviceName };
  // Spooled, but nobody can say it came out: keep the PDF at hand for the clerk.
  return { kind: 'sent', deviceName, file: await writePdf(wc, page, job) };
}

/** Named for the booking (core/slip/slip-files.ts), so checkout and the daily sweep find it. */
async function writePdf(wc: SlipWebContents, page: PageMm, job: { pdfDir: string; bookingId: number }): Promise<string> {
  const pdf = await wc.printToPDF({
    pageSize: toPdfPageSize(page),
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    printBackground: true,
  });
  mkdirSync(job.pdfDir, { recursive: true });
  const file = join(job.pdfDir, slipFileName(job.bookingId, Date.now()));
  writeFileSync(file, pdf);
  return file;
}

async function savePdf(
  wc: SlipWebContents,
  page: PageMm,
  job: { pdfDir: string; bookingId: number },
  reason: Message,
): Promise<SlipPrintOutcome> {
  return { kind: 'pdf', file: await writePdf(wc, page, job), reason };
}
