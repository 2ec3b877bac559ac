import { msg, type Message } from '../../../shared/messages';

/**
 * The escalating lockout for PIN guesses at the desk. Wrong PINs in a row (any staff member)
 * pause unlocking for a minute at 5, for 15 minutes at 10, and from 20 only a manager's PIN
 * unlocks: a 4-digit PIN then takes weeks of guessing instead of minutes, and a clerk who
 * mistyped a few times is never shut out for long.
 */
export const PAUSES: readonly { after: number; ms: number }[] = [
  { after: 5, ms: 60_000 },
  { after: 10, ms: 15 * 60_000 },
];
export const MANAGER_ONLY_AFTER = 20;

export type Lockout = { kind: 'pause'; failures: number; minutes: number } | { kind: 'manager-only'; failures: number };

/** `monotonic`: a pause is a wait; a PC clock set back must not stretch it, nor one set forward end it. */
export function createPinAttempts(monotonic: () => number) {
  let failures = 0;
  let pausedUntilMs = 0;

  return {
    /** Why an attempt is refused before any hashing, or null when it may be checked. */
    refusal(isManager: boolean): Message | null {
      if (failures >= MANAGER_ONLY_AFTER && !isManager) return msg('staff.pinManagerOnly');
      const left = pausedUntilMs - monotonic();
      if (left <= 0) return null;
      return left > 60_000
        ? msg('staff.pinPausedMinutes', { minutes: Math.ceil(left / 60_000) })
        : msg('staff.pinPaused', { seconds: Math.ceil(left / 1000) });
    },
    /** Counted before the hash runs: an attempt that never finishes still counts. */
    begin(): void {
      failures += 1;
    },
    /** A right PIN starts the count afresh (past 20 only a manager's gets this far: refusal()). */
    succeeded(): void {
      failures = 0;
      pausedUntilMs = 0;
    },
    /** A wrong PIN (already counted by begin): the lockout it starts, if any, for the audit log. */
    failed(): Lockout | null {
      if (failures === MANAGER_ONLY_AFTER) return { kind: 'manager-only', failures };
      const step = PAUSES.find((p) => p.after === failures);
      if (!step) return null;
      pausedUntilMs = monotonic() + step.ms;
      return { kind: 'pause', failures, minutes: step.ms / 60_000 };
    },
  };
}
