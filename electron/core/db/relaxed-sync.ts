import type { Db } from './open';

/**
 * Wraps a transaction whose loss in a power cut is harmless so that it commits without waiting
 * for the disk (synchronous=NORMAL for that one commit; the database stays FULL otherwise).
 *
 * In WAL mode such a commit still survives a crash of the desk itself (it is in the OS's cache),
 * and the next FULL commit, whose fsync covers the whole WAL, makes it durable too: only a power
 * cut in between can drop it, and the database is consistent either way. Use it only where the
 * state before the commit is safe to restart from. The outbox's outcome records are: their row
 * was claimed ("sending") by a FULL commit before the request left, and a row found sending at
 * start is checked on the lock before anything is sent again (access/outbox.ts).
 */
export function relaxedSync<A extends unknown[], R>(db: Db, tx: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    // Inside another transaction the outer commit decides; the pragma must not change mid-way.
    if (db.inTransaction) return tx(...args);
    db.pragma('synchronous = NORMAL');
    try {
      return tx(...args);
    } finally {
      db.pragma('synchronous = FULL');
    }
  };
}
