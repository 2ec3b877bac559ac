import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

/** The database file is damaged (a torn copy, a failing disk): the desk refuses to run on it. */
export class DatabaseDamagedError extends Error {
  override readonly name = 'DatabaseDamagedError';
  readonly code = 'DESK_DB_DAMAGED';
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(
      `The desk's database (${file}) is damaged and was not opened, so no booking or revocation is acted on from a broken copy. ` +
        'Restore the latest diagnostics export or backup, or call support.',
    );
  }
}

/**
 * Opens (creating if needed) and migrates the desk database. WAL lets the UI read while the
 * outbox writes; synchronous=FULL because a revocation written to the outbox must survive a
 * power cut at the reception PC (WAL + NORMAL can lose the last transactions). A quick_check
 * first: a file copied mid-checkpoint can open without error yet be torn inside a page, and the
 * outbox must never replay (or miss) revocations from such a file.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new DatabaseDamagedError(file, check);
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
