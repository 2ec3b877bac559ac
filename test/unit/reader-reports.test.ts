import { describe, expect, it } from 'vitest';
import { createReportDecoder, usageToChar, type DecodedRead } from '../../electron/core/reader/reports';
import { DEFAULT_CARD_PROFILE } from '../../shared/cards/profile';
import { lockCardNumber } from '../../shared/cards/uid';
import { bytesOf, loadRecording } from '../fixtures/hid/recorded';

function decode(name: string): { reads: DecodedRead[]; expect: string[] } {
  const rec = loadRecording(name);
  const d = createReportDecoder(rec.decoder);
  const reads = rec.reports.flatMap((r) => d.feed(bytesOf(r.hex), r.atMs));
  const last = rec.reports.at(-1)!.atMs;
  reads.push(...d.flush(last + 10_000));
  return { reads, expect: rec.expect };
}

describe('HID report decoding (recorded sequences)', () => {
  it('a keyboard-mode reader with key-up reports: repeated digits and leading zeros survive', () => {
    const { reads, expect: want } = decode('keyboard-keyup');
    expect(reads.map((r) => r.text)).toEqual(want);
    expect(reads.every((r) => r.endedBy === 'enter')).toBe(true);
  });

  it('a reader whose reports carry a report id and Shift for upper-case hex', () => {
    const { reads, expect: want } = decode('keyboard-report-id');
    expect(reads.map((r) => r.text)).toEqual(want);
    // …and the card layer turns it into the §12 numbers.
    expect(lockCardNumber(reads[0]!.text, { format: 'hex', byteOrder: 'as-read', leadingZeros: 'keep' })).toMatchObject({
      cardNumber: '3661413478',
    });
  });

  it('a reader without key-up or Enter: the read ends when it falls silent', () => {
    const { reads, expect: want } = decode('keyboard-no-enter');
    expect(reads).toEqual(want.map((text) => ({ text, endedBy: 'idle' })));
  });

  it('a vendor-mode reader repeating the UID while the card rests is one tap per card', () => {
    const { reads, expect: want } = decode('vendor-report-id');
    expect(reads).toEqual(want.map((text) => ({ text, endedBy: 'report' })));
  });

  it('strips a 9-byte report id automatically and ignores rollover-error reports', () => {
    const d = createReportDecoder();
    const kb = (mod: number, ...keys: number[]) => Uint8Array.from([0x01, mod, 0, ...keys, ...Array<number>(6 - keys.length).fill(0)]);
    const reads = [
      d.feed(kb(0, 0x1e), 0),
      d.feed(kb(0, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01), 1), // phantom state: no key change
      d.feed(kb(0, 0x1e, 0x1f), 2), // 1 still down, 2 pressed: rollover
      d.feed(kb(0), 3),
      d.feed(kb(0, 0x58), 4), // keypad Enter
    ].flat();
    expect(reads).toEqual([{ text: '12', endedBy: 'enter' }]);
  });

  it('keeps noise visible so the card layer rejects it instead of guessing', () => {
    const d = createReportDecoder({ reportId: 'none' });
    const kb = (...keys: number[]) => Uint8Array.from([0, 0, ...keys, ...Array<number>(6 - keys.length).fill(0)]);
    const keys = [0x1e, 0x2b, 0x1f, 0x28]; // 1, Tab, 2, Enter
    const reads = keys.flatMap((k, i) => [...d.feed(kb(k), i * 8), ...d.feed(kb(), i * 8 + 4)]);
    expect(reads).toEqual([{ text: '1?2', endedBy: 'enter' }]);
    expect(lockCardNumber(reads[0]!.text, DEFAULT_CARD_PROFILE).ok).toBe(false);
  });

  it('maps usages: letters with case, top-row and keypad digits', () => {
    expect(usageToChar(0x04, false)).toBe('a');
    expect(usageToChar(0x09, true)).toBe('F');
    expect(usageToChar(0x27, false)).toBe('0');
    expect(usageToChar(0x1e, true)).toBeNull(); // "!" is no card character
    expect(usageToChar(0x62, false)).toBe('0');
    expect(usageToChar(0x59, false)).toBe('1');
  });
});
