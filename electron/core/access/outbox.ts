import type { Db } from '../db/open';
import { relaxedSync } from '../db/relaxed-sync';
import { english, msg } from '../../../shared/messages';
import type { CredentialsRepo } from '../db/repos/credentials.repo';
import type { OutboxRepo, OutboxRow } from '../db/repos/outbox.repo';
import { createLogger } from '../log';
import type { DeskTime } from '../time/desk-time';
import { backoffDelayMs, type BackoffOptions } from '../time/backoff';
import type { LockCloud } from '../cloud/lock-cloud';
import { execute, MAX_ADD_ATTEMPTS, type Outcome } from './operations';

const log = createLogger('outbox');

/** Longest wait between probes of a lock whose gateway is offline. */
const OFFLINE_PROBE_MS = 30_000;
/** How long after a delete the lock's list is read to verify it. */
const VERIFY_AFTER_MS = 3_000;

export interface OutboxWorkerDeps {
  db: Db;
  outbox: OutboxRepo;
  credentials: CredentialsRepo;
  cloud: LockCloud;
  /**
   * Due times, retry delays and verification gaps are waits on `time.monotonic()` (the repo stores
   * them on the same clock); credential windows and expiry use `time.now()` / `time.cloudNow()`.
   */
  time: DeskTime;
  /** How many operations may be in flight at once (doors of one check-in go in parallel). */
  concurrency?: number;
  /**
   * How many of those may be background work (verifications, sweeps, re-sends). Background calls
   * wait long for the rate limiter (it keeps tokens for the clerk), and a slot held by a waiting
   * call is a slot a check-in cannot use: the rest is kept for the clerk's own operations.
   */
  backgroundConcurrency?: number;
  backoff?: BackoffOptions;
  random?: () => number;
  /** Told after an operation settles (credential state changed). */
  settled?: (credentialId: number, bookingId: number) => void;
  /** A booking's arrival (offline codes start at it, or now for a guest in house). */
  arrivalOf?: (bookingId: number) => number | null;
  /** The property's zone, for times told to the clerk. */
  timeZone?: () => string | null;
}

/**
 * Outbox retries: 2 s, 4 s, 8 s … up to 5 minutes, jittered, so a gateway that comes back is not
 * hit by every queued operation at once and the ~30 requests/minute budget is not burnt at once.
 */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, capMs: 300_000 };

/**
 * The only thing that calls the cloud for writes. It takes due rows from the durable outbox,
 * claims each one in the database before sending (so a crash leaves it marked as possibly sent),
 * runs it, and records the outcome and the credential's new state in one transaction.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const { db, outbox, credentials, time } = deps;
  const now = time.monotonic;
  const concurrency = deps.concurrency ?? 6;
  // Never 0: verifications and re-sends must always make progress, if slowly.
  const backgroundConcurrency = Math.max(1, Math.min(concurrency - 1, deps.backgroundConcurrency ?? 2));
  const inFlightBackground = new Set<number>();
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const random = deps.random ?? Math.random;
  const inFlight = new Map<number, Promise<void>>();
  const waiters = new Set<() => void>();
  let cancelTimer: (() => void) | null = null;
  let running = false;
  let pumping = false;
  /** Locks whose queued rows wait behind one probing row (deferLock); released when the lock answers. */
  const heldLocks = new Set<number>();
  /** The last pump left due background rows because every background slot was taken. */
  let waitingForSlot = false;
  /**
   * Due rows may be left that a free slot could take: the last pick left some, or an outcome queued
   * a row due now. Only then does an answer look again at once; otherwise the timer (at the next
   * due time) is enough, and the clerk's path does not re-read the queue after every answer.
   */
  let backlog = true;

  // One list per lock and kind answers every verification of deletes finished before it started.
  const lists = new Map<string, { startedAt: number; result: Promise<{ id: number; label: string }[]> }>();
  const listOnce = (lockId: number, kind: 'card' | 'passcode', notBeforeMs: number): Promise<{ id: number; label: string }[]> => {
    const key = `${lockId}:${kind}`;
    const cached = lists.get(key);
    if (cached && cached.startedAt >= notBeforeMs) return cached.result;
    const startedAt = now();
    const result =
      kind === 'card'
        ? deps.cloud.listCards(lockId, 'background').then((l) => l.map((x) => ({ id: x.cardId, label: x.label })))
        : deps.cloud.listCodes(lockId, 'background').then((l) => l.map((x) => ({ id: x.codeId, label: x.label })));
    lists.set(key, { startedAt, result });
    result.catch(() => lists.delete(key));
    return result;
  };

  const arrivalOf = deps.arrivalOf ?? ((): null => null);
  const timeZone = deps.timeZone ?? ((): null => null);
  const codesOnDoor = (doorId: number): ReadonlySet<string> => new Set(credentials.activeCodesOnDoor(doorId));

  // The outcome's commit need not wait for the disk: losing it in a power cut leaves the row
  // claimed, which the next start checks on the lock first (db/relaxed-sync.ts).
  const record = relaxedSync(
    db,
    db.transaction((row: OutboxRow, outcome: Outcome) => {
      const c = credentials.get(row.credentialId);
      if (!c) return outbox.giveUp(row.id, 'credential vanished');
      switch (outcome.kind) {
        case 'done': {
          outbox.done(row.id);
          const p = outcome.patch ?? {};
          const state = row.op === 'delete' || row.op === 'verify' ? 'revoked' : 'issued';
          credentials.settle(c.id, { state, error: outcome.notice ?? null, ...p });
          // The gateway said it deleted it; the lock's own list must agree (a few seconds later, so
          // revocations on the same lock share one list).
          if (row.op === 'delete' && p.verifiedMs === undefined)
            outbox.enqueue(c.id, 'verify', { deletedAt: now() }, 'background', VERIFY_AFTER_MS);
          // The lock answered: whatever waited behind an offline gateway goes now.
          // Only locks this worker held back are looked up (not every success: it is the hot path).
          // After a restart, rows held before it simply run at their own time (at most 30 s).
          if (row.op !== 'verify' && heldLocks.delete(c.lockId) && outbox.releaseLock(c.lockId) > 0) queueMicrotask(pump);
          if (outcome.note) log.info(`credential ${c.id} (${row.op}): ${outcome.note}`);
          return;
        }
        case 'reopen': {
          outbox.done(row.id);
          credentials.settle(c.id, { state: 'revoking', error: outcome.message });
          // A revocation that did not take: it goes again as promptly as a check-out's own delete.
          outbox.enqueue(c.id, 'delete', {}, 'interactive');
          backlog = true;
          return;
        }
        case 'give-up': {
          outbox.giveUp(row.id, english(outcome.message));
          // A change that cannot land leaves the credential as it was, with the reason beside it.
          credentials.settle(c.id, { state: row.op === 'add' ? 'failed' : c.state, error: outcome.message });
          return;
        }
        case 'retry': {
          const attempts = row.attempts + 1;
          // Only a first issue stops retrying (the clerk is told and can use a passcode instead); a
          // revocation, its check, or a stay change (the guest would be locked out at the old
          // departure) keeps going until it lands.
          if (row.op === 'add' && attempts >= MAX_ADD_ATTEMPTS) {
            outbox.giveUp(row.id, english(outcome.message));
            credentials.settle(c.id, { state: 'failed', error: msg('access.gaveUp', { why: outcome.message, attempts }) });
            return;
          }
          let delay = Math.max(backoffDelayMs(attempts, backoff, random), outcome.minDelayMs ?? 0);
          if (outcome.lockOffline) {
            // One row per offline lock probes, at most every 30 s, so the revocations queued behind
            // it land within a minute of the gateway's return without spending the rate limit on
            // every one of them meanwhile.
            delay = Math.min(delay, OFFLINE_PROBE_MS);
            outbox.deferLock(c.lockId, now() + delay + 1_000, row.id);
            heldLocks.add(c.lockId);
          }
          outbox.retryLater(row.id, now() + delay, english(outcome.message), outcome.unclear);
          if (row.op !== 'verify')
            credentials.settle(c.id, { state: row.op === 'delete' ? 'revoking' : c.state, error: outcome.message, ...outcome.patch });
          return;
        }
      }
    }),
  );

  const claimAll = db.transaction((rows: OutboxRow[]): OutboxRow[] => rows.filter((row) => outbox.claim(row.id)));

  async function runRow(row: OutboxRow): Promise<void> {
    const c = credentials.get(row.credentialId);
    if (!c) {
      outbox.giveUp(row.id, 'credential vanished');
      return;
    }
    const outcome = await execute(
      { cloud: deps.cloud, now: time.now, cloudNow: time.cloudNow, codesOnDoor, listOnce, arrivalOf, timeZone },
      row,
      c,
    );
    if (outcome.kind !== 'done') log.warn(`${row.op} of credential ${c.id} on ${c.doorName}: ${outcome.kind}: ${english(outcome.message)}`);
    record(row, outcome);
    deps.settled?.(c.id, c.bookingId);
  }

  /** Row id → its credential, for every row in flight: a credential runs one operation at a time. */
  const inFlightCredential = new Map<number, number>();

  /**
   * The due rows that can start now (free slots, background cap, one per credential), claimed in
   * the database. Inside a caller's transaction the claim commits with it (claimWithin).
   */
  function pickAndClaim(): OutboxRow[] {
    waitingForSlot = false;
    const free = concurrency - inFlight.size;
    if (free <= 0) {
      backlog = true;
      return [];
    }
    const busyCredentials = new Set(inFlightCredential.values());
    const picked: OutboxRow[] = [];
    let background = inFlightBackground.size;
    const limit = free + inFlight.size;
    const due = outbox.due(limit);
    for (const row of due) {
      if (inFlight.size + picked.length >= concurrency) break;
      if (inFlight.has(row.id) || busyCredentials.has(row.credentialId)) continue;
      if (row.priority === 'background') {
        if (background >= backgroundConcurrency) {
          waitingForSlot = true;
          continue;
        }
        background += 1;
      }
      busyCredentials.add(row.credentialId);
      picked.push(row);
    }
    backlog = picked.length < due.length || due.length === limit;
    // Every row of a check-in is claimed in one commit (one wait for the disk, not one per
    // door), and before any of them is sent: a crash after it finds them "sending" and checks.
    return claimAll(picked);
  }

  /** Sends rows already claimed by a commit. */
  function launch(rows: readonly OutboxRow[]): void {
    for (const row of rows) {
      if (row.priority === 'background') inFlightBackground.add(row.id);
      inFlightCredential.set(row.id, row.credentialId);
      const p = runRow({ ...row, state: 'sending' })
        .catch((e: unknown) => log.error(`outbox row ${row.id} crashed`, e))
        .finally(() => {
          inFlight.delete(row.id);
          inFlightBackground.delete(row.id);
          inFlightCredential.delete(row.id);
          for (const w of waiters) w();
          if (backlog) pump();
          else schedule();
        });
      inFlight.set(row.id, p);
    }
  }

  function pump(): void {
    if (!running || pumping) return;
    pumping = true;
    try {
      launch(pickAndClaim());
    } finally {
      pumping = false;
      schedule();
    }
  }

  function schedule(): void {
    if (!running) return;
    cancelTimer?.();
    const next = outbox.nextDueMs();
    if (next === null) return;
    // Due rows held back only by the background cap start when a slot frees (runRow's finally
    // pumps); polling for them every 20 ms would only spin.
    const delay = Math.min(Math.max(next - now(), waitingForSlot ? 1_000 : 20), 60_000);
    cancelTimer = time.after(delay, pump, { unref: true });
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      const recovered = outbox.recoverAfterCrash();
      if (recovered) log.warn(`${recovered} operation(s) were in flight at the last stop; they will be checked on the lock first`);
      // Due times were kept on the last run's monotonic clock, anchored to the PC's clock then: if
      // the clock was set back while the desk was off, none may wait longer than its back-off allows.
      const pulled = outbox.pullInDue(backoff.capMs + OFFLINE_PROBE_MS);
      if (pulled)
        log.warn(`${pulled} queued operation(s) were due further ahead than any back-off: the PC's clock moved while the desk was off`);
      pump();
    },
    /** New rows were written: look now instead of at the next timer. */
    kick(): void {
      pump();
    },
    /**
     * Claims the rows that can start now inside the caller's transaction, so that a clerk's action
     * and the claim of its requests are one commit (one wait for the disk, not two). The caller
     * hands the answer to `launch` once that transaction has committed, never before: a request
     * leaves only after its row, the action's other writes and the claim are all on disk.
     */
    claimWithin(): OutboxRow[] {
      if (!running || pumping || !db.inTransaction) return [];
      return pickAndClaim();
    },
    /** Sends what `claimWithin` claimed, after its transaction committed. */
    launch(rows: readonly OutboxRow[]): void {
      if (rows.length === 0) return;
      if (db.inTransaction) throw new Error('outbox rows launched before their claim committed');
      launch(rows);
      schedule();
    },
    /** Resolves when every given outbox row is settled (done or given up) or queued for a retry, or at the deadline. */
    async waitFor(rowIds: readonly number[], timeoutMs: number): Promise<void> {
      const deadline = now() + timeoutMs;
      const attempted = (id: number): boolean => {
        const r = outbox.get(id);
        return !r || r.state === 'done' || r.state === 'gave_up' || (r.state === 'queued' && r.attempts > 0);
      };
      while (!rowIds.every(attempted) && now() < deadline) {
        await new Promise<void>((resolve) => {
          const wake = (): void => {
            waiters.delete(wake);
            cancel();
            resolve();
          };
          const cancel = time.after(Math.max(1, deadline - now()), wake);
          waiters.add(wake);
        });
      }
    },
    /**
     * Nothing new starts; in-flight operations get `graceMs` to finish. One still waiting after
     * that (a slow cloud, or queued behind the rate limit) stays marked as sending, which the next
     * start treats as unclear and checks on the lock first: the same as a crash, and as safe.
     */
    async stop(graceMs = 2_000): Promise<void> {
      running = false;
      cancelTimer?.();
      await Promise.race([Promise.allSettled([...inFlight.values()]), new Promise<void>((r) => time.after(graceMs, r, { unref: true }))]);
    },
    counts: () => outbox.counts(),
  };
}
export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
