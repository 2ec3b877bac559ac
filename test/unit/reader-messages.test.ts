import { describe, expect, it } from 'vitest';
import { DEFAULT_CARD_PROFILE } from '../../shared/cards/profile';
import { lockCardNumber, parseReaderText } from '../../shared/cards/uid';
import { english, formatMessage } from '../../shared/messages';

describe('reasons a read is refused are catalogue messages (reader.*)', () => {
  const refusal = (r: ReturnType<typeof parseReaderText>) => {
    if (r.ok) throw new Error('expected a refusal');
    expect(r.reason.key.startsWith('reader.')).toBe(true);
    const en = english(r.reason);
    const es = formatMessage(r.reason, 'es');
    expect(es).not.toBe(en);
    expect(es).not.toMatch(/\{\{/);
    return { en, es };
  };

  it('keeps the English reasons word for word and words them in Spanish', () => {
    expect(refusal(parseReaderText('123456', '8h10d'))).toEqual({
      en: 'a 8h10d read has 10 characters, this one has 6',
      es: 'una lectura 8h10d tiene 10 caracteres y esta tiene 6',
    });
    expect(refusal(parseReaderText('12', 'hex'))).toEqual({
      en: 'a hex read has 8 to 20 characters, this one has 2',
      es: 'una lectura hex tiene de 8 a 20 caracteres y esta tiene 2',
    });
    expect(refusal(parseReaderText('ZZZZZZZZ', 'hex')).en).toBe('a hex read has only 0–9 and A–F');
    expect(refusal(parseReaderText('0A0B0C0D0E', 'hex')).en).toBe('10 hex digits is not a 4-, 7- or 10-byte UID');
    expect(refusal(parseReaderText('12345x7890', '8h10d')).en).toBe('a decimal read has only digits');
    expect(refusal(parseReaderText('9999999999', '8h10d'))).toEqual({
      en: '9999999999 is larger than a 4-byte UID',
      es: '9999999999 es mayor que un UID de 4 bytes',
    });
  });

  it('carries the message through lockCardNumber', () => {
    const r = lockCardNumber('123456', DEFAULT_CARD_PROFILE);
    expect(r).toMatchObject({ ok: false, reason: { key: 'reader.readLength' } });
  });
});
