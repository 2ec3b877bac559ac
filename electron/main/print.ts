import { BrowserWindow, session, type WebContents } from 'electron';
import { slipPageMm, type SlipPageSize } from './print-layout';
import { printOrSaveSlip, type SlipPrintOutcome } from './print-job';

export type { SlipPrintOutcome };
import { hardenSession } from './session';

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
  /** Where PDFs go when there is no printer or printing failed (the app data folder's slips/, see core/slip/slip-files.ts). */
  pdfDir: string;
  /** Whose slip: the PDF is named for it so checkout deletes it. */
  bookingId: number;
}

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
  hardenSession(ses, production, null); // the slip window reads no file of ours
  const w = new BrowserWindow({
    show: false,
    width: job.pageSize === '80mm' ? ROLL_WIDTH_PX : 794,
    height: 1123,
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    w.webContents.on('will-navigate', (e) => e.preventDefault());
    w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await w.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(job.html)}`);
    const heightPx = Number(await w.webContents.executeJavaScript('document.documentElement.scrollHeight', true));
    const page = slipPageMm(job.pageSize, heightPx);
    return await printOrSaveSlip(w.webContents, page, job);
  } finally {
    w.destroy();
  }
}
