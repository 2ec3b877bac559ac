import Database from 'better-sqlite3';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { migrate } from './migrate';
import { logTimestamp } from '../time/clock';

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

/** Written beside the file by closeDatabase, removed at open: its absence means "check me". */
const cleanMarker = (file: string): string => `${file}.clean`;
const onDisk = (file: string): boolean => file !== ':memory:' && file !== '';

/**
 * Opens (creating if needed) and migrates the desk database. WAL lets the UI read while the
 * outbox writes; synchronous=FULL because a revocation written to the outbox must survive a
 * power cut at the reception PC (WAL + NORMAL can lose the last transactions).
 *
 * A file copied mid-checkpoint can open without error yet be torn inside a page, and the outbox
 * must never replay (or miss) revocations from such a file. quick_check finds that but costs
 * ~400 ms at 100 000 bookings, so it runs only when the file was not closed cleanly by the desk:
 * after a crash or power cut, and for any copy (the marker is removed while the desk runs).
 */
export function openDatabase(file: string): Db {
  const existed = onDisk(file) && existsSync(file);
  const closedCleanly = existed && existsSync(cleanMarker(file));
  if (closedCleanly) rmSync(cleanMarker(file), { force: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (existed && !closedCleanly) {
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new DatabaseDamagedError(file, check);
    }
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Closes the database and marks it closed cleanly, so the next open can skip the full check. */
export function closeDatabase(db: Db): void {
  const file = db.name;
  db.close();
  if (onDisk(file)) writeFileSync(cleanMarker(file), `${new Date(logTimestamp()).toISOString()}\n`);
}
