import type { ByteOrder, CardProfile, LeadingZeros, ReaderFormat } from './profile';
import { lockCardNumber } from './uid';

/**
 * Calibration (§12 "practical calibration"): the clerk taps a card that was enrolled on a lock
 * with the Sifely app; the desk tries every reading of the tap against that lock's card list and
 * keeps the transformations that produce a listed number.
 */

export interface ListedCard {
  cardId: number;
  cardNumber: string;
  cardName?: string | undefined;
}

export interface CalibrationMatch {
  profile: Omit<CardProfile, 'endpoint'>;
  card: ListedCard;
}

export interface CalibrationResult {
  /** Best first. Empty: the tapped card is not on this lock under any known transformation. */
  matches: CalibrationMatch[];
  /**
   * Axes this one card cannot decide (a UID without leading zeros says nothing about padding; a
   * palindromic UID nothing about byte order). The first match's choice there is a default.
   */
  undecided: ('format' | 'byteOrder' | 'leadingZeros')[];
}

// Preference order among equally matching readings: the fixed-length 10-digit form first (its
// exact length makes the keyboard wedge strictest), bytes as read before reversed, padding as
// typed (Sifely's hospitality flow sends the typed digits unchanged, §10.25).
const FORMATS: ReaderFormat[] = ['8h10d', 'decimal', 'hex'];
const ORDERS: ByteOrder[] = ['as-read', 'reversed'];
const ZEROS: LeadingZeros[] = ['keep', 'strip'];

export function calibrate(raw: string, listed: readonly ListedCard[]): CalibrationResult {
  const byNumber = new Map(listed.map((c) => [c.cardNumber, c]));
  const matches: CalibrationMatch[] = [];
  for (const format of FORMATS)
    for (const byteOrder of ORDERS)
      for (const leadingZeros of ZEROS) {
        const r = lockCardNumber(raw, { format, byteOrder, leadingZeros });
        const card = r.ok ? byNumber.get(r.cardNumber) : undefined;
        if (card) matches.push({ profile: { format, byteOrder, leadingZeros }, card });
      }
  const undecided: CalibrationResult['undecided'] = [];
  const first = matches[0];
  if (first) {
    const differsOnlyIn = (axis: 'format' | 'byteOrder' | 'leadingZeros') => matches.some((m) => m.profile[axis] !== first.profile[axis]);
    for (const axis of ['format', 'byteOrder', 'leadingZeros'] as const) if (differsOnlyIn(axis)) undecided.push(axis);
  }
  return { matches, undecided };
}
