import { describe, expect, it } from 'vitest';
import { calibrate } from '../../shared/cards/calibrate';
import { DEFAULT_CARD_PROFILE, type CardProfile } from '../../shared/cards/profile';
import { english } from '../../shared/messages';
import { cardSubmission, decimalWidth, lockCardNumber, parseReaderText, reverseBytes, toHex } from '../../shared/cards/uid';

const profile = (p: Partial<CardProfile>): CardProfile => ({ ...DEFAULT_CARD_PROFILE, ...p });

describe('card numbers (§12)', () => {
  it('reverses the bytes of the worked example: 3661413478 (DA3CBC66) ↔ 1723612378 (66BC3CDA)', () => {
    const parsed = parseReaderText('3661413478', '8h10d');
    if (!parsed.ok) throw new Error(english(parsed.reason));
    expect(toHex(parsed.uid)).toBe('DA3CBC66');
    expect(toHex(reverseBytes(parsed.uid))).toBe('66BC3CDA');
    expect(lockCardNumber('3661413478', profile({ byteOrder: 'reversed' }))).toMatchObject({ ok: true, cardNumber: '1723612378' });
    expect(lockCardNumber('3661413478', profile({}))).toMatchObject({ ok: true, cardNumber: '3661413478' });
  });

  it('keeps 7-byte UIDs exact beyond 2^53', () => {
    // 04:A2:24:6A:B4:3C:80 — a typical NTAG/DESFire UID; 2^53 is 9007199254740992.
    const r = lockCardNumber('04A2246AB43C80', profile({ format: 'hex', leadingZeros: 'strip' }));
    expect(r).toMatchObject({ ok: true, cardNumber: BigInt('0x04A2246AB43C80').toString() });
    const rev = lockCardNumber('04A2246AB43C80', profile({ format: 'hex', byteOrder: 'reversed', leadingZeros: 'strip' }));
    expect(rev).toMatchObject({ ok: true, cardNumber: BigInt('0x803CB46A24A204').toString() });
    expect(BigInt(rev.ok ? rev.cardNumber : '0') > 2n ** 53n).toBe(true);
    // Decimal readers of 7-byte UIDs: the width follows the value.
    expect(lockCardNumber('36028797018963968', profile({ format: 'decimal', byteOrder: 'reversed', leadingZeros: 'strip' }))).toMatchObject(
      {
        ok: true,
        cardNumber: '128', // 0x0080000000000000 reversed is 0x00000000000080
      },
    );
  });

  it('pads or strips leading zeros to the UID width', () => {
    expect(decimalWidth(4)).toBe(10);
    expect(decimalWidth(7)).toBe(17);
    expect(lockCardNumber('0012345678', profile({ leadingZeros: 'keep' }))).toMatchObject({ cardNumber: '0012345678' });
    expect(lockCardNumber('0012345678', profile({ leadingZeros: 'strip' }))).toMatchObject({ cardNumber: '12345678' });
    expect(lockCardNumber('00bc614e', profile({ format: 'hex', leadingZeros: 'keep' }))).toMatchObject({ cardNumber: '0012345678' });
  });

  it('refuses noise with a reason instead of guessing', () => {
    const reason = (r: ReturnType<typeof lockCardNumber>): string => (r.ok ? 'accepted' : english(r.reason));
    expect(reason(lockCardNumber('123456', profile({})))).toContain('10 characters');
    expect(reason(lockCardNumber('9999999999', profile({})))).toContain('4-byte');
    expect(lockCardNumber('36614134x8', profile({}))).toMatchObject({ ok: false });
    expect(lockCardNumber('DA3CBC6', profile({ format: 'hex' }))).toMatchObject({ ok: false });
    expect(reason(lockCardNumber('DA3CBC66AA', profile({ format: 'hex' })))).toContain('UID');
  });

  it('sends the reversed endpoint the byte-reversed number so the cloud stores the listed one', () => {
    expect(cardSubmission('1723612378', { endpoint: 'reversed', leadingZeros: 'keep' })).toEqual({
      cardNumber: '3661413478',
      endpoint: 'reversed',
    });
    expect(cardSubmission('1723612378', { endpoint: 'plain', leadingZeros: 'keep' })).toEqual({
      cardNumber: '1723612378',
      endpoint: 'plain',
    });
    // A 7-byte number cannot go through the 4-byte reversal: plain add with the listed number.
    expect(cardSubmission('36028797018963968', { endpoint: 'reversed', leadingZeros: 'keep' })).toEqual({
      cardNumber: '36028797018963968',
      endpoint: 'plain',
    });
  });
});

describe('calibration matching', () => {
  const other = { cardId: 1, cardNumber: '1111111111' };
  it('finds the plain reading when the lock lists the number as typed', () => {
    const r = calibrate('3661413478', [other, { cardId: 2, cardNumber: '3661413478' }]);
    expect(r.matches[0]).toEqual({
      profile: { format: '8h10d', byteOrder: 'as-read', leadingZeros: 'keep' },
      card: { cardId: 2, cardNumber: '3661413478' },
    });
    expect(r.matches.every((m) => m.profile.byteOrder === 'as-read')).toBe(true);
  });

  it('finds the reversed reading when the lock lists the byte-reversed number', () => {
    const r = calibrate('3661413478', [other, { cardId: 3, cardNumber: '1723612378' }]);
    expect(r.matches[0]?.profile).toEqual({ format: '8h10d', byteOrder: 'reversed', leadingZeros: 'keep' });
    expect(r.matches.every((m) => m.profile.byteOrder === 'reversed')).toBe(true);
  });

  it('recognises a hex reader against a decimal lock list, and says what one card cannot decide', () => {
    const r = calibrate('DA3CBC66', [{ cardId: 4, cardNumber: '1723612378' }]);
    expect(r.matches[0]?.profile).toEqual({ format: 'hex', byteOrder: 'reversed', leadingZeros: 'keep' });
    expect(r.undecided).toEqual(['leadingZeros']);
  });

  it('detects stripped leading zeros', () => {
    const r = calibrate('0012345678', [{ cardId: 5, cardNumber: '12345678' }]);
    expect(r.matches[0]?.profile).toEqual({ format: '8h10d', byteOrder: 'as-read', leadingZeros: 'strip' });
  });

  it('finds nothing for a card that is not on the lock', () => {
    expect(calibrate('3661413478', [other])).toEqual({ matches: [], undecided: [] });
  });
});
