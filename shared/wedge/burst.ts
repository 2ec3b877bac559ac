/**
 * Keyboard-wedge burst detector: a card reader that "types" a number does so far faster than a
 * person (a few ms between keys) and ends with Enter. Pure logic, fed key events with timestamps,
 * so it can run wherever key events arrive and be tested without a DOM.
 */

export interface BurstOptions {
  /** Longest gap between two keys of one burst, ms. Readers type at ≤ 10 ms; people at ≥ 60 ms. */
  maxGapMs: number;
  minLength: number;
  maxLength: number;
}

export const DEFAULT_BURST: BurstOptions = { maxGapMs: 35, minLength: 6, maxLength: 20 };

export type BurstVerdict =
  | { kind: 'card'; digits: string }
  | { kind: 'buffering' }
  | { kind: 'pass' };

export interface BurstDetector {
  /** Feed one key (`event.key`) at time `atMs`. */
  key(key: string, atMs: number): BurstVerdict;
  reset(): void;
}

export function createBurstDetector(options: BurstOptions = DEFAULT_BURST): BurstDetector {
  let digits = '';
  let lastAt = -Infinity;

  return {
    key(key, atMs) {
      const gap = atMs - lastAt;
      lastAt = atMs;
      if (gap > options.maxGapMs) digits = '';
      if (/^\d$/.test(key)) {
        digits += key;
        if (digits.length > options.maxLength) digits = '';
        return digits.length > 0 ? { kind: 'buffering' } : { kind: 'pass' };
      }
      if (key === 'Enter' && digits.length >= options.minLength && gap <= options.maxGapMs) {
        const card = digits;
        digits = '';
        return { kind: 'card', digits: card };
      }
      digits = '';
      return { kind: 'pass' };
    },
    reset() {
      digits = '';
      lastAt = -Infinity;
    },
  };
}
