import { BrowserWindow, session, type WebContents } from 'electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../core/log';
import { english, msg, type Message } from '../../shared/messages';
import { slipPageMm, toPdfPageSize, toPrintPageSize, type SlipPageSize } from './print-layout';
import { printerState } from './printer-state';
import { hardenSession } from './session';

const log = createLogger('print');

export interface PrinterSummary {
  name: string;
  displayName: string;
  description: string;
}

export interface SlipPrintJob {
  /** The slip as a complete HTML document (inline styles and images: the print window has no network). */
  html: string;
  pageSize: SlipPageSize;
  /** The printer chosen in settings; absent → PDF. */
  deviceName?: string;
  /** Where PDFs go when there is no printer or printing failed. */
  pdfDir: string;
}

/**
 * `printed`: the printer said it was ready and the spooler took the job. `sent`: the spooler took
 * it but the printer's state cannot be read (Windows), so a PDF copy is saved at `file` as well.
 * `pdf`: not printed; `reasonMsg` is why, for the clerk in their language; `reason` is its English (log, audit).
 */
export type SlipPrintOutcome =
  | { kind: 'printed'; deviceName: string }
  | { kind: 'sent'; deviceName: string; file: string }
  | { kind: 'pdf'; file: string; reason: string; reasonMsg: Message };

/** Printers for the setup wizard (any live webContents can ask). */
export async function listPrinters(wc: WebContents): Promise<PrinterSummary[]> {
  const printers = await wc.getPrintersAsync();
  return printers.map((p) => ({ name: p.name, displayName: p.displayName, description: p.description }));
}

const PRINT_PARTITION = 'print-slips';
const ROLL_WIDTH_PX = 302; // 80 mm at 96 px/in: lay the slip out at the roll's width before measuring

/**
 * Prints a slip silently to the chosen printer with the slip's own page size, falling back to a
 * PDF file (no printer chosen, printer not ready, driver refused). The printer's state is read
 * first (printer-state.ts): a printer known not to be ready gets no job at all. The slip is loaded
 * in a hidden, sandboxed window on its own in-memory session that may load nothing from the network.
 */
export async function printSlip(job: SlipPrintJob, production: boolean): Promise<SlipPrintOutcome> {
  const ses = session.fromPartition(PRINT_PARTITION);
  hardenSession(ses, production);
  const w = new BrowserWindow({
    show: false,
    width: job.pageSize === '80mm' ? ROLL_WIDTH_PX : 794,
    height: 1123,
    webPreferences: { session: ses, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    w.webContents.on('will-navigate', (e) => e.preventDefault());
    w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await w.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(job.html)}`);
    const heightPx = Number(await w.webContents.executeJavaScript('document.documentElement.scrollHeight', true));
    const page = slipPageMm(job.pageSize, heightPx);

    if (job.deviceName) {
      const state = printerState(await w.webContents.getPrintersAsync(), job.deviceName);
      if (state.kind === 'not-ready') {
        log.warn(`printer ${job.deviceName} is not ready (${english(state.why)}); saving a PDF instead`);
        return await savePdf(w.webContents, page, job.pdfDir, msg('slip.printerFailed', { printer: job.deviceName, failure: state.why }));
      }
      // The OS's failure reason comes in the OS's words; ours is worded in the clerk's language.
      const failure = await new Promise<string | Message | null>((resolve) => {
        w.webContents.print(
          { silent: true, deviceName: job.deviceName, pageSize: toPrintPageSize(page), margins: { marginType: 'none' }, printBackground: true },
          (success, reason) => resolve(success ? null : reason || msg('slip.printerRefused')),
        );
      });
      if (failure === null) {
        if (state.kind === 'ready') return { kind: 'printed', deviceName: job.deviceName };
        // Spooled, but nobody can say it came out: keep the PDF at hand for the clerk.
        return { kind: 'sent', deviceName: job.deviceName, file: await writePdf(w.webContents, page, job.pdfDir) };
      }
      log.warn(`printing on ${job.deviceName} failed (${typeof failure === 'string' ? failure : english(failure)}); saving a PDF instead`);
      return await savePdf(w.webContents, page, job.pdfDir, msg('slip.printerFailed', { printer: job.deviceName, failure }));
    }
    return await savePdf(w.webContents, page, job.pdfDir, msg('slip.noPrinter'));
  } finally {
    w.destroy();
  }
}

async function writePdf(wc: WebContents, page: { width: number; height: number }, dir: string): Promise<string> {
  const pdf = await wc.printToPDF({ pageSize: toPdfPageSize(page), margins: { top: 0, bottom: 0, left: 0, right: 0 }, printBackground: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `slip-${new Date().toISOString().replace(/[:.]/g, '-')}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

async function savePdf(wc: WebContents, page: { width: number; height: number }, dir: string, reasonMsg: Message): Promise<SlipPrintOutcome> {
  return { kind: 'pdf', file: await writePdf(wc, page, dir), reason: english(reasonMsg), reasonMsg };
}
