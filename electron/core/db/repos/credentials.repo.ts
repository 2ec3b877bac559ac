import type { Credential, CredentialKind, CredentialState } from '../../../../shared/domain/credential';
import type { Message } from '../../../../shared/messages';
import type { Db } from '../open';
import { readMessage, storeMessage } from '../stored-message';

export type CredentialVariant = 'plain' | 'reversed' | 'custom' | 'offline';

interface CredentialRow {
  id: number;
  booking_id: number;
  door_id: number;
  door_name: string;
  lock_id: number;
  kind: CredentialKind;
  secret: string;
  label: string;
  remote_id: number | null;
  start_ms: number;
  end_ms: number;
  state: CredentialState;
  error: string | null;
  variant: CredentialVariant;
  verified_ms: number | null;
}

/** A credential with the fields only the core needs (lock id, remote id, label). */
export interface StoredCredential extends Credential {
  lockId: number;
  label: string;
  remoteId: number | null;
  /** Card endpoint (plain / reversed number) or passcode kind (custom / offline). */
  variant: CredentialVariant;
  /** When the lock's own list last agreed with this credential's state. */
  verifiedMs: number | null;
}

const SELECT = `SELECT c.id, c.booking_id, c.door_id, d.name AS door_name, d.lock_id, c.kind, c.secret, c.label,
  c.remote_id, c.start_ms, c.end_ms, c.state, c.error, c.variant, c.verified_ms FROM credentials c JOIN doors d ON d.id = c.door_id`;

const toCredential = (r: CredentialRow): StoredCredential => ({
  id: r.id,
  bookingId: r.booking_id,
  doorId: r.door_id,
  doorName: r.door_name,
  lockId: r.lock_id,
  kind: r.kind,
  secret: r.secret,
  label: r.label,
  remoteId: r.remote_id,
  startMs: r.start_ms,
  endMs: r.end_ms,
  state: r.state,
  error: readMessage(r.error),
  variant: r.variant,
  verifiedMs: r.verified_ms,
});

export interface NewCredential {
  bookingId: number;
  doorId: number;
  kind: CredentialKind;
  secret: string;
  label: string;
  startMs: number;
  endMs: number;
  variant: CredentialVariant;
}

/** Fields an outbox attempt may settle on a credential. */
export interface CredentialSettlement {
  state: CredentialState;
  error: Message | null;
  remoteId?: number;
  secret?: string;
  variant?: CredentialVariant;
  startMs?: number;
  endMs?: number;
  verifiedMs?: number;
}

export function createCredentialsRepo(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO credentials (booking_id, door_id, kind, secret, label, start_ms, end_ms, state, variant, updated_ms)
     VALUES (@bookingId, @doorId, @kind, @secret, @label, @startMs, @endMs, 'pending', @variant, @updatedMs)`,
  );
  const byBooking = db.prepare<[number], CredentialRow>(`${SELECT} WHERE c.booking_id = ? ORDER BY c.kind, c.secret, d.kind, d.name`);
  const byId = db.prepare<[number], CredentialRow>(`${SELECT} WHERE c.id = ?`);
  const settle = db.prepare(
    `UPDATE credentials SET state = @state, error = @error,
       remote_id = COALESCE(@remoteId, remote_id), secret = COALESCE(@secret, secret), variant = COALESCE(@variant, variant),
       start_ms = COALESCE(@startMs, start_ms), end_ms = COALESCE(@endMs, end_ms), verified_ms = COALESCE(@verifiedMs, verified_ms),
       updated_ms = @updatedMs WHERE id = @id`,
  );
  const active = db.prepare<[], CredentialRow>(`${SELECT} WHERE c.state IN ('pending', 'issued', 'revoking') ORDER BY c.id`);
  const activeOnDoor = db.prepare<[number], CredentialRow>(
    `${SELECT} WHERE c.door_id = ? AND c.state IN ('pending', 'issued', 'revoking')`,
  );
  const codesOnDoor = db
    .prepare<[number], string>(
      `SELECT secret FROM credentials WHERE door_id = ? AND kind = 'passcode' AND state IN ('pending', 'issued', 'revoking')`,
    )
    .pluck();
  const byLabel = db.prepare<[string], CredentialRow>(`${SELECT} WHERE c.label = ?`);
  const byCard = db.prepare<[string], CredentialRow>(`${SELECT} WHERE c.kind = 'card' AND c.secret = ? ORDER BY c.id DESC`);
  // A key card is reused for guest after guest: the checks at issue and revoke read only its live rows.
  const activeByCard = db.prepare<[string], CredentialRow>(
    `${SELECT} WHERE c.kind = 'card' AND c.secret = ? AND c.state IN ('pending', 'issued', 'revoking') ORDER BY c.id`,
  );
  const passcodeWork = db.prepare<[number], { n: number }>(
    `SELECT COUNT(*) AS n FROM outbox o JOIN credentials c ON c.id = o.credential_id
      WHERE c.booking_id = ? AND c.kind = 'passcode' AND c.state IN ('pending', 'issued') AND o.state IN ('queued', 'sending') AND o.op IN ('add', 'change')`,
  );

  return {
    settle(id: number, s: CredentialSettlement): void {
      settle.run({
        id,
        state: s.state,
        error: storeMessage(s.error),
        remoteId: s.remoteId ?? null,
        secret: s.secret ?? null,
        variant: s.variant ?? null,
        startMs: s.startMs ?? null,
        endMs: s.endMs ?? null,
        verifiedMs: s.verifiedMs ?? null,
        updatedMs: now(),
      });
    },
    /** Credentials that are, or may be, on a lock. */
    active(): StoredCredential[] {
      return active.all().map(toCredential);
    },
    activeOnDoor(doorId: number): StoredCredential[] {
      return activeOnDoor.all(doorId).map(toCredential);
    },
    /** The digits of the door's passcodes that are, or may be, on its lock (those a new code must not clash with). */
    activeCodesOnDoor(doorId: number): string[] {
      return codesOnDoor.all(doorId);
    },
    byLabel(label: string): StoredCredential | null {
      const r = byLabel.get(label);
      return r ? toCredential(r) : null;
    },
    /** Every credential ever written for this card number, newest first (whose card is this, lost card, reuse). */
    byCardNumber(cardNumber: string): StoredCredential[] {
      return byCard.all(cardNumber).map(toCredential);
    },
    /** The card's credentials that are, or may still be, on a lock, oldest first. */
    activeByCardNumber(cardNumber: string): StoredCredential[] {
      return activeByCard.all(cardNumber).map(toCredential);
    },
    add(c: NewCredential): number {
      return Number(insert.run({ ...c, updatedMs: now() }).lastInsertRowid);
    },
    get(id: number): StoredCredential | null {
      const r = byId.get(id);
      return r ? toCredential(r) : null;
    },
    forBooking(bookingId: number): StoredCredential[] {
      return byBooking.all(bookingId).map(toCredential);
    },
    /** Lock work still to do on the booking's held passcodes (an add, or a change of window not yet on every door). */
    passcodeWorkPending: (bookingId: number): boolean => (passcodeWork.get(bookingId)?.n ?? 0) > 0,
  };
}
export type CredentialsRepo = ReturnType<typeof createCredentialsRepo>;
