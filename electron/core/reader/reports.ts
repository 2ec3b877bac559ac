/**
 * Pure decoding of HID input reports from a card reader into the text it "read". Two kinds:
 *
 * - Keyboard mode (boot keyboard reports, HID 1.11 appendix B.1): [modifiers, reserved, k1..k6].
 *   A key is pressed when its usage appears in a report and was not in the previous one, so
 *   readers that send key-up (all-zero) reports and readers that never release are both right.
 *   Some devices and hidapi on Windows put a report-id byte in front (9 bytes).
 * - Vendor mode: the reader reports the UID bytes themselves. There is no standard layout; this
 *   decoder takes the common one [length, uid…] (after an optional report id) and writes the UID
 *   as hex, so such readers use the `hex` card format. A card resting on the reader repeats its
 *   report: the same UID again before an empty report is the same tap.
 */

export type ReportMode = 'keyboard' | 'vendor';

export interface DecoderOptions {
  mode: ReportMode;
  /** Report id in front of each report: `auto` strips it when a keyboard report is 9 bytes long. */
  reportId: 'auto' | 'none' | number;
  /** Readers without Enter: a read also ends after this much silence (ms). */
  idleEndMs: number;
}

export const DEFAULT_DECODER: DecoderOptions = { mode: 'keyboard', reportId: 'auto', idleEndMs: 150 };

export interface DecodedRead {
  text: string;
  /** How the read ended: Enter / a vendor report, or silence. */
  endedBy: 'enter' | 'report' | 'idle';
}

const LEFT_SHIFT = 0x02;
const RIGHT_SHIFT = 0x20;
const ROLLOVER_ERROR = 0x01;
const ENTER = new Set([0x28, 0x58]);

/** HID usage (page 0x07) → character: letters, digits (top row and keypad). Case from Shift. */
export function usageToChar(usage: number, shift: boolean): string | null {
  if (usage >= 0x04 && usage <= 0x1d) {
    const c = String.fromCharCode(0x61 + usage - 0x04);
    return shift ? c.toUpperCase() : c;
  }
  if (usage >= 0x1e && usage <= 0x26) return shift ? null : String(usage - 0x1d);
  if (usage === 0x27) return shift ? null : '0';
  if (usage >= 0x59 && usage <= 0x61) return String(usage - 0x58);
  if (usage === 0x62) return '0';
  return null;
}

export interface ReportDecoder {
  /** One input report as received, at `atMs`. Returns the reads it completed. */
  feed(report: Uint8Array, atMs: number): DecodedRead[];
  /** Ends a read left open by a reader without Enter, once `idleEndMs` passed. */
  flush(atMs: number): DecodedRead[];
  reset(): void;
}

export function createReportDecoder(options: Partial<DecoderOptions> = {}): ReportDecoder {
  const opts: DecoderOptions = { ...DEFAULT_DECODER, ...options };
  let down = new Set<number>();
  let text = '';
  let lastAt = -Infinity;
  let lastVendorUid = '';

  function payloadOf(report: Uint8Array): Uint8Array {
    if (opts.reportId === 'none') return report;
    if (typeof opts.reportId === 'number') return report[0] === opts.reportId ? report.subarray(1) : report;
    return opts.mode === 'keyboard' && report.length === 9 ? report.subarray(1) : report;
  }

  function idleEnd(atMs: number): DecodedRead[] {
    if (text && atMs - lastAt >= opts.idleEndMs) {
      const read: DecodedRead = { text, endedBy: 'idle' };
      text = '';
      return [read];
    }
    return [];
  }

  function keyboard(p: Uint8Array, atMs: number): DecodedRead[] {
    if (p.length < 3) return [];
    const keys = [...p.subarray(2, 8)].filter((k) => k !== 0);
    if (keys.includes(ROLLOVER_ERROR)) return []; // phantom state: keys unknown, keep the previous set
    const out = idleEnd(atMs);
    const shift = ((p[0] ?? 0) & (LEFT_SHIFT | RIGHT_SHIFT)) !== 0;
    for (const usage of keys) {
      if (down.has(usage)) continue;
      if (ENTER.has(usage)) {
        if (text) out.push({ text, endedBy: 'enter' });
        text = '';
        continue;
      }
      // Anything else (Tab, punctuation) is kept as a marker so the card layer rejects the read.
      text += usageToChar(usage, shift) ?? '?';
    }
    down = new Set(keys);
    if (keys.length > 0) lastAt = atMs;
    return out;
  }

  function vendor(p: Uint8Array): DecodedRead[] {
    const n = p[0] ?? 0;
    if (n === 0 || n > p.length - 1) {
      lastVendorUid = ''; // card lifted (or an empty report): the next UID is a new tap
      return [];
    }
    const uid = [...p.subarray(1, 1 + n)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');
    if (uid === lastVendorUid) return [];
    lastVendorUid = uid;
    return [{ text: uid, endedBy: 'report' }];
  }

  return {
    feed(report, atMs) {
      const p = payloadOf(report);
      return opts.mode === 'keyboard' ? keyboard(p, atMs) : vendor(p);
    },
    flush: idleEnd,
    reset() {
      down = new Set();
      text = '';
      lastAt = -Infinity;
      lastVendorUid = '';
    },
  };
}
