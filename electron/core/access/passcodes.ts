import { randomInt } from 'node:crypto';
import { msg, type Message } from '../../../shared/messages';

/**
 * Guest passcodes: digits only, 4–9 long (default 6), never a trivial pattern the lock refuses
 * (-2032: all the same, strictly ascending or descending, §10.11), and unique among the active
 * codes of every door they go on (-3007). We also avoid a code that is the tail of another code
 * on the same door, or has one as its tail: with anti-peep keypads the longer code would open
 * for the shorter one (§10.11 front-desk notes).
 */
export const PASSCODE_LENGTH = { min: 4, max: 9, default: 6 } as const;

export function isTrivialPasscode(digits: string): boolean {
  if (/^(\d)\1*$/.test(digits)) return true;
  const steps = [...digits].slice(1).map((d, i) => Number(d) - Number(digits[i]));
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

export function clashes(digits: string, taken: Iterable<string>): boolean {
  // An offline code still waiting for the cloud has no digits yet (''): it clashes with nothing.
  for (const t of taken) if (t !== '' && (t === digits || t.endsWith(digits) || digits.endsWith(t))) return true;
  return false;
}

export function validatePasscode(digits: string): Message | null {
  if (!/^\d+$/.test(digits)) return msg('access.passcodeDigitsOnly');
  if (digits.length < PASSCODE_LENGTH.min || digits.length > PASSCODE_LENGTH.max)
    return msg('access.passcodeLength', { min: PASSCODE_LENGTH.min, max: PASSCODE_LENGTH.max });
  if (isTrivialPasscode(digits)) return msg('access.passcodeTrivial');
  return null;
}

/** A random passcode of `length` digits that passes the rules and clashes with none of `taken`. */
export function generatePasscode(length: number, taken: ReadonlySet<string>, random: (max: number) => number = randomInt): string {
  for (let i = 0; i < 1000; i++) {
    let digits = '';
    for (let k = 0; k < length; k++) digits += String(random(10));
    if (digits[0] === '0') continue; // some keypads and spreadsheets drop a leading zero
    if (!isTrivialPasscode(digits) && !clashes(digits, taken)) return digits;
  }
  throw new Error(`no free ${length}-digit passcode`);
}
