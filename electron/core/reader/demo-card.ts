import { randomInt } from 'node:crypto';
import type { CardProfile } from '../../../shared/cards/profile';

/**
 * What a desk reader set to `card.format` types for a 4-byte card UID: demo mode's "tap a demo
 * card" hands exactly this to the reader service, so the demo card is decoded, checked and
 * delivered like a real tap (byte order and leading zeros then apply as for any read).
 */
export function readerTextFor(uid: number, card: CardProfile): string {
  switch (card.format) {
    case 'hex':
      return uid.toString(16).toUpperCase().padStart(8, '0');
    case '8h10d':
      return String(uid).padStart(10, '0');
    case 'decimal':
      return String(uid);
  }
}

/** A fresh demo card: a 4-byte UID of ten decimal digits, so no reader setting pads or trims it. */
export const newDemoUid = (): number => randomInt(1_000_000_000, 4_294_967_295);
