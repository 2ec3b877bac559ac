import type { Db } from './open';
import { migrations } from './migrations';

export interface Migration {
  /** Strictly increasing; stored in `PRAGMA user_version`. Never renumber or edit a shipped one. */
  version: number;
  name: string;
  up(db: Db): void;
}

/** Applies every migration newer than the database, each in its own transaction. */
export function migrate(db: Db, list: readonly Migration[] = migrations): number {
  let current = db.pragma('user_version', { simple: true }) as number;
  for (const m of list) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    current = m.version;
  }
  return current;
}
