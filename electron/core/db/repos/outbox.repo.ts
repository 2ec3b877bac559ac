import type { Db } from '../open';

export type OutboxOp = 'add' | 'change' | 'delete' | 'verify';
export type OutboxState = 'queued' | 'sending' | 'done' | 'gave_up';
/**
 * The cloud's Priority a row is queued at (cloud/lock-cloud.ts): a clerk's action or background
 * work (the nightly reconciliation, verifications). A clerk's delete is sent as 'prompt'. Stored as
 * 0 and 1 so the due list sorts clerk-facing rows first.
 */
export type QueuedPriority = 'interactive' | 'background';
const stored = (p: QueuedPriority): 0 | 1 => (p === 'interactive' ? 0 : 1);

export interface OutboxRow {
  id: number;
  credentialId: number;
  op: OutboxOp;
  args: Record<string, unknown>;
  priority: QueuedPriority;
  state: OutboxState;
  attempts: number;
  unclear: boolean;
  nextAttemptMs: number;
  lastError: string | null;
}

interface Raw {
  id: number;
  credential_id: number;
  op: OutboxOp;
  args: string;
  priority: number;
  state: OutboxState;
  attempts: number;
  unclear: number;
  next_attempt_ms: number;
  last_error: string | null;
}

const toRow = (r: Raw): OutboxRow => ({
  id: r.id,
  credentialId: r.credential_id,
  op: r.op,
  args: JSON.parse(r.args) as Record<string, unknown>,
  priority: r.priority === 0 ? 'interactive' : 'background',
  state: r.state,
  attempts: r.attempts,
  unclear: r.unclear === 1,
  nextAttemptMs: r.next_attempt_ms,
  lastError: r.last_error,
});

const COLUMNS = 'id, credential_id, op, args, priority, state, attempts, unclear, next_attempt_ms, last_error';

/** `now` is the desk's monotonic clock (DeskTime.monotonic): every time here is a due time or a wait. */
export function createOutboxRepo(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO outbox (credential_id, op, args, priority, state, next_attempt_ms, created_ms, updated_ms)
     VALUES (@credentialId, @op, @args, @priority, 'queued', @due, @at, @at)`,
  );
  // Due work, one row per credential: the oldest unfinished row of each credential, so an
  // add is always settled before its delete is sent. Clerk-facing rows (priority 0) first.
  const due = db.prepare<[number, number], Raw>(
    `SELECT ${COLUMNS} FROM outbox o
     WHERE o.state = 'queued' AND o.next_attempt_ms <= ?
       AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.credential_id = o.credential_id AND p.id < o.id AND p.state IN ('queued', 'sending'))
     ORDER BY o.priority, o.id LIMIT ?`,
  );
  const byId = db.prepare<[number], Raw>(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`);
  const markSending = db.prepare<[number, number]>(
    `UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_ms = ? WHERE id = ? AND state = 'queued'`,
  );
  const finish = db.prepare<[OutboxState, string | null, number, number]>(
    'UPDATE outbox SET state = ?, last_error = ?, updated_ms = ? WHERE id = ?',
  );
  const retry = db.prepare<[number, number, string, number, number]>(
    `UPDATE outbox SET state = 'queued', unclear = ?, next_attempt_ms = ?, last_error = ?, updated_ms = ? WHERE id = ?`,
  );
  // A row left in 'sending' by a crash may or may not have reached the cloud: unclear.
  const recover = db.prepare<[number]>(`UPDATE outbox SET state = 'queued', unclear = 1, updated_ms = ? WHERE state = 'sending'`);
  const pullIn = db.prepare<{ latest: number; t: number }>(
    `UPDATE outbox SET next_attempt_ms = @latest, updated_ms = @t WHERE state = 'queued' AND next_attempt_ms > @latest`,
  );
  const open = db.prepare<[number], Raw>(
    `SELECT ${COLUMNS} FROM outbox WHERE credential_id = ? AND state IN ('queued', 'sending') ORDER BY id`,
  );
  const nextDue = db.prepare<[], { at: number | null }>(`SELECT MIN(next_attempt_ms) AS at FROM outbox WHERE state = 'queued'`);
  const counts = db.prepare<[], { state: OutboxState; n: number }>('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state');
  const ON_LOCK = `credential_id IN (SELECT c.id FROM credentials c JOIN doors d ON d.id = c.door_id WHERE d.lock_id = @lockId)`;
  const defer = db.prepare<{ lockId: number; until: number; except: number; t: number }>(
    `UPDATE outbox SET next_attempt_ms = MAX(next_attempt_ms, @until), updated_ms = @t WHERE state = 'queued' AND id <> @except AND ${ON_LOCK}`,
  );
  const release = db.prepare<{ lockId: number; t: number }>(
    `UPDATE outbox SET next_attempt_ms = @t, updated_ms = @t WHERE state = 'queued' AND op <> 'verify' AND next_attempt_ms > @t AND ${ON_LOCK}`,
  );

  return {
    /** `delayMs` holds the row back (a verification waits for the lock's list to settle). */
    enqueue(
      credentialId: number,
      op: OutboxOp,
      args: Record<string, unknown> = {},
      priority: QueuedPriority = 'interactive',
      delayMs = 0,
    ): number {
      const at = now();
      return Number(
        insert.run({ credentialId, op, args: JSON.stringify(args), priority: stored(priority), at, due: at + delayMs }).lastInsertRowid,
      );
    },
    due(limit: number): OutboxRow[] {
      return due.all(now(), limit).map(toRow);
    },
    get(id: number): OutboxRow | null {
      const r = byId.get(id);
      return r ? toRow(r) : null;
    },
    /** Claims a row before its request is sent; false if someone else did. */
    claim(id: number): boolean {
      return markSending.run(now(), id).changes === 1;
    },
    done(id: number): void {
      finish.run('done', null, now(), id);
    },
    giveUp(id: number, error: string): void {
      finish.run('gave_up', error, now(), id);
    },
    retryLater(id: number, atMs: number, error: string, unclear: boolean): void {
      retry.run(unclear ? 1 : 0, atMs, error, now(), id);
    },
    /** A lock's gateway is offline: its other queued rows wait for the probing one (rate limit). */
    deferLock(lockId: number, untilMs: number, exceptRowId: number): void {
      defer.run({ lockId, until: untilMs, except: exceptRowId, t: now() });
    },
    /** The lock answered again: everything queued for it goes now. */
    releaseLock(lockId: number): number {
      return release.run({ lockId, t: now() }).changes;
    },
    recoverAfterCrash(): number {
      return recover.run(now()).changes;
    },
    /** No queued row waits more than `maxWaitMs` from now (after the PC's clock was set back between runs). */
    pullInDue(maxWaitMs: number): number {
      const t = now();
      return pullIn.run({ latest: t + maxWaitMs, t }).changes;
    },
    openFor(credentialId: number): OutboxRow[] {
      return open.all(credentialId).map(toRow);
    },
    nextDueMs(): number | null {
      return nextDue.get()?.at ?? null;
    },
    counts(): Record<OutboxState, number> {
      const c: Record<OutboxState, number> = { queued: 0, sending: 0, done: 0, gave_up: 0 };
      for (const r of counts.all()) c[r.state] = r.n;
      return c;
    },
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
