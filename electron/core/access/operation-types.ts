import type { Message } from '../../../shared/messages';
import type { StoredCredential } from '../db/repos/credentials.repo';
import type { LockCloud } from '../cloud/lock-cloud';

// The vocabulary of one outbox attempt (operations.ts, code-operations.ts): what it needs and how it settles.

/** What an attempt changes on the credential when it settles. */
export interface CredentialPatch {
  remoteId?: number;
  secret?: string;
  variant?: StoredCredential['variant'];
  startMs?: number;
  endMs?: number;
  verifiedMs?: number;
}

export type Outcome =
  /** `notice`: done, but the clerk must know something (kept beside the credential). */
  | { kind: 'done'; patch?: CredentialPatch; note?: string; notice?: Message }
  /** A verification found a revoked credential still on the lock: revoke it again. */
  | { kind: 'reopen'; message: Message }
  /** `lockOffline`: the lock's gateway is offline, so only one operation per lock keeps probing. */
  | { kind: 'retry'; unclear: boolean; message: Message; minDelayMs?: number; lockOffline?: boolean; patch?: CredentialPatch }
  | { kind: 'give-up'; message: Message };

export const done = (patch?: CredentialPatch, note?: string): Outcome => ({
  kind: 'done',
  ...(patch ? { patch } : {}),
  ...(note ? { note } : {}),
});

export interface Ctx {
  cloud: LockCloud;
  /** The desk's time (cloud time when the PC's clock is off): credential windows. */
  now: () => number;
  /**
   * The cloud's time, once an answer told it. Only this may say a credential has expired on the
   * lock by itself: the PC's clock may be days fast.
   */
  cloudNow: () => number | undefined;
  /** Digits of the desk's own active codes on a door (the lock's full list is only read on a clash). */
  codesOnDoor: (doorId: number) => ReadonlySet<string>;
  /** The lock's cards or codes as listed by a request that started at or after `notBeforeMs`. */
  listOnce: (lockId: number, kind: 'card' | 'passcode', notBeforeMs: number) => Promise<{ id: number; label: string }[]>;
  /** The booking's arrival: an offline code's start depends on whether the guest is in house yet. */
  arrivalOf: (bookingId: number) => number | null;
  /** The property's zone, to tell the clerk a time as the desk reads it (null before setup: UTC). */
  timeZone: () => string | null;
}
