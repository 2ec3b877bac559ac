import type { Db } from '../open';

/** Which stays were marked no-show at the desk (the booking itself is cancelled). */
export function createNoShowsRepo(db: Db) {
  const insert = db.prepare<[number, number, string]>(
    'INSERT OR REPLACE INTO booking_no_shows (booking_id, marked_ms, staff) VALUES (?, ?, ?)',
  );
  const select = db.prepare<[number], { marked_ms: number }>('SELECT marked_ms FROM booking_no_shows WHERE booking_id = ?');
  return {
    /** Inside the caller's transaction, with the status change and the revocations. */
    mark(bookingId: number, atMs: number, staff: string): void {
      insert.run(bookingId, atMs, staff);
    },
    markedAt(bookingId: number): number | null {
      return select.get(bookingId)?.marked_ms ?? null;
    },
  };
}
export type NoShowsRepo = ReturnType<typeof createNoShowsRepo>;
