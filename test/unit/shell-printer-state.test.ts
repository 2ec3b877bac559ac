import { describe, expect, it } from 'vitest';
import { printerState } from '../../electron/main/printer-state';
import { english, formatMessage, msg } from '../../shared/messages';

// Listings as webContents.getPrintersAsync() gives them: Electron 45 has no `status`; CUPS
// (Linux, macOS) fills options with its attributes, Windows with none that tell the state.
const windowsListing = {
  name: 'EPSON TM-T20III',
  options: { 'printer-location': '', 'printer-make-and-model': 'EPSON TM-T20III Receipt' },
};
const cups = (state: string, accepting = 'true') => ({
  name: 'Star_TSP143',
  options: { 'printer-state': state, 'printer-is-accepting-jobs': accepting },
});

describe('the printer is checked before a silent print', () => {
  it('a printer that is not in the list (unplugged, renamed, removed) is not ready: no job is sent', () => {
    expect(printerState([windowsListing], 'Old receipt printer')).toEqual({ kind: 'not-ready', why: msg('slip.printerState.missing') });
    expect(printerState([], 'EPSON TM-T20III').kind).toBe('not-ready');
  });

  it('on Windows the state cannot be read: unknown, so the clerk is told "sent", never "printed"', () => {
    expect(printerState([windowsListing], 'EPSON TM-T20III')).toEqual({ kind: 'unknown' });
  });

  it('CUPS: idle or printing and accepting jobs is ready; stopped or refusing jobs is not', () => {
    expect(printerState([cups('3')], 'Star_TSP143')).toEqual({ kind: 'ready' });
    expect(printerState([cups('4')], 'Star_TSP143')).toEqual({ kind: 'ready' });
    expect(printerState([cups('5')], 'Star_TSP143')).toEqual({ kind: 'not-ready', why: msg('slip.printerState.paused') });
    expect(printerState([cups('3', 'false')], 'Star_TSP143')).toEqual({ kind: 'not-ready', why: msg('slip.printerState.paused') });
  });

  it('a Windows PRINTER_STATUS number, where one is reported, names the trouble; 0 proves nothing', () => {
    const withStatus = (status: number) => [{ ...windowsListing, status }];
    expect(printerState(withStatus(0x80), 'EPSON TM-T20III')).toEqual({ kind: 'not-ready', why: msg('slip.printerState.offline') });
    expect(printerState(withStatus(0x10), 'EPSON TM-T20III')).toEqual({ kind: 'not-ready', why: msg('slip.printerState.paperOut') });
    expect(printerState(withStatus(0x1), 'EPSON TM-T20III')).toEqual({ kind: 'not-ready', why: msg('slip.printerState.paused') });
    expect(printerState(withStatus(0x8), 'EPSON TM-T20III')).toEqual({ kind: 'not-ready', why: msg('slip.printerState.jammed') });
    // Windows reports 0 for an offline USB printer too (electron/electron#39278).
    expect(printerState(withStatus(0), 'EPSON TM-T20III')).toEqual({ kind: 'unknown' });
  });

  it('the reason reads as a sentence inside the PDF message, in English and Spanish', () => {
    const why = msg('slip.printerFailed', { printer: 'EPSON TM-T20III', failure: msg('slip.printerState.paperOut') });
    expect(english(why)).toBe('printer "EPSON TM-T20III": it is out of paper');
    expect(formatMessage(why, 'es')).toBe('impresora «EPSON TM-T20III»: no tiene papel');
  });
});
