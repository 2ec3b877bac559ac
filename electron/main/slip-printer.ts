import type { WebContents } from 'electron';
import type { SlipPrinter } from '../core/slip/printer';
import { listPrinters, printSlip } from './print';

/** The core's SlipPrinter port on Electron: silent print to the chosen printer, PDF otherwise (print.ts). */
export function electronSlipPrinter(opts: { pdfDir: string; production: boolean; webContents: () => WebContents | null }): SlipPrinter {
  return {
    async print({ html, pageSize, deviceName, bookingId }) {
      const outcome = await printSlip(
        { html, pageSize, pdfDir: opts.pdfDir, bookingId, ...(deviceName ? { deviceName } : {}) },
        opts.production,
      );
      if (outcome.kind === 'printed') return { kind: 'printed', printer: outcome.deviceName };
      if (outcome.kind === 'sent') return { kind: 'sent', printer: outcome.deviceName, file: outcome.file };
      return outcome;
    },
    async list() {
      const wc = opts.webContents();
      return wc ? (await listPrinters(wc)).map((p) => ({ name: p.name, displayName: p.displayName || p.name })) : [];
    },
  };
}
