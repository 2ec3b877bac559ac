import type { SimCard, SimLock, SimPasscode } from './model';
import { cyclicDays, DAY, HOUR } from './rules';

/**
 * What the physical lock decides (§9.1, §9.2, §10.10): only credentials whose lock copy exists
 * count; cloud-only records never open a door, and cloud-only deletes never close one.
 */
export type Credential = { card: string } | { passcode: string };

export interface Verdict<T> {
  ok: boolean;
  /** The credential the lock matched (for records), if any. */
  match?: T;
  /** Why it was refused: unknown or outside its validity (for the raw record type). */
  reason?: 'unknown' | 'expired';
}

const within = (at: number, start: number, end: number): boolean => start <= at && (end === 0 || at < end);

export function evaluateCard(cards: SimCard[], lockId: number, number: string, at: number): Verdict<SimCard> {
  const onLock = cards.filter((c) => c.lockId === lockId && c.lock && c.lock.secret === number);
  const valid = onLock.find((c) => within(at, c.lock!.startDate, c.lock!.endDate));
  if (valid) return { ok: true, match: valid };
  return onLock[0] ? { ok: false, match: onLock[0], reason: 'expired' } : { ok: false, reason: 'unknown' };
}

/** Offline-code validity by type (§9.1): one-time 6 h, 24-hour first-use rule, erase 24 h, cyclic windows. */
function offlineValid(p: SimPasscode, lock: SimLock, at: number): boolean {
  const { startDate: start, endDate: end } = p.lock!;
  if (at < start) return false;
  const firstUseOk = p.firstUsedAt !== undefined ? p.firstUsedAt < start + DAY : at < start + DAY;
  switch (p.keyboardPwdType) {
    case 1:
      return p.uses === 0 && at < start + 6 * HOUR;
    case 2:
      return firstUseOk;
    case 3:
      return at < end && firstUseOk;
    case 4:
      return at < start + DAY;
    default: {
      const days = cyclicDays(p.keyboardPwdType);
      if (!days || at >= end + DAY) return false;
      const local = new Date(at + lock.timezoneRawOffset);
      const weekday = ((local.getUTCDay() + 6) % 7) + 1;
      const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
      const from = new Date(start + lock.timezoneRawOffset);
      const to = new Date(end + lock.timezoneRawOffset);
      const fromMin = from.getUTCHours() * 60 + from.getUTCMinutes();
      const toMin = to.getUTCHours() * 60 + to.getUTCMinutes();
      return days.includes(weekday) && minute >= fromMin && minute < toMin;
    }
  }
}

export function evaluatePasscode(all: SimPasscode[], lock: SimLock, digits: string, at: number): Verdict<SimPasscode> {
  const onLock = all.filter((p) => p.lockId === lock.lockId && p.lock && p.lock.secret === digits);
  const valid = onLock.find((p) => (p.isCustom ? within(at, p.lock!.startDate, p.lock!.endDate) : offlineValid(p, lock, at)));
  if (valid) return { ok: true, match: valid };
  return onLock[0] ? { ok: false, match: onLock[0], reason: 'expired' } : { ok: false, reason: 'unknown' };
}
