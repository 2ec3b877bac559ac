import type { DeliveryChannel, DeliveryMessage, DeliveryState } from '../../../../shared/domain/delivery';
import type { Language } from '../../../../shared/messages/languages';
import type { WireMessage } from '../../../../shared/messages';
import type { Db } from '../open';
import { readMessage, storeMessage } from '../stored-message';

export type DeliveryKind = 'code' | 'cancel' | 'test';

export interface DeliveryRow {
  id: number;
  bookingId: number | null;
  channel: DeliveryChannel;
  kind: DeliveryKind;
  idemKey: string;
  version: string;
  recipient: string;
  language: Language;
  state: DeliveryState;
  attempts: number;
  dueMs: number;
}

interface Row {
  id: number;
  booking_id: number | null;
  channel: DeliveryChannel;
  kind: DeliveryKind;
  idem_key: string;
  version: string;
  recipient: string;
  language: Language;
  state: DeliveryState;
  attempts: number;
  due_ms: number;
  reason: string | null;
  created_ms: number;
  sent_ms: number | null;
}

const toRow = (r: Row): DeliveryRow => ({
  id: r.id,
  bookingId: r.booking_id,
  channel: r.channel,
  kind: r.kind,
  idemKey: r.idem_key,
  version: r.version,
  recipient: r.recipient,
  language: r.language,
  state: r.state,
  attempts: r.attempts,
  dueMs: r.due_ms,
});

/**
 * The durable delivery outbox. `monotonic` stamps due times (waits), `now` the times shown to the
 * clerk. Claiming a row (queued → sending) happens in the database before the message leaves.
 */
export function createDeliveryOutboxRepo(db: Db, now: () => number, monotonic: () => number) {
  const insert = db.prepare(
    `INSERT INTO delivery_outbox (booking_id, channel, kind, idem_key, version, recipient, language, state, attempts, due_ms, created_ms)
     VALUES (@bookingId, @channel, @kind, @idemKey, @version, @recipient, @language, 'queued', 0, @dueMs, @createdMs)
     ON CONFLICT (idem_key) DO NOTHING`,
  );
  const byKey = db.prepare<[string], Row>('SELECT * FROM delivery_outbox WHERE idem_key = ?');
  const byId = db.prepare<[number], Row>('SELECT * FROM delivery_outbox WHERE id = ?');
  const due = db.prepare<[number, number], Row>(
    `SELECT * FROM delivery_outbox WHERE state = 'queued' AND due_ms <= ? ORDER BY due_ms, id LIMIT ?`,
  );
  const nextDue = db.prepare<[], { due: number | null }>(`SELECT MIN(due_ms) AS due FROM delivery_outbox WHERE state = 'queued'`);
  const claim = db.prepare<[number]>(`UPDATE delivery_outbox SET state = 'sending' WHERE id = ? AND state = 'queued'`);
  const finish = db.prepare<[string, string | null, string | null, number | null, number]>(
    `UPDATE delivery_outbox SET state = ?, reason = ?, provider_id = ?, sent_ms = ?, attempts = attempts + 1 WHERE id = ?`,
  );
  const retry = db.prepare<[number, string, number]>(
    `UPDATE delivery_outbox SET state = 'queued', due_ms = ?, reason = ?, attempts = attempts + 1 WHERE id = ?`,
  );
  const supersede = db.prepare<[string, number, string, number]>(
    `UPDATE delivery_outbox SET state = 'superseded', reason = ? WHERE booking_id = ? AND state = 'queued' AND kind = 'code' AND version <> ? AND id <> ?`,
  );
  const forBooking = db.prepare<[number], Row>('SELECT * FROM delivery_outbox WHERE booking_id = ? ORDER BY id DESC LIMIT 50');
  const recover = db.prepare<[string]>(`UPDATE delivery_outbox SET state = 'failed', reason = ? WHERE state = 'sending'`);
  const counts = db.prepare<[], { state: DeliveryState; n: number }>('SELECT state, COUNT(*) AS n FROM delivery_outbox GROUP BY state');
  const sentCodeTo = db.prepare<[number], { n: number }>(
    `SELECT COUNT(*) AS n FROM delivery_outbox WHERE booking_id = ? AND kind = 'code' AND state IN ('sent', 'sending', 'queued')`,
  );

  return {
    /** Queues a message unless its key was queued before (then answers that row). */
    enqueue(m: {
      bookingId: number | null;
      channel: DeliveryChannel;
      kind: DeliveryKind;
      idemKey: string;
      version: string;
      recipient: string;
      language: Language;
    }): { row: DeliveryRow; fresh: boolean } {
      const info = insert.run({ ...m, dueMs: monotonic(), createdMs: now() });
      return { row: toRow(byKey.get(m.idemKey)!), fresh: info.changes > 0 };
    },
    get: (id: number): DeliveryRow | null => {
      const r = byId.get(id);
      return r ? toRow(r) : null;
    },
    byKey: (key: string): DeliveryRow | null => {
      const r = byKey.get(key);
      return r ? toRow(r) : null;
    },
    due: (limit: number): DeliveryRow[] => due.all(monotonic(), limit).map(toRow),
    nextDueMs: (): number | null => nextDue.get()?.due ?? null,
    claim: (id: number): boolean => claim.run(id).changes === 1,
    sent(id: number, providerId: string | null): void {
      finish.run('sent', null, providerId, now(), id);
    },
    /** failed / bounced / superseded, with the reason the clerk reads. */
    end(id: number, state: 'failed' | 'bounced' | 'superseded', reason: WireMessage): void {
      finish.run(state, storeMessage(reason), null, null, id);
    },
    retryLater(id: number, dueMs: number, reason: WireMessage): void {
      retry.run(dueMs, storeMessage(reason), id);
    },
    /** Queued code messages of this booking that carry another version: never sent (the lock no longer has that code). */
    supersedeOthers(bookingId: number, version: string, keepId: number, reason: WireMessage): void {
      supersede.run(storeMessage(reason), bookingId, version, keepId);
    },
    /** Has this guest been sent (or is about to be sent) a code: a cancellation then tells them it is void. */
    codeWentTo: (bookingId: number): boolean => (sentCodeTo.get(bookingId)?.n ?? 0) > 0,
    /**
     * Rows left `sending` by a crash: the message may have left. SMTP and SMS cannot be asked, so
     * rather than send a possible duplicate the row fails with that reason, and the clerk resends.
     */
    recoverAfterCrash(reason: WireMessage): number {
      return recover.run(storeMessage(reason)).changes;
    },
    forBooking: (bookingId: number): DeliveryMessage[] =>
      forBooking.all(bookingId).map((r) => ({
        id: r.id,
        channel: r.channel,
        kind: r.kind,
        recipient: r.recipient,
        state: r.state,
        attempts: r.attempts,
        reason: readMessage(r.reason),
        createdMs: r.created_ms,
        sentMs: r.sent_ms,
      })),
    counts(): Record<DeliveryState, number> {
      const out: Record<DeliveryState, number> = { queued: 0, sending: 0, sent: 0, failed: 0, bounced: 0, superseded: 0 };
      for (const { state, n } of counts.all()) out[state] = n;
      return out;
    },
  };
}
export type DeliveryOutboxRepo = ReturnType<typeof createDeliveryOutboxRepo>;
