import { msg, type Message } from '../messages';
import type { CardEndpoint, CardProfile, ReaderFormat } from './profile';
import { expectedLength } from './profile';

/**
 * Card UIDs as unsigned integers of a known byte width. A 7-byte UID exceeds 2^53, so all
 * arithmetic is BigInt and numbers travel as decimal strings (§12).
 */
export interface Uid {
  value: bigint;
  /** 4, 7 or 10: the ISO 14443 UID sizes. */
  bytes: number;
}

/** A refused read: `reason` for the clerk, worded in their language. */
export interface Refused {
  ok: false;
  reason: Message;
}

const refused = (reason: Message): Refused => ({ ok: false, reason });

export type ParseResult = { ok: true; uid: Uid } | Refused;

const UID_SIZES = [4, 7, 10] as const;

/** Decimal digits of the largest value of `bytes` bytes: 4 → 10, 7 → 17, 10 → 25. */
export const decimalWidth = (bytes: number): number => ((1n << BigInt(bytes * 8)) - 1n).toString().length;

function smallestUidSize(value: bigint): number | null {
  for (const n of UID_SIZES) if (value < 1n << BigInt(n * 8)) return n;
  return null;
}

/** Reads what a reader typed, according to its format. Never throws: bad input is a reason. */
export function parseReaderText(raw: string, format: ReaderFormat): ParseResult {
  const text = raw.trim();
  const { min, max } = expectedLength(format);
  if (text.length < min || text.length > max)
    return refused(
      msg('reader.readLength', { format, expected: min === max ? min : msg('reader.lengthRange', { min, max }), actual: text.length }),
    );
  if (format === 'hex') {
    if (!/^[0-9A-Fa-f]+$/.test(text)) return refused(msg('reader.hexCharsOnly'));
    const bytes = text.length / 2;
    if (!(UID_SIZES as readonly number[]).includes(bytes)) return refused(msg('reader.hexNotUid', { digits: text.length }));
    return { ok: true, uid: { value: BigInt(`0x${text}`), bytes } };
  }
  if (!/^\d+$/.test(text)) return refused(msg('reader.decimalDigitsOnly'));
  const value = BigInt(text);
  if (format === '8h10d') {
    if (value >= 1n << 32n) return refused(msg('reader.largerThanUid', { number: text, bytes: 4 }));
    return { ok: true, uid: { value, bytes: 4 } };
  }
  const bytes = smallestUidSize(value);
  return bytes === null ? refused(msg('reader.largerThanUid', { number: text, bytes: 10 })) : { ok: true, uid: { value, bytes } };
}

export function reverseBytes(uid: Uid): Uid {
  let out = 0n;
  let v = uid.value;
  for (let i = 0; i < uid.bytes; i++) {
    out = (out << 8n) | (v & 0xffn);
    v >>= 8n;
  }
  return { value: out, bytes: uid.bytes };
}

export function toDecimal(uid: Uid, leadingZeros: CardProfile['leadingZeros']): string {
  const digits = uid.value.toString();
  return leadingZeros === 'keep' ? digits.padStart(decimalWidth(uid.bytes), '0') : digits;
}

export const toHex = (uid: Uid): string =>
  uid.value
    .toString(16)
    .toUpperCase()
    .padStart(uid.bytes * 2, '0');

export type CardNumberResult = { ok: true; cardNumber: string; uid: Uid } | Refused;

/**
 * The number the lock's card list (§10.24) shows for the card the reader just read: the desk's
 * identity for a card (credential secret, "whose card is this", revocation checks).
 */
export function lockCardNumber(raw: string, profile: Pick<CardProfile, 'format' | 'byteOrder' | 'leadingZeros'>): CardNumberResult {
  const parsed = parseReaderText(raw, profile.format);
  if (!parsed.ok) return parsed;
  const uid = profile.byteOrder === 'reversed' ? reverseBytes(parsed.uid) : parsed.uid;
  return { ok: true, cardNumber: toDecimal(uid, profile.leadingZeros), uid };
}

/**
 * What to send to the assign endpoint (§10.25) so that the lock lists `cardNumber`. The reversed
 * endpoint reverses a 4-byte UID in the cloud, so the desk sends it the reversed number; for
 * longer UIDs the cloud's behaviour is unknown and the desk reverses nothing and uses plain add.
 */
export function cardSubmission(
  cardNumber: string,
  profile: Pick<CardProfile, 'endpoint' | 'leadingZeros'>,
): { cardNumber: string; endpoint: CardEndpoint } {
  if (profile.endpoint === 'plain' || !/^\d+$/.test(cardNumber)) return { cardNumber, endpoint: 'plain' };
  const value = BigInt(cardNumber);
  if (value >= 1n << 32n) return { cardNumber, endpoint: 'plain' };
  return { cardNumber: toDecimal(reverseBytes({ value, bytes: 4 }), profile.leadingZeros), endpoint: 'reversed' };
}
