import type { Db } from '../open';

/** Guest fields a clerk can set at the desk that imports then leave alone (migration 0112). */
export type KeptField = 'guestName' | 'email' | 'phone';

/**
 * Which of a booking's guest fields were set at the desk. A feed or CSV re-import still moves the
 * dates and cancels, but the clerk's name, e-mail and phone win over the source's.
 */
export function createDeskKeptRepo(db: Db, now: () => number) {
  const insert = db.prepare<[number, string, number]>(
    'INSERT OR REPLACE INTO desk_kept_fields (booking_id, field, set_ms) VALUES (?, ?, ?)',
  );
  const select = db.prepare<[number], { field: KeptField }>('SELECT field FROM desk_kept_fields WHERE booking_id = ?');
  return {
    keep(bookingId: number, fields: readonly KeptField[]): void {
      const t = now();
      for (const f of fields) insert.run(bookingId, f, t);
    },
    of(bookingId: number): ReadonlySet<KeptField> {
      return new Set(select.all(bookingId).map((r) => r.field));
    },
  };
}
export type DeskKeptRepo = ReturnType<typeof createDeskKeptRepo>;
