import { z } from 'zod';

/**
 * A reader profile: how one model of desk reader writes a card's UID, and how that maps onto the
 * number the Sifely cloud lists for the card (§12). Readers differ in all three
 * axes below, and the lock list is the only ground truth, hence calibration (./calibrate.ts).
 */

/**
 * - `decimal`: the UID as one decimal integer, any length (4-, 7- or 10-byte UIDs).
 * - `8h10d`: the usual "8 hex → 10 decimal" setting: a 4-byte UID as exactly 10 digits, zero-padded.
 * - `hex`: the UID bytes as hex digits (8, 14 or 20 of them).
 */
export const ReaderFormatSchema = z.enum(['decimal', '8h10d', 'hex']);
export type ReaderFormat = z.infer<typeof ReaderFormatSchema>;

/** Whether the lock list shows the UID bytes in the order the reader wrote them, or reversed. */
export const ByteOrderSchema = z.enum(['as-read', 'reversed']);
export type ByteOrder = z.infer<typeof ByteOrderSchema>;

/** `keep`: the number is zero-padded to the UID's full decimal width (10 digits for 4 bytes). */
export const LeadingZerosSchema = z.enum(['keep', 'strip']);
export type LeadingZeros = z.infer<typeof LeadingZerosSchema>;

/**
 * Which Sifely assign endpoint to use (§10.25): `plain` sends the lock-list number to
 * `/v3/identityCard/add`; `reversed` sends the byte-reversed number to
 * `/v3/identityCard/addForReversedCardNumber`, which reverses it back before storing.
 * Both store the same number; which path Sifely really exposes is unverified, so plain is the default.
 */
export const CardEndpointSchema = z.enum(['plain', 'reversed']);
export type CardEndpoint = z.infer<typeof CardEndpointSchema>;

export const CardProfileSchema = z.object({
  format: ReaderFormatSchema,
  byteOrder: ByteOrderSchema,
  leadingZeros: LeadingZerosSchema,
  endpoint: CardEndpointSchema,
});
export type CardProfile = z.infer<typeof CardProfileSchema>;

/**
 * Until calibrated the desk assumes Sifely's own hospitality flow (§10.25, §12): the reader types
 * 10 digits and the PMS sends them unchanged to the lock cloud.
 */
export const DEFAULT_CARD_PROFILE: CardProfile = { format: '8h10d', byteOrder: 'as-read', leadingZeros: 'keep', endpoint: 'plain' };

/** How many characters a read of this format may have: the keyboard wedge's "expected length". */
export function expectedLength(format: ReaderFormat): { min: number; max: number } {
  switch (format) {
    case '8h10d':
      return { min: 10, max: 10 };
    case 'hex':
      return { min: 8, max: 20 };
    case 'decimal':
      // Below 6 digits a 4-byte UID is vanishingly rare (< 1 in 40 000), while short noise is common.
      return { min: 6, max: 20 };
  }
}

/** Whether reads of this format contain hex letters (the wedge must then hold A–F too). */
export const usesHexLetters = (format: ReaderFormat): boolean => format === 'hex';
