import { msg, type Message } from '../../shared/messages';

/**
 * Whether a printer can take a slip right now, read from `webContents.getPrintersAsync()` before
 * a silent print (pure, so it is tested under Node).
 *
 * Why: with `silent: true`, print()'s `success` only means the job reached the spooler; a paused,
 * offline or out-of-paper printer still reports success (electron/electron#38975), so the clerk
 * would read "printed" with nothing in the tray. What each platform lets us see:
 * - CUPS (Linux, macOS) puts `printer-state` (3 idle, 4 printing, 5 stopped) and
 *   `printer-is-accepting-jobs` in `options`: the state is known.
 * - Windows: Electron 45's PrinterInfo has no `status` any more, and the old field was always 0 on
 *   Windows (electron/electron#39278). Only a printer missing from the list is certain; otherwise
 *   the state is 'unknown', the slip is "sent to the printer", never "printed".
 * A `status` number, when some Electron build still reports one, is read as Windows' PRINTER_STATUS
 * bits: any trouble bit means not ready; 0 says nothing (it is what an offline printer reports too).
 */
export interface PrinterListing {
  name: string;
  /** Platform-specific strings (CUPS attributes on Linux and macOS). */
  options?: object | undefined;
  status?: number | undefined;
}

export type PrinterState = { kind: 'ready' } | { kind: 'not-ready'; why: Message } | { kind: 'unknown' };

/** Windows PRINTER_STATUS_* bits that mean a job would not come out now. */
const TROUBLE_BITS: readonly [number, Message][] = [
  [0x00000001, msg('slip.printerState.paused')],
  [0x00000080, msg('slip.printerState.offline')],
  [0x00001000, msg('slip.printerState.offline')], // NOT_AVAILABLE
  [0x00000010, msg('slip.printerState.paperOut')],
  [0x00000040, msg('slip.printerState.paperOut')], // PAPER_PROBLEM
  [0x00000008, msg('slip.printerState.jammed')],
  [0x00400000, msg('slip.printerState.doorOpen')],
  [0x00000002, msg('slip.printerState.error')],
  [0x00000400, msg('slip.printerState.error')], // USER_INTERVENTION
  [0x00000020, msg('slip.printerState.error')], // MANUAL_FEED
  [0x00040000, msg('slip.printerState.error')], // NO_TONER
];

export function printerState(printers: readonly PrinterListing[], deviceName: string): PrinterState {
  const p = printers.find((x) => x.name === deviceName);
  if (!p) return { kind: 'not-ready', why: msg('slip.printerState.missing') };
  const o = (p.options ?? {}) as Record<string, unknown>;
  if (o['printer-is-accepting-jobs'] === 'false') return { kind: 'not-ready', why: msg('slip.printerState.paused') };
  if (o['printer-state'] === '5') return { kind: 'not-ready', why: msg('slip.printerState.paused') };
  if (typeof p.status === 'number' && p.status !== 0) {
    const trouble = TROUBLE_BITS.find(([bit]) => (p.status! & bit) !== 0);
    if (trouble) return { kind: 'not-ready', why: trouble[1] };
  }
  if (o['printer-state'] === '3' || o['printer-state'] === '4') return { kind: 'ready' };
  return { kind: 'unknown' };
}
