import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * Opens (creating if needed) and migrates the desk database. WAL lets the UI read while the
 * outbox writes; synchronous=FULL because a revocation written to the outbox must survive a
 * power cut at the reception PC (WAL + NORMAL can lose the last transactions).
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
