import type { Credential, CredentialKind, CredentialState } from '../../../../shared/domain/credential';
import type { Db } from '../open';

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
}

/** A credential with the fields only the core needs (lock id, remote id, label). */
export interface StoredCredential extends Credential {
  lockId: number;
  label: string;
  remoteId: number | null;
}

const SELECT = `SELECT c.id, c.booking_id, c.door_id, d.name AS door_name, d.lock_id, c.kind, c.secret, c.label,
  c.remote_id, c.start_ms, c.end_ms, c.state, c.error FROM credentials c JOIN doors d ON d.id = c.door_id`;

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
  error: r.error,
});

export interface NewCredential {
  bookingId: number;
  doorId: number;
  kind: CredentialKind;
  secret: string;
  label: string;
  startMs: number;
  endMs: number;
}

export function createCredentialsRepo(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO credentials (booking_id, door_id, kind, secret, label, start_ms, end_ms, state, updated_ms)
     VALUES (@bookingId, @doorId, @kind, @secret, @label, @startMs, @endMs, 'pending', @updatedMs)`,
  );
  const byBooking = db.prepare<[number], CredentialRow>(`${SELECT} WHERE c.booking_id = ? ORDER BY c.kind, c.secret, d.kind, d.name`);
  const byId = db.prepare<[number], CredentialRow>(`${SELECT} WHERE c.id = ?`);
  const update = db.prepare<[CredentialState, string | null, number | null, number, number]>(
    'UPDATE credentials SET state = ?, error = ?, remote_id = COALESCE(?, remote_id), updated_ms = ? WHERE id = ?',
  );

  return {
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
    setState(id: number, state: CredentialState, error: string | null = null, remoteId: number | null = null): void {
      update.run(state, error, remoteId, now(), id);
    },
  };
}
export type CredentialsRepo = ReturnType<typeof createCredentialsRepo>;
