import Database from 'better-sqlite3';

/**
 * What a diagnostics export must never carry: live passcodes and card numbers,
 * staff PIN hashes and salts (a 4-digit PIN falls to an offline search in minutes), feed URLs
 * (booking platforms put a secret token in them), and, unless the manager asks, guest names and
 * contacts. Support needs the shape of the data (states, times, errors), not these values.
 */
export interface ScrubOptions {
  /** The manager ticked "include guest names" (support is looking for one guest's stay). */
  guestNames: boolean;
}

/**
 * Scrubs a backup copy of the desk's database in place, then rewrites the file (VACUUM) so no
 * old value survives in a free page or index. Answers the values it took out, so the log files
 * going into the same export can be cleaned of them too.
 */
export function scrubDatabaseCopy(file: string, options: ScrubOptions): string[] {
  const db = new Database(file);
  try {
    // The backup may carry WAL mode in its header: a plain rollback journal keeps everything in this one file.
    db.pragma('journal_mode = DELETE');
    db.pragma('secure_delete = ON');
    const secrets = new Set<string>();
    const column = (sql: string): string[] =>
      db
        .prepare(sql)
        .pluck()
        .all()
        .filter((v): v is string => typeof v === 'string' && v.length > 0);
    for (const v of column('SELECT secret FROM credentials')) secrets.add(v);
    for (const v of column('SELECT url FROM feeds')) secrets.add(v);
    if (!options.guestNames) {
      for (const v of column('SELECT guest_name FROM bookings')) secrets.add(v);
    }
    for (const v of column('SELECT contact FROM bookings')) secrets.add(v);
    for (const v of column('SELECT notes FROM bookings')) secrets.add(v);

    db.transaction(() => {
      // The search index keeps its own copy of guest names in binary segments: drop it (and the
      // triggers that feed it) rather than trust an update to purge every segment.
      for (const t of column(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%bookings_fts%'`))
        db.exec(`DROP TRIGGER "${t}"`);
      db.exec('DROP TABLE IF EXISTS bookings_fts');
      db.exec(`UPDATE credentials SET secret = kind || '-' || id`);
      db.exec(`UPDATE staff SET pin_kdf = 'removed', pin_salt = zeroblob(16), pin_hash = zeroblob(32)`);
      db.exec(`UPDATE feeds SET url = substr(url, 1, instr(url, '://') + 2) || 'feed-' || id`);
      // The phone's last 4 are blanked, not listed as secrets: four digits would be replaced in every log timestamp.
      db.exec(`UPDATE bookings SET contact = '', notes = '', phone_last4 = ''`);
      if (!options.guestNames) db.exec(`UPDATE bookings SET guest_name = 'Guest ' || id`);
      // Whatever copied a value elsewhere (audit details, outbox arguments, booking history).
      replaceEverywhere(db, [...secrets]);
    })();
    db.exec('VACUUM');
    return [...secrets];
  } finally {
    db.close();
  }
}

/** Longest first, so a passcode inside a card number does not leave the rest of it behind. */
export const byLength = (values: readonly string[]): string[] => [...values].sort((a, b) => b.length - a.length);

/** Replaces a value with a same-kind placeholder: digits by zeros keeps JSON numbers and checks valid. */
export const placeholder = (value: string): string => (/^\d+$/.test(value) ? '0'.repeat(value.length) : '[removed]');

function replaceEverywhere(db: Database.Database, values: readonly string[]): void {
  if (values.length === 0) return;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
  for (const table of tables) {
    const columns = (db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[]).filter(
      (c) => c.type.toUpperCase() === 'TEXT',
    );
    for (const { name } of columns) {
      const update = db.prepare(`UPDATE "${table}" SET "${name}" = replace("${name}", ?, ?) WHERE instr("${name}", ?) > 0`);
      for (const v of byLength(values)) update.run(v, placeholder(v), v);
    }
  }
}
