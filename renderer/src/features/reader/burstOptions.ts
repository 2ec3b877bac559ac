import { expectedLength, usesHexLetters, type ReaderFormat } from '../../../../shared/cards/profile';
import type { BurstOptions } from '../../../../shared/wedge/burst';

/** The wedge follows the active profile: its format fixes the expected length and alphabet. */
export function burstOptionsFor(format: ReaderFormat): Partial<BurstOptions> {
  const { min, max } = expectedLength(format);
  return { minLength: min, maxLength: max, hex: usesHexLetters(format) };
}

/** While calibrating, the reader's format is what we are finding out: accept any plausible read. */
export const CALIBRATION_BURST: Partial<BurstOptions> = { minLength: 6, maxLength: 20, hex: true };
