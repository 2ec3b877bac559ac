import { evaluateCard, evaluatePasscode } from './lock-truth';
import type { SimRecord } from './model';
import type { SimState } from './state';

/**
 * Someone at the door (simulator only, §15.1): a code typed on the keypad or a card tapped. The
 * lock decides, the record is uploaded (table A/B of §10.28) and webhooks fire. Unlike `canOpen`
 * this changes state: first use (24-hour rule), one-time codes, erase codes.
 */
export interface DoorResult {
  opened: boolean;
  record: SimRecord;
}

export function enterPasscode(state: SimState, lockId: number, digits: string, at: number): DoorResult {
  const lock = state.locks.get(lockId);
  if (!lock) throw new Error(`no lock ${lockId}`);
  const v = evaluatePasscode([...state.passcodes.values()], lock, digits, at);
  if (v.ok && v.match) {
    const p = v.match;
    p.firstUsedAt ??= at;
    p.uses++;
    // An erase code clears every other code on the lock (§9.1 type 4; raw record 10).
    if (!p.isCustom && p.keyboardPwdType === 4) for (const o of state.passcodesOf(lockId)) if (o !== p) o.lock = null;
    lock.openState = 1;
  }
  const record = state.addRecord({
    lockId,
    recordType: 4,
    recordTypeFromLock: v.ok ? (v.match?.keyboardPwdType === 4 && !v.match.isCustom ? 10 : 4) : v.reason === 'expired' ? 11 : 7,
    success: v.ok ? 1 : 0,
    username: v.match?.keyboardPwdName ?? '',
    keyboardPwd: digits,
    lockDate: at,
  });
  return { opened: v.ok, record };
}

export function tapCard(state: SimState, lockId: number, cardNumber: string, at: number): DoorResult {
  const lock = state.locks.get(lockId);
  if (!lock) throw new Error(`no lock ${lockId}`);
  const v = evaluateCard([...state.cards.values()], lockId, cardNumber, at);
  if (v.ok) lock.openState = 1;
  const record = state.addRecord({
    lockId,
    recordType: 7,
    // §15.1: a refused card is recorded as raw 25 whether it is unknown or outside its dates.
    recordTypeFromLock: v.ok ? 17 : 25,
    success: v.ok ? 1 : 0,
    username: v.match?.cardName ?? '',
    keyboardPwd: cardNumber,
    lockDate: at,
  });
  return { opened: v.ok, record };
}
